"""Builders for registration tests (plain functions: quicker to read than factories for this slice)."""

from datetime import date
from decimal import Decimal

from societies.models import Promoter, RegistrationApplication
from societies.services import application_submit


def make_draft(applicant, district, *, promoters: int = 10, name="Borgaon Fishery Co-operative Society Limited",
               **extra) -> RegistrationApplication:
    application = RegistrationApplication.objects.create(
        applicant=applicant, proposed_name=name, society_type=extra.pop("society_type", "fishery"),
        district=district, address="Borgaon, Sonitpur", area_of_operation="Borgaon GP",
        authorised_share_capital=Decimal("200000"), chief_promoter_name="Hemanta Nath", **extra,
    )
    Promoter.objects.bulk_create([
        Promoter(application=application, name=f"Promoter {i}", address="Borgaon", family_id=f"RC-{i:04d}", age=30 + i)
        for i in range(promoters)
    ])
    return application


def make_submitted(applicant, district, *, received_on=date(2026, 1, 15), **extra) -> RegistrationApplication:
    draft = make_draft(applicant, district, **extra)
    return application_submit(application_id=draft.pk, actor=applicant, today=received_on)


def reload(application) -> RegistrationApplication:
    """A fresh copy (refresh_from_db cannot set a protected FSMField)."""
    return RegistrationApplication.objects.get(pk=application.pk)
