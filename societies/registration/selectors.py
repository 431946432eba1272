"""Reads of registration: the office work queue, an applicant's applications, the documents s.10(1) requires and
the officers who may take an application."""

from django.db.models import QuerySet


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
