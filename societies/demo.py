"""Demo registration applications in several states (Sonitpur, Kamrup, Jorhat). Idempotent: seed_demo re-runs it."""

import io
from datetime import date, timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from pypdf import PdfWriter

from registrar.demo import demo_user, register_login
from registrar.models import District, User

from .models import Promoter, RegistrationApplication, Upload
from .registration import services
from .registration.selectors import required_upload_kinds
from .registration.sweepers import applications_deem_registered

FAMILY_NAMES = ["Bora", "Saikia", "Kalita", "Deka", "Nath", "Gogoi", "Das", "Baruah", "Hazarika", "Bhuyan", "Medhi"]

# (district, name, type, received days ago or None for a draft, what the office did)
APPLICATIONS = [
    ("SNT", "Borgaon Fishery Co-operative Society Limited", "fishery", None, "draft"),
    ("SNT", "Dhekiajuli Tea Growers Co-operative Society Limited", "marketing", 57, "submitted"),
    ("SNT", "Rangapara Handloom Weavers Co-operative Society Limited", "handloom_weavers", 20, "query"),
    ("SNT", "Tezpur Town Consumers Co-operative Society Limited", "consumer_store", 40, "hearing"),
    ("SNT", "Jamugurihat Dairy Co-operative Society Limited", "dairy", 45, "refused"),
    ("KMR", "Rangia Women's Multipurpose Co-operative Society Limited", "women_multipurpose", 10, "submitted"),
    ("KMR", "Hajo Sericulture Co-operative Society Limited", "sericulture", 50, "registered"),
    ("JRH", "Titabar Farming Co-operative Society Limited", "farming", 30, "scrutiny"),
    ("JRH", "Mariani Thrift and Credit Co-operative Society Limited", "thrift_credit", 75, "deemed"),
]


def _officer_for(code: str) -> User:
    username = {"SNT": "arcs.sonitpur", "KMR": "arcs.kamrup", "JRH": "arcs.jorhat"}[code]
    return User.objects.get(username=username)


def _promoters(application):
    Promoter.objects.bulk_create([
        Promoter(application=application, name=f"{first} {FAMILY_NAMES[i]}", relation_name=f"Late {FAMILY_NAMES[i]}",
                 address=application.area_of_operation, family_id=f"AS-RC-{application.district.code}-{i + 101:05d}",
                 gender="f" if i % 2 else "m", age=28 + i * 3, occupation="Cultivator", shares=5)
        for i, first in enumerate(["Ranjit", "Mamoni", "Dilip", "Anjali", "Pabitra", "Junmoni", "Bhaben", "Rekha",
                                   "Tapan", "Bornali", "Hiren"])
    ])


def _documents(application, kinds) -> None:
    """Blank one-page PDFs standing in for the documents s.10(1) requires (submission checks they exist)."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    for kind in kinds:
        Upload.objects.create(application=application, kind=kind, original_name=f"{kind}.pdf",
                              size=len(buffer.getvalue()), file=ContentFile(buffer.getvalue(), name=f"{kind}.pdf"))


def seed(*, today: date, stdout) -> None:
    applicant = demo_user("promoter", "Rupjyoti Bhuyan", "promoter@example.in")
    register_login("Applicant with registration applications (/apply/)", "promoter")
    created = 0
    for code, name, kind, days_ago, stage in APPLICATIONS:
        if RegistrationApplication.objects.filter(applicant=applicant, proposed_name=name).exists():
            continue
        district = District.objects.get(code=code)
        application = RegistrationApplication.objects.create(
            applicant=applicant, proposed_name=name, society_type=kind, district=district,
            address=f"Near the Gaon Panchayat office, {district.headquarters}", area_of_operation=f"{district.name} district",
            authorised_share_capital=Decimal("250000"), chief_promoter_name="Rupjyoti Bhuyan",
        )
        _promoters(application)
        created += 1
        if days_ago is None:
            _documents(application, required_upload_kinds()[:3])  # a draft still missing two documents
            continue
        _documents(application, required_upload_kinds())
        received = today - timedelta(days=days_ago)
        services.application_submit(application_id=application.pk, actor=applicant, today=received)
        officer = _officer_for(code)
        if stage in ("query", "hearing", "refused", "registered", "scrutiny"):
            services.application_start_scrutiny(application_id=application.pk, actor=officer)
        if stage == "query":
            services.application_send_query(application_id=application.pk, actor=officer, today=received + timedelta(5),
                                            items=[{"subject": "Proposed bye-laws", "reason": "incomplete",
                                                    "note": "Four copies signed by all promoters are needed."},
                                                   {"subject": "Economic viability scheme", "reason": "missing"}])
        if stage in ("hearing", "refused"):
            services.application_schedule_hearing(application_id=application.pk, actor=officer,
                                                  today=received + timedelta(20), hearing_on=received + timedelta(30))
        if stage == "refused":
            services.application_refuse(application_id=application.pk, actor=officer, today=received + timedelta(31),
                                        dispatched_on=received + timedelta(31),
                                        reasons="s.6(3): a dairy society with the same area of operation is registered.")
        if stage == "registered":
            services.application_register(application_id=application.pk, actor=officer, today=received + timedelta(45),
                                          dispatched_on=received + timedelta(45))
    # The law applies itself: anything past its last day is deemed registered, dated on its legal day.
    deemed = applications_deem_registered(today=today).count
    stdout.write(f"Registration: {created} demo applications created, {deemed} deemed registered.")
