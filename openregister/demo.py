"""Demo data of the public register (issue 24): Assamese names for the demo societies (the register finds them),
an API client of a bank (its key is printed once here, like the office page shows it once), and a first
open-data release. Idempotent."""

from datetime import date

from django.conf import settings

from registrar.models import User
from societies.models import Society

from .models import ApiClient, OpenDataRelease
from .office import api_client_issue

# Assamese forms of the places and kinds in the demo names (a transcription for the demo; societies type theirs).
WORDS = {
    "Borgaon": "বৰগাঁও", "Dhekiajuli": "ঢেকিয়াজুলি", "Rangapara": "ৰঙাপাৰা", "Tezpur": "তেজপুৰ",
    "Jamugurihat": "জামুগুৰিহাট", "Hajo": "হাজো", "Titabar": "তিতাবৰ", "Mariani": "মৰিয়নী", "Rangia": "ৰঙিয়া",
    "Borgang": "বৰগাং", "Town": "চহৰ", "Fishery": "মীন", "Tea Growers": "চাহ খেতিয়ক", "Handloom Weavers": "তাঁতশাল",
    "Weavers": "তাঁতী", "Consumers": "উপভোক্তা", "Dairy": "গাখীৰ", "Sericulture": "ৰেচম", "Farming": "কৃষি",
    "Thrift and Credit": "সঞ্চয় আৰু ঋণ", "Mahila": "মহিলা", "GPSS": "গাঁও পঞ্চায়ত সমবায় সমিতি",
}
SUFFIX = "সমবায় সমিতি লিমিটেড"


def assamese_name(name: str) -> str:
    """The demo name in Assamese where every distinctive word is known, else ''."""
    core = name.replace("Co-operative Society Limited", "").replace("Co-operative Society Ltd", "").strip()
    words = []
    remaining = core
    while remaining:
        for english in sorted(WORDS, key=len, reverse=True):
            if remaining.startswith(english):
                words.append(WORDS[english])
                remaining = remaining[len(english):].strip()
                break
        else:
            return ""
    return " ".join(words + [SUFFIX]) if words else ""


def seed(*, today: date, stdout) -> None:
    named = 0
    for society in Society.objects.filter(name_as=""):
        translated = assamese_name(society.name)
        if translated:
            Society.objects.filter(pk=society.pk).update(name_as=translated)
            named += 1
    registrar = User.objects.filter(username="rcs").first()
    if registrar is not None and not ApiClient.objects.exists():
        client, key = api_client_issue(actor=registrar, name="Assam Co-operative Apex Bank (demo)",
                                       contact_email="api@apexbank.example", purpose="KYC of society accounts",
                                       requests_per_window=6000)
        stdout.write(f"  API key of the demo bank (shown once): {key}\n")
    if not OpenDataRelease.objects.exists() and settings.OPEN_DATA_ROOT:
        from .opendata.export import publish

        release = publish(today)
        stdout.write(f"  open data: release {release.version} with {release.societies} societies\n")
    if named:
        stdout.write(f"  public register: {named} Assamese names\n")
