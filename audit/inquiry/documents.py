"""The PDFs of inquiry and inspection, in English or Assamese (one template, templates/inquiry/pdf/document.html,
signed by societies.documents.pdf_from_html): inquiry order, rejection with reasons, delay letter, report cover,
inspection order, creditor's inspection notice, cost order, surcharge order, seizure list.

Each builder returns the document's title, its particulars (label, value) and its paragraphs in the language
asked. The fixed wording of each language is here (as data), the facts are as recorded."""

from django.template.loader import render_to_string
from django.utils import translation

from orders.services import order_for
from registrar.l10n import display_date, local_digits, money
from societies.documents import pdf_from_html

from .orders import (
    COST_ORDER,
    CREDITOR_NOTICE,
    DELAY_LETTER,
    INQUIRY_ORDER,
    INQUIRY_REJECTION,
    INSPECTION_ORDER,
    REPORT_COVER,
    SEIZURE_LIST,
    SURCHARGE_ORDER,
)

LANGUAGES = ("en", "as")
ACT = {"en": "Assam Co-operative Societies Act, 2007", "as": "অসম সমবায় সমিতি আইন, ২০০৭"}
OFFICE = {"en": "Office of the Registrar of Co-operative Societies, Assam",
          "as": "সমবায় সমিতিসমূহৰ পঞ্জীয়কৰ কাৰ্যালয়, অসম"}
