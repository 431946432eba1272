"""The districts of Assam: official name, Assamese name, a three-letter code used in reference numbers, and the
headquarters town. Sribhumi is the district formerly named Karimganj (renamed 2024). Biswanath, Hojai, Bajali
and Tamulpur are listed as districts in their own right; see docs/adr/0004-districts.md."""

DISTRICTS = [
    ("Bajali", "বজালী", "BJL", "Pathsala"),
    ("Baksa", "বাক্সা", "BAK", "Mushalpur"),
    ("Barpeta", "বৰপেটা", "BPT", "Barpeta"),
    ("Biswanath", "বিশ্বনাথ", "BSN", "Biswanath Chariali"),
    ("Bongaigaon", "বঙাইগাঁও", "BNG", "Bongaigaon"),
    ("Cachar", "কাছাৰ", "CAC", "Silchar"),
    ("Charaideo", "চৰাইদেউ", "CHD", "Sonari"),
    ("Chirang", "চিৰাং", "CHR", "Kajalgaon"),
    ("Darrang", "দৰং", "DRG", "Mangaldai"),
    ("Dhemaji", "ধেমাজি", "DMJ", "Dhemaji"),
    ("Dhubri", "ধুবুৰী", "DBR", "Dhubri"),
    ("Dibrugarh", "ডিব্ৰুগড়", "DIB", "Dibrugarh"),
    ("Dima Hasao", "ডিমা হাছাও", "DHS", "Haflong"),
    ("Goalpara", "গোৱালপাৰা", "GLP", "Goalpara"),
    ("Golaghat", "গোলাঘাট", "GLG", "Golaghat"),
    ("Hailakandi", "হাইলাকান্দি", "HLK", "Hailakandi"),
    ("Hojai", "হোজাই", "HOJ", "Hojai"),
    ("Jorhat", "যোৰহাট", "JRH", "Jorhat"),
    ("Kamrup", "কামৰূপ", "KMR", "Amingaon"),
    ("Kamrup Metropolitan", "কামৰূপ মহানগৰ", "KMM", "Guwahati"),
    ("Karbi Anglong", "কাৰ্বি আংলং", "KAN", "Diphu"),
    ("Kokrajhar", "কোকৰাঝাৰ", "KKJ", "Kokrajhar"),
    ("Lakhimpur", "লখিমপুৰ", "LKP", "North Lakhimpur"),
    ("Majuli", "মাজুলী", "MJL", "Garamur"),
    ("Morigaon", "মৰিগাঁও", "MRG", "Morigaon"),
    ("Nagaon", "নগাঁও", "NGN", "Nagaon"),
    ("Nalbari", "নলবাৰী", "NLB", "Nalbari"),
    ("Sivasagar", "শিৱসাগৰ", "SVS", "Sivasagar"),
    ("Sonitpur", "শোণিতপুৰ", "SNT", "Tezpur"),
    ("South Salmara-Mankachar", "দক্ষিণ শালমাৰা-মানকাচৰ", "SSM", "Hatsingimari"),
    ("Sribhumi", "শ্ৰীভূমি", "SRB", "Sribhumi"),
    ("Tamulpur", "তামুলপুৰ", "TML", "Tamulpur"),
    ("Tinsukia", "তিনিচুকীয়া", "TSK", "Tinsukia"),
    ("Udalguri", "ওদালগুৰি", "UDL", "Udalguri"),
    ("West Karbi Anglong", "পশ্চিম কাৰ্বি আংলং", "WKA", "Hamren"),
]

DIRECTORATE_NAME = "Directorate of the Registrar of Co-operative Societies, Assam"
DIRECTORATE_ADDRESS = "Directorate of Co-operation, Ulubari, Guwahati 781007"
