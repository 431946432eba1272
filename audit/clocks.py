"""The audit's clocks, declared once (registrar.clocks): the frame derives the deadlines board, My work (the
departmental auditor it is allotted to; the ARCS of the district), the society's timeline and the sweeps.

- AUDIT_WITHIN_6_MONTHS (audit_within_6_months, s.81(5)): the audit complete within six months of the year end.
  The rule states no consequence and is not automatic: the clock shows, it changes nothing. The office's internal
  target (31 August for a March year end, lifecycles.md §8) is shown beside it on the audit's pages.
- AUDIT_REPORT_FORTNIGHT (audit_report_fortnight, s.84): the report within 14 days of completion.
- The chore audits_open (order 36, after financial_years_open_next at 30): when a society's financial year has
  ended, its audit for that year opens (s.81(1), audit_every_year).

The Registrar's consolidated report to Government (audit_report_to_government_210d, s.84(h)) is an EARLIEST day,
not a last day anyone can miss: audit.rules.state_report_earliest_day, shown on the audit dashboard.
"""

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.calendar import add_years
from registrar.clocks import Chore, Clock, chore, declare
from societies.choices import LegalStatus
from societies.governance.models import FinancialYear

from .models import Audit
from .models.audit import NOT_COMPLETE, AuditStatus

AUDIT_BY = _("Audit of accounts %(year)s to be completed by")
REPORT_BY = _("Audit report %(year)s to reach the society and the Registrar by")

IN_SOCIETY = {"society": "society", "district": "society__district", "related": ("society", "society__district")}
# Years ended this long ago or more are not opened by the chore: their six-month clock and the three-year
# departmental rule have long passed (a missed older year is still entered by hand as a record).
OPEN_HORIZON_YEARS = 3
# A society in liquidation is still audited every year (s.81(1); lifecycles.md §15 item 22), its liquidator in the
# Board's place (audit.work_access.speaks_for); a dissolved or set-aside society has no accounts to audit.
AUDITED_STATUSES = (LegalStatus.REGISTERED, LegalStatus.CANCELLATION_ORDERED,
                    LegalStatus.CANCELLATION_APPEAL_PENDING, LegalStatus.IN_LIQUIDATION)


def _url(audit) -> str:
    return reverse("audit_office_detail", args=[audit.pk])


def _subject(audit, what) -> str:
    return f"{audit.society.registration_number} · {audit.society.name}: {what} {audit.fy_label}"


def _label(text):
    return lambda audit: str(text) % {"year": audit.fy_label}


AUDIT_WITHIN_6_MONTHS = declare(Clock(
    name="audit_within_6_months", rule_id="audit_within_6_months", model=Audit, due_field="due_on",
    open=Q(status__in=NOT_COMPLETE), met=~Q(status__in=NOT_COMPLETE), **IN_SOCIETY,
    subject=lambda a: _subject(a, _("audit of accounts")), url=_url, timeline_label=_label(AUDIT_BY),
    assignee="auditor_officer__user",
))

AUDIT_REPORT_FORTNIGHT = declare(Clock(
    name="audit_report_fortnight", rule_id="audit_report_fortnight", model=Audit, due_field="report_due_on",
    open=Q(status=AuditStatus.COMPLETED), met=Q(status=AuditStatus.REPORTED), **IN_SOCIETY,
    subject=lambda a: _subject(a, _("audit report")), url=_url, timeline_label=_label(REPORT_BY),
    timeline_rows=Q(report_due_on__isnull=False), assignee="auditor_officer__user",
))


def years_due_for_audit(today):
    """Ended financial years (within the horizon) of audited societies with no audit row yet. Reads the
    FinancialYear (society, ends_on) unique index and audit_one_per_society_year."""
    audited = Audit.objects.filter(society=OuterRef("society"), fy_end=OuterRef("ends_on"))
    return (FinancialYear.objects.filter(ends_on__lt=today, ends_on__gte=add_years(today, -OPEN_HORIZON_YEARS),
                                         society__legal_status__in=AUDITED_STATUSES)
            .filter(~Exists(audited)).order_by("ends_on", "pk"))


def _open(year, today):
    from .services.allotment import audit_open

    audit = audit_open(year.society, year.ends_on, today=today)
    # A sweep's apply returns its line for the run's report, not the row.
    return f"audit opened: {year.society.registration_number} {audit.fy_label}"


chore(Chore(
    sweeper="audits_open", order=36, model=FinancialYear, due_query=years_due_for_audit, apply=_open,
    related=("society",),
    description="Open the audit of every society's financial year once it has ended (s.81(1), audit_every_year)."))
