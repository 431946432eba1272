"""Public pages about societies: status lookup and certificate verification. No login; no personal data."""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from registrar import activity

from ..actions import SocietyAction
from ..choices import LegalStatus
from ..models import Certificate, RegistrationApplication, Society
from ..registration import rules

NOT_FOUND = _("No society or application has that number. Check the number and try again.")


def public_status(request):
    number = (request.GET.get("number") or "").strip().upper()
    society = application = None
    last_day = deemed_from = None
    error = ""
    if number:
        society = Society.objects.select_related("district").filter(registration_number__iexact=number).first()
        if society is None:
            application = (RegistrationApplication.objects.select_related("district", "society")
                           .filter(acknowledgement_number__iexact=number).first())
            if application is None:
                error = NOT_FOUND
            elif application.received_on:
                last_day = application.decision_due_on or rules.registration_last_day(application.received_on)
                deemed_from = application.deemed_on or (
                    rules.deemed_registration_date(application.received_on) if application.decision_due_on else None)
    return render(request, "societies/public/status.html", {
        "number": number, "society": society, "application": application, "error": error,
        "last_day": last_day, "deemed_from": deemed_from,
    })


CERTIFICATE_VOID_STATUSES = frozenset({LegalStatus.DISSOLVED, LegalStatus.REGISTRATION_SET_ASIDE})


NOT_GENUINE = _(
    "This is not a genuine certificate of this office. No certificate of registration issued by the Registrar "
    "of Co-operative Societies, Assam, has this verification code. Do not rely on the document; you may report "
    "it to the district office."
)


def verify_certificate(request, token):
    certificate = (Certificate.objects.select_related("society", "society__district")
                   .filter(token=token[:100]).first())
    if certificate is None:
        return render(request, "societies/public/verify_unknown.html", {"message": NOT_GENUINE}, status=404)
    # Counted outside the chain (ADR 0031): a chained entry per anonymous GET queued every writer behind readers.
    activity.tally(SocietyAction.CERTIFICATE_VERIFIED, society=certificate.society, target=certificate)
    return render(request, "societies/public/verify.html", {
        "certificate": certificate, "society": certificate.society,
        # Genuine is not the same as valid: a dissolved society's, or a registration set aside by order, is void.
        "valid": certificate.society.legal_status not in CERTIFICATE_VOID_STATUSES,
    })
