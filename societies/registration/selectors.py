"""Reads of registration: the office work queue, an applicant's applications, the documents s.10(1) requires and
the officers who may take an application."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _


def application_list_for_officer(user, state: str | None = None) -> QuerySet:
    """The office work queue: submitted applications in the officer's districts, soonest last day first."""
    from registrar.selectors import in_jurisdiction

    from .models import OPEN_STATES, RegistrationApplication

    qs = in_jurisdiction(RegistrationApplication.objects.exclude(state="draft"), user)
    qs = qs.filter(state=state) if state else qs.filter(state__in=OPEN_STATES)
    return qs.select_related("district", "applicant", "assigned_officer").order_by("decision_due_on", "pk")


def application_list_for_applicant(user) -> QuerySet:
    from .models import RegistrationApplication

    return RegistrationApplication.objects.filter(applicant=user).select_related("district").order_by("-created_at")


def required_upload_kinds() -> tuple[str, ...]:
    """The five documents s.10(1) requires with an online application (rules.yaml
    registration_application_signatories, notes): bye-laws, viability scheme, resolution, Schedule-A, fee."""
    from .models import Upload

    return (Upload.Kind.BYE_LAWS, Upload.Kind.VIABILITY, Upload.Kind.RESOLUTION, Upload.Kind.SCHEDULE_A,
            Upload.Kind.FEE_RECEIPT)


def application_document_checklist(application) -> list[tuple[str, str, bool]]:
    """(kind, label, present) for each required document, in the order the Act lists them. One query."""
    from .models import Upload

    present = set(application.uploads.values_list("kind", flat=True))
    return [(kind, str(Upload.Kind(kind).label), kind in present) for kind in required_upload_kinds()]


def application_missing_documents(application) -> list[str]:
    """Labels of the required documents not yet uploaded."""
    return [label for _kind, label, present in application_document_checklist(application) if not present]


def application_assignable_officers(application) -> QuerySet:
    """Officers who may take this application: in service, of a deciding rank, with jurisdiction over its district
    (the district's own officers, and the Directorate ranks, who see the whole state)."""
    from django.db.models import Q

    from registrar.models import Officer
    from registrar.models.office import STATEWIDE_RANKS

    from .permissions import DECIDING_RANKS

    return (Officer.objects.filter(is_active=True, user__is_active=True, rank__in=DECIDING_RANKS)
            .filter(Q(rank__in=STATEWIDE_RANKS) | Q(districts=application.district_id))
            .select_related("user").distinct().order_by("user__username"))



# What submission refuses with (services.application_submit re-exports them; tests assert them verbatim).
TOO_FEW_PROMOTERS = _("At least ten adult promoters from ten different families are needed (three societies for "
                      "a secondary society).")
NAME_NOT_LIMITED = _('The name of the society must end with the word "Limited".')
DOCUMENTS_MISSING = _("Upload these documents before submitting (s.10(1)): %(documents)s.")
PARTICULAR_EMPTY = _("%(field)s: not filled in.")
PROMOTER_INCOMPLETE = _("Promoter %(n)s (%(name)s): %(fields)s missing.")
_PROMOTER_FIELDS = (("address", _("address")), ("family_id", _("family reference")), ("age", _("age")))


def application_gaps(application) -> list[str]:
    """What a draft still lacks before it can be submitted, each as a sentence for the applicant, in the form's
    order: empty particulars, the year end and capital, the name, the promoters, the documents. Empty when it is
    complete. A draft saves with any of these (issue 25 § 2); submission (services.application_submit) refuses
    with all of them at once. Two queries (promoters, documents)."""
    from django.utils.text import capfirst

    from registrar import bounds

    from . import rules
    from .models import REQUIRED_PARTICULARS, RegistrationApplication

    gaps: list[str] = []
    meta = RegistrationApplication._meta
    for name in REQUIRED_PARTICULARS:
        value = getattr(application, f"{name}_id" if name == "district" else name)
        if value is None or (isinstance(value, str) and not value.strip()):
            gaps.append(PARTICULAR_EMPTY % {"field": capfirst(meta.get_field(name).verbose_name)})
    if application.authorised_share_capital is not None and application.authorised_share_capital < 0:
        gaps.append(str(bounds.NEGATIVE_AMOUNT))
    if not bounds.fy_end_is_real_day(application.fy_end_month, application.fy_end_day):
        gaps.append(bounds.FY_END_NOT_A_DAY % {"day": application.fy_end_day, "month": application.fy_end_month})
    if application.proposed_name.strip() and not rules.name_ends_limited(application.proposed_name):
        gaps.append(str(NAME_NOT_LIMITED))
    promoters = list(application.promoters.all())
    for number, promoter in enumerate(promoters, start=1):
        lacking = [str(label) for field, label in _PROMOTER_FIELDS if getattr(promoter, field) in (None, "")]
        if lacking:
            gaps.append(PROMOTER_INCOMPLETE % {"n": number, "name": promoter.name, "fields": ", ".join(lacking)})
    if not rules.has_minimum_promoters(promoters, application.is_secondary):
        gaps.append(str(TOO_FEW_PROMOTERS))
    missing = [] if application.received_by_hand else application_missing_documents(application)
    if missing:
        gaps.append(DOCUMENTS_MISSING % {"documents": ", ".join(missing)})
    return gaps


def application_letters(application) -> list[tuple[str, str]]:
    """(url, label) of the application's papers its applicant may download, in the order they were made: the
    acknowledgement, each query memo, the hearing notice, the refusal order, the certificate. One query (memos)."""
    from django.urls import reverse

    from .models import AppState

    letters = []
    if application.acknowledgement_number:
        letters.append((reverse("application_acknowledgement_pdf", args=[application.pk]),
                        str(_("Acknowledgement (PDF)"))))
    for memo in application.queries.all():
        letters.append((reverse("application_query_memo_pdf", args=[application.pk, memo.pk]),
                        str(_("Query memo %(n)s (PDF)") % {"n": memo.number})))
    if application.hearing_on:
        letters.append((reverse("application_hearing_notice_pdf", args=[application.pk]),
                        str(_("Hearing notice (PDF)"))))
    if application.state == AppState.REFUSED:
        letters.append((reverse("application_refusal_order_pdf", args=[application.pk]),
                        str(_("Refusal order (PDF)"))))
    if application.society_id:
        letters.append((reverse("application_certificate", args=[application.pk]), str(_("Certificate (PDF)"))))
    return letters


def application_list_for_home(user) -> dict[str, list]:
    """The applicant's applications for the citizen's home, by where they stand: drafts, submitted (the 60 days
    running), registered (by certificate or deemed), closed (refused or withdrawn). One query."""
    from .models import OPEN_STATES, AppState

    groups: dict[str, list] = {"drafts": [], "submitted": [], "registered": [], "closed": []}
    for application in application_list_for_applicant(user).select_related("society"):
        if application.state == AppState.DRAFT:
            groups["drafts"].append(application)
        elif application.state in OPEN_STATES:
            groups["submitted"].append(application)
        elif application.state in (AppState.REGISTERED, AppState.DEEMED_REGISTERED):
            groups["registered"].append(application)
        else:
            groups["closed"].append(application)
    return groups
