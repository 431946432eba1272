"""Builders for registration tests (plain functions: quicker to read than factories for this slice)."""

import io
from datetime import date
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from societies.models import Promoter, RegistrationApplication, Upload
from societies.registration.services import application_submit
from societies.uploads import check_pdf

# The five documents an online application needs before it can be submitted (s.10(1)).
REQUIRED_KINDS = ("bye_laws", "viability", "resolution", "schedule_a", "fee_receipt")


def tiny_pdf() -> bytes:
    """A one-page blank A4 PDF that passes societies.uploads.check_pdf."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_upload(application, kind: str) -> Upload:
    data = tiny_pdf()
    uploaded = SimpleUploadedFile(f"{kind}.pdf", data, content_type="application/pdf")
    check_pdf(uploaded)  # the helper must make only uploads the real form would accept
    return Upload.objects.create(application=application, kind=kind, file=uploaded, original_name=f"{kind}.pdf",
                                 size=len(data))


def make_draft(applicant, district, *, promoters: int = 10, name="Borgaon Fishery Co-operative Society Limited",
               documents=REQUIRED_KINDS, **extra) -> RegistrationApplication:
    application = RegistrationApplication.objects.create(
        applicant=applicant, proposed_name=name, society_type=extra.pop("society_type", "fishery"),
        district=district, address="Borgaon, Sonitpur", area_of_operation="Borgaon GP",
        authorised_share_capital=extra.pop("authorised_share_capital", Decimal("200000")),
        chief_promoter_name="Hemanta Nath", **extra,
    )
    Promoter.objects.bulk_create([
        Promoter(application=application, name=f"Promoter {i}", address="Borgaon", family_id=f"RC-{i:04d}", age=30 + i)
        for i in range(promoters)
    ])
    for kind in documents:
        add_upload(application, kind)
    return application


def make_submitted(applicant, district, *, received_on=date(2026, 1, 15), **extra) -> RegistrationApplication:
    draft = make_draft(applicant, district, **extra)
    return application_submit(application_id=draft.pk, actor=applicant, today=received_on)


def reload(application) -> RegistrationApplication:
    """A fresh copy (refresh_from_db cannot set a protected FSMField)."""
    return RegistrationApplication.objects.get(pk=application.pk)