LABELS = {
    "en": {"number": "Number", "date": "Date", "society": "Society", "registration": "Registration number",
           "reference": "Case", "applicant": "Applicant", "received": "Application received on",
           "subject": "Subject of the inquiry", "officer": "Inquiry officer", "complete_by": "To be completed by",
           "reasons": "Reasons", "expected": "Expected date of completion", "completed": "Inquiry completed on",
           "scope": "Scope", "inspector": "Inspecting officer", "creditor": "Creditor", "deposit": "Security deposit",
           "hearing": "Heard on", "amount": "Amount", "payer": "Payable by", "payee": "Payable to",
           "act_on": "Date of the act", "report_on": "Date of the report", "loss": "The act and the loss",
           "seized_on": "Seized on", "holder": "Seized from", "signed": "Signed by", "copy": "Society's copy given to",
           "items": "Inventory", "pay_by": "To be paid by", "grounds": "Grounds"},
    "as": {"number": "নম্বৰ", "date": "তাৰিখ", "society": "সমিতি", "registration": "পঞ্জীয়ন নম্বৰ",
           "reference": "গোচৰ", "applicant": "আবেদনকাৰী", "received": "আবেদন প্ৰাপ্তিৰ তাৰিখ",
           "subject": "তদন্তৰ বিষয়", "officer": "তদন্তকাৰী বিষয়া", "complete_by": "সম্পূৰ্ণ কৰাৰ শেষ তাৰিখ",
           "reasons": "কাৰণ", "expected": "সম্ভাৱ্য সমাপ্তিৰ তাৰিখ", "completed": "তদন্ত সম্পূৰ্ণ হোৱাৰ তাৰিখ",
           "scope": "পৰিসৰ", "inspector": "পৰিদৰ্শক বিষয়া", "creditor": "উত্তমৰ্ণ", "deposit": "জামিন ধন",
           "hearing": "শুনানিৰ তাৰিখ", "amount": "পৰিমাণ", "payer": "পৰিশোধকাৰী", "payee": "প্ৰাপক",
           "act_on": "কাৰ্যৰ তাৰিখ", "report_on": "প্ৰতিবেদনৰ তাৰিখ", "loss": "কাৰ্য আৰু ক্ষতি",
           "seized_on": "জব্দ কৰাৰ তাৰিখ", "holder": "যাৰ পৰা জব্দ কৰা হৈছে", "signed": "স্বাক্ষৰকাৰী",
           "copy": "সমিতিৰ প্ৰতিলিপি যাক দিয়া হৈছে", "items": "তালিকা", "pay_by": "পৰিশোধৰ শেষ তাৰিখ",
           "grounds": "কাৰণসমূহ"},
}
TITLES = {
    "inquiry_order": ("Order of inquiry", "তদন্তৰ আদেশ", "87(2)"),
    "rejection": ("Order rejecting an application for inquiry", "তদন্তৰ আবেদন নাকচৰ আদেশ", "87(2)"),
    "delay_letter": ("Reasons for the delay of an inquiry", "তদন্তত পলমৰ কাৰণ", "87(4)(b)"),
    "report_cover": ("Inquiry report: covering letter", "তদন্ত প্ৰতিবেদন: সংলগ্ন পত্ৰ", "87(4)(a)"),
    "inspection_order": ("Order of inspection", "পৰিদৰ্শনৰ আদেশ", "88"),
    "creditor_notice": ("Notice of a creditor's application for inspection",
                        "পৰিদৰ্শনৰ বাবে উত্তমৰ্ণৰ আবেদনৰ জাননী", "88(2)"),
    "cost_order": ("Order apportioning the cost of an inquiry or inspection",
                   "তদন্ত বা পৰিদৰ্শনৰ ব্যয় নিৰ্ধাৰণৰ আদেশ", "89"),
    "surcharge_order": ("Surcharge order", "ক্ষতিপূৰণ (চাৰ্চাৰ্জ) আদেশ", "103"),
    "seizure_list": ("List of records seized", "জব্দ কৰা নথিৰ তালিকা", "126(2)"),
}
PARAGRAPHS = {
    "inquiry_order": {
        "en": "In exercise of the powers under section 87 of the Act, an inquiry is ordered into the subject below. "
              "The inquiry officer named shall complete it within thirty days of this order (s.87(3)); the society "
              "shall produce its books, accounts and documents and give the information asked for (s.87(7)).",
        "as": "আইনৰ ধাৰা ৮৭ৰ অধীনত প্ৰদত্ত ক্ষমতা প্ৰয়োগ কৰি তলত উল্লেখ কৰা বিষয়ত তদন্তৰ আদেশ দিয়া হ'ল। নামোল্লেখ "
              "কৰা তদন্তকাৰী বিষয়াই এই আদেশৰ ত্ৰিশ দিনৰ ভিতৰত তদন্ত সম্পূৰ্ণ কৰিব (ধাৰা ৮৭(৩)); সমিতিয়ে নিজৰ বহী, "
              "হিচাপ আৰু নথি দাখিল কৰিব আৰু বিচৰা তথ্য দিব।"},
    "rejection": {
        "en": "The application for an inquiry under section 87(1) is rejected for the reasons below. This order "
              "may be reviewed within 60 days of its communication (s.111(2)) or appealed against to the State "
              "Government on a question of law (s.111(3)).",
        "as": "ধাৰা ৮৭(১)ৰ অধীনত তদন্তৰ আবেদন তলত দিয়া কাৰণত নাকচ কৰা হ'ল। এই আদেশ প্ৰেৰণৰ ৬০ দিনৰ ভিতৰত পুনৰীক্ষণ "
              "(ধাৰা ১১১(২)) বা আইনৰ প্ৰশ্নত ৰাজ্য চৰকাৰৰ ওচৰত আপীল (ধাৰা ১১১(৩)) কৰিব পাৰি।"},
    "delay_letter": {
        "en": "The inquiry could not be completed within thirty days of its order. Under section 87(4)(b) the "
              "reasons for the delay and the expected date of completion are communicated to the society and the "
              "applicant.",
        "as": "আদেশৰ ত্ৰিশ দিনৰ ভিতৰত তদন্ত সম্পূৰ্ণ কৰিব পৰা নগ'ল। ধাৰা ৮৭(৪)(খ) অনুসৰি পলমৰ কাৰণ আৰু সম্ভাৱ্য "
              "সমাপ্তিৰ তাৰিখ সমিতি আৰু আবেদনকাৰীক জনোৱা হ'ল।"},
    "report_cover": {
        "en": "The report of the inquiry is communicated under section 87(4)(a). The society shall place it before "
              "its next general meeting or a special general meeting (s.87(5)). A member may obtain a copy on "
              "payment of the fee the Registrar fixes (s.87(6)).",
        "as": "ধাৰা ৮৭(৪)(ক) অনুসৰি তদন্তৰ প্ৰতিবেদন প্ৰেৰণ কৰা হ'ল। সমিতিয়ে ইয়াক পৰৱৰ্তী সাধাৰণ সভা বা বিশেষ সাধাৰণ "
              "সভাত উপস্থাপন কৰিব (ধাৰা ৮৭(৫))। পঞ্জীয়কে নিৰ্ধাৰণ কৰা মাচুল দি সদস্যই প্ৰতিলিপি ল'ব পাৰে (ধাৰা ৮৭(৬))।"},
    "inspection_order": {
        "en": "Under section 88 of the Act the books and affairs of the society are to be inspected within the "
              "scope below by the officer named. The result will be communicated to the society, which shall place "
              "the report with an action-taken report before its next Annual General Meeting (s.88(4)).",
        "as": "আইনৰ ধাৰা ৮৮ অনুসৰি নামোল্লেখ কৰা বিষয়াই তলত দিয়া পৰিসৰত সমিতিৰ বহী আৰু কাম-কাজ পৰিদৰ্শন কৰিব। ফলাফল "
              "সমিতিক জনোৱা হ'ব; সমিতিয়ে প্ৰতিবেদন আৰু গৃহীত ব্যৱস্থাৰ প্ৰতিবেদন পৰৱৰ্তী বাৰ্ষিক সাধাৰণ সভাত দাখিল কৰিব।"},
    "creditor_notice": {
        "en": "A creditor of the society has applied for an inspection of its books under section 88(2). The "
              "inspection will be ordered only after the creditor deposits the security fixed, shows that the debt "
              "is due and was demanded without a satisfactory answer, and the society is heard. The society may "
              "appear and be heard on the date the office fixes.",
        "as": "সমিতিৰ এজন উত্তমৰ্ণই ধাৰা ৮৮(২)ৰ অধীনত বহী পৰিদৰ্শনৰ আবেদন কৰিছে। উত্তমৰ্ণই নিৰ্ধাৰিত জামিন ধন জমা দিলে, "
              "ঋণ প্ৰাপ্য আৰু দাবী কৰা হৈছিল বুলি দেখুৱালে আৰু সমিতিৰ শুনানি হোৱাৰ পিছতহে পৰিদৰ্শনৰ আদেশ দিয়া হ'ব।"},
    "cost_order": {
        "en": "After hearing the parties, the cost of the inquiry or inspection is apportioned as below under "
              "section 89(1). It is recoverable as audit fees are, or through a Co-operative Demand Certificate "
              "(s.89(4)).",
        "as": "পক্ষসমূহৰ শুনানিৰ পিছত ধাৰা ৮৯(১) অনুসৰি তদন্ত বা পৰিদৰ্শনৰ ব্যয় তলত দিয়া ধৰণে নিৰ্ধাৰণ কৰা হ'ল। ই অডিট "
              "মাচুলৰ দৰে বা সমবায় দাবী প্ৰমাণপত্ৰৰ জৰিয়তে আদায়যোগ্য (ধাৰা ৮৯(৪))।"},
    "surcharge_order": {
        "en": "After hearing the person, it is found that the act below, within four years before the date of the "
              "report, caused a loss to the society. Under section 103 the person is ordered to repay the amount to "
              "the society; it is recoverable through a Co-operative Demand Certificate (s.103(4)).",
        "as": "ব্যক্তিজনৰ শুনানিৰ পিছত দেখা গ'ল যে প্ৰতিবেদনৰ তাৰিখৰ চাৰি বছৰৰ ভিতৰত তলত দিয়া কাৰ্যই সমিতিৰ ক্ষতি "
              "কৰিছে। ধাৰা ১০৩ অনুসৰি ব্যক্তিজনক সেই ধন সমিতিক ঘূৰাই দিবলৈ আদেশ দিয়া হ'ল; ই সমবায় দাবী প্ৰমাণপত্ৰৰ জৰিয়তে "
              "আদায়যোগ্য।"},
    "seizure_list": {
        "en": "The books, registers, documents or cash listed below were seized under section 126. This list is "
              "made in duplicate; one copy is given to the officer of the society named. An audit or inspection "
              "follows at once (s.126(3)).",
        "as": "তলত উল্লেখ কৰা বহী, পঞ্জী, নথি বা নগদ ধন ধাৰা ১২৬ৰ অধীনত জব্দ কৰা হ'ল। এই তালিকা দুটা প্ৰতিলিপিত কৰা হৈছে; "
              "এটা প্ৰতিলিপি সমিতিৰ নামোল্লেখ কৰা বিষয়াক দিয়া হ'ল। অনতিপলমে অডিট বা পৰিদৰ্শন হ'ব (ধাৰা ১২৬(৩))।"},
}
# doc code -> order kind entered in the register for it (its number and QR token print on the PDF)
KINDS = {"inquiry_order": INQUIRY_ORDER, "rejection": INQUIRY_REJECTION, "delay_letter": DELAY_LETTER,
         "report_cover": REPORT_COVER, "inspection_order": INSPECTION_ORDER, "creditor_notice": CREDITOR_NOTICE,
         "cost_order": COST_ORDER, "surcharge_order": SURCHARGE_ORDER, "seizure_list": SEIZURE_LIST}


