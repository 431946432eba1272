"""Public pages about societies: status lookup and certificate verification. No login; no personal data."""

import re

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from registrar import activity

from ..actions import SocietyAction
from ..choices import LegalStatus
from ..models import Certificate, RegistrationApplication, Society, search_key
from ..registration import rules

NOT_FOUND = _("No society or application has that number. Check the number and try again.")
NO_NAME_MATCH = _("No registered society has a name like that. Check the spelling, or search by number.")
NAME_MATCHES_SHOWN = 20
# A number has a slash or a digit (RCS/SNT/2026/000123, SNT/REG/2026/0007); anything else is a name.
_LOOKS_LIKE_NUMBER = re.compile(r"[/\d]")


def societies_named_like(text: str):
    """Registered societies whose distinctive words contain `text` (the indexed name_search column, without the
    suffix every society shares: design.md § name search)."""
    key = search_key(text) or text.lower()
    # name_search is lower-case: LIKE (contains) uses its trigram index; UPPER() LIKE (icontains) cannot.
    return (Society.objects.select_related("district").filter(name_search__contains=key)
            .order_by("name", "pk")[:NAME_MATCHES_SHOWN])


def public_status(request):
    query = " ".join((request.GET.get("number") or "").split())[:200]
    number = query.upper()
    society = application = None
    last_day = deemed_from = None
    error = ""
    matches = None
    if query and not _LOOKS_LIKE_NUMBER.search(query):
        # A name: suggest the registered societies it may mean (issue 25 point 6).
        matches = list(societies_named_like(query))
        if not matches:
            error = NO_NAME_MATCH
        number = query
    elif number:
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
        "last_day": last_day, "deemed_from": deemed_from, "matches": matches, "query": query,
        "matches_capped": matches is not None and len(matches) == NAME_MATCHES_SHOWN,
    })


# A registration that stands cancelled no longer certifies anything (s.100(5); ss.13(5), 14(5) for a
# restructuring): the certificate verifies as "no longer valid", and the status line says why.
CERTIFICATE_VOID_STATUSES = frozenset({LegalStatus.DISSOLVED, LegalStatus.REGISTRATION_SET_ASIDE, LegalStatus.DIVIDED,
                                       LegalStatus.AMALGAMATED, LegalStatus.MERGED_OUT})


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
