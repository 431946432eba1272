"""Reads of the statutory audit: office lists with their filters (the dashboard's figures link to them), the
auditor's own audits, and `last_audit(society)`, the one reader of a society's last audited year and class."""

from dataclasses import dataclass
from datetime import date

from django.db.models import BigIntegerField, F, Q
from django.db.models.functions import Cast
from guardian.models import UserObjectPermission

from registrar.selectors import officer_for

from . import rules
from .models import Audit, AuditStatus
from .models.audit import NOT_COMPLETE
from .permissions import RELATED, office_audits

# The dashboard's filters; each figure of audit.reports opens the list with one of them.
FILTERS = ("due", "open", "allotted", "in_progress", "completed", "reports_late", "overdue")
DEFAULT_CLASSES = ("A", "B", "C", "D")


def default_year(today: date) -> int:
    """The audit year being worked now: the accounts of the year that last ended on 31 March (1 Dec 2026 ->
    2025, the accounts of 2025-26)."""
    return rules.audit_year_of(today) - 1


def filter_q(name: str, today: date) -> Q:
    """The rows of one dashboard filter (the list's own condition; audit.reports counts them separately)."""
    if name.startswith("class_"):
        return Q(status=AuditStatus.REPORTED, report__audit_class=name.removeprefix("class_"))
    return {
        "due": Q(),
        "open": Q(status=AuditStatus.OPEN),
        "allotted": Q(status=AuditStatus.ALLOTTED),
        "in_progress": Q(status=AuditStatus.IN_PROGRESS),
        "completed": Q(status__in=(AuditStatus.COMPLETED, AuditStatus.REPORTED)),
        # awaited past the fortnight, or issued after it (s.84)
        "reports_late": Q(status=AuditStatus.COMPLETED, report_due_on__lt=today)
        | Q(status=AuditStatus.REPORTED, reported_on__gt=F("report_due_on")),
        # not complete six months after the year end (s.81(5))
        "overdue": Q(status__in=NOT_COMPLETE, due_on__lt=today),
    }[name]


def is_known_filter(name: str) -> bool:
    return name in FILTERS or (name.startswith("class_") and 1 <= len(name) - 6 <= 8)


def audit_list_for_officer(user, today: date, *, year: int, filter: str = "due", district_id: int | None = None):
    """Audits of the audit `year` in the officer's jurisdiction, by one dashboard filter, soonest last day first.
    A constant number of queries whatever the size (select_related only)."""
    start, end = rules.audit_year_bounds(year)
    # due_on is fy_end + 6 months, so the year's due_on range is implied; stated, it lets audit_list_order_idx
    # give the page in order (500,000 audits: bench/audit_dashboard.py).
    audits = (office_audits(user).filter(fy_end__range=(start, end))
              .filter(due_on__range=(rules.audit_last_day(start), rules.audit_last_day(end)))
              .filter(filter_q(filter, today)))
    if district_id:
        audits = audits.filter(society__district_id=district_id)
    return audits.select_related(*RELATED).order_by("due_on", "pk")


def audit_list_for_auditor(user):
    """The audits allotted to the user and not yet closed: a departmental auditor's by the allotment, a firm's by
    its grants (invited to each audit). Newest year first."""
    officer = officer_for(user)
    audits = Audit.objects.filter(closed_on__isnull=True).select_related(*RELATED)
    if officer is not None:
        return audits.filter(auditor_officer=officer).order_by("due_on", "pk")
    if not getattr(user, "is_authenticated", False):
        return audits.none()
    granted = (UserObjectPermission.objects.filter(user=user, content_type__app_label="audit",
                                                   content_type__model="audit",
                                                   permission__codename="conduct_audit")
               .values_list(Cast("object_pk", output_field=BigIntegerField()), flat=True))
    return audits.filter(pk__in=granted).order_by("due_on", "pk")


@dataclass(frozen=True)
class LastAudit:
    fy_end: date
    fy_label: str
    audit_class: str
    reported_on: date | None


def last_audit(society) -> LastAudit | None:
    """The society's last audited year and its class (from the issued report: the one source of the class, issue
    18 point 3), or None when no audit report has been issued. One query. The public card, the annual return and
    the National Cooperative Database's "functional" status read this."""
    row = (Audit.objects.filter(society=society, status=AuditStatus.REPORTED)
           .order_by("-fy_end").values("fy_end", "reported_on", "report__audit_class").first())
    if row is None:
        return None
    return LastAudit(row["fy_end"], rules.fy_label(row["fy_end"]), row["report__audit_class"] or "",
                     row["reported_on"])