def _d(day, lang):
    return display_date(day, "d F Y", lang=lang) if day else "—"


def _money(amount, lang):
    return local_digits(f"₹{money(amount)}", lang)


def _society_rows(society, lang):
    label = LABELS[lang]
    return [(label["society"], society.name), (label["registration"], society.registration_number)]


def _rows(doc, obj, lang):
    """The particulars of document `doc` about `obj` (an inquiry, inspection, cost/surcharge order or seizure)."""
    label = LABELS[lang]
    if doc in ("inquiry_order", "rejection", "delay_letter", "report_cover"):
        rows = _society_rows(obj.society, lang) + [(label["reference"], obj.reference),
                                                   (label["applicant"], obj.applicant_name),
                                                   (label["received"], _d(obj.received_on, lang))]
        if doc == "inquiry_order":
            rows += [(label["subject"], obj.inquiry_subject),
                     (label["officer"], obj.inquiry_officer.get_full_name() or obj.inquiry_officer.username),
                     (label["complete_by"], _d(obj.complete_due_on, lang))]
        elif doc == "rejection":
            rows += [(label["reasons"], obj.rejection_reasons)]
        elif doc == "delay_letter":
            rows += [(label["reasons"], obj.delay_reasons), (label["expected"], _d(obj.expected_on, lang))]
        else:
            rows += [(label["completed"], _d(obj.completed_on, lang))]
        return rows
    if doc in ("inspection_order", "creditor_notice"):
        rows = _society_rows(obj.society, lang) + [(label["reference"], obj.reference), (label["scope"], obj.scope)]
        if obj.officer_id:
            rows.append((label["inspector"], obj.officer.get_full_name() or obj.officer.username))
        if obj.creditor_name:
            rows.append((label["creditor"], obj.creditor_name))
        if obj.deposit_required:
            rows.append((label["deposit"], _money(obj.deposit_required, lang)))
        return rows
    if doc in ("cost_order", "surcharge_order"):
        case = obj.inquiry or obj.inspection
        payer = obj.society.name if obj.payer_is_society else f"{obj.person_name}, {obj.person_address}"
        rows = _society_rows(obj.society, lang) + [
            (label["reference"], case.reference), (label["hearing"], _d(obj.hearing_on, lang)),
            (label["payer"], payer), (label["amount"], _money(obj.amount, lang)),
            (label["pay_by"], _d(obj.due.due_by, lang))]
        if doc == "surcharge_order":
            rows += [(label["payee"], obj.society.name), (label["act_on"], _d(obj.act_on, lang)),
                     (label["report_on"], _d(obj.report_on, lang)), (label["loss"], obj.loss_description)]
        return rows
    signed = obj.holder_name if obj.holder_signed else f"{obj.witness_1}; {obj.witness_2}"
    return _society_rows(obj.society, lang) + [
        (label["seized_on"], _d(obj.seized_on, lang)), (label["holder"], obj.holder_name),
        (label["signed"], signed), (label["copy"], obj.copy_given_to)]


def _order(doc, obj):
    if doc in ("cost_order", "surcharge_order", "seizure_list"):
        return obj.order
    return order_for(obj, KINDS[doc].code)


def render_document(doc: str, obj, lang: str) -> bytes:
    """The signed PDF of `doc` about `obj` in `lang` ("en" or "as")."""
    order = _order(doc, obj)
    title_en, title_as, section = TITLES[doc]
    officer = order.officer if order is not None else None
    with translation.override(lang):
        html = render_to_string("inquiry/pdf/document.html", {
            "lang": lang, "title": title_en if lang == "en" else title_as, "office": OFFICE[lang],
            "act": ACT[lang], "section": local_digits(section, lang), "order": order,
            "number_label": LABELS[lang]["number"], "date_label": LABELS[lang]["date"],
            "made_on": _d(order.made_on if order else None, lang), "rows": _rows(doc, obj, lang),
            "paragraph": PARAGRAPHS[doc][lang],
            "items": obj.item_lines if doc == "seizure_list" else [], "items_label": LABELS[lang]["items"],
            "officer": officer, "rank": order.officer_rank if order else "",
            "copies": range(2 if doc == "seizure_list" else 1)})
    return pdf_from_html(html)


def case_documents(case) -> list[tuple[str, str]]:
    """[(doc code, label)] of an inquiry's documents that exist (their order is in the register)."""
    from orders.services import orders_for

    made = {order.kind for order in orders_for(case)}
    return [(doc, TITLES[doc][0]) for doc, kind in KINDS.items() if kind.code in made
            and doc in ("inquiry_order", "rejection", "delay_letter", "report_cover", "inspection_order",
                        "creditor_notice")]
