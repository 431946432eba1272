"""The liquidator's quarterly report to the Registrar, declared once (registrar.clocks): a SERVICE target, reminded,
with no effect (the Act fixes no period for it; ADR 0055). The frame derives the deadlines board (the office page
of the liquidation), My work (the liquidator, `assignee`), the society's timeline and the reminders.

- QUARTERLY_REPORT (measured by branch_quarterly_summary_15d: fifteen days after each calendar quarter): reminders
  15, 7 and 1 day(s) before to the liquidator responsible for the quarter (`ASSIGNEE`).
- The chore liquidation_reports_open (order 71) opens the row of the quarter in progress for every case in the
  liquidator's hands, so the next report is always on the clock.
"""

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from registrar.clocks import SERVICE, Chore, Clock, Reminders, chore, declare
from registrar.clocks.declaration import ASSIGNEE
from registrar.l10n import display_date

from . import workspace_rules as rules
from .models import QuarterlyReport, WindingUp
from .workspace_access import WORKING_STATES

REPORT_BY = _("Liquidator's quarterly report (quarter ending %(quarter)s) due by")
REMINDER_SUBJECT = _("Reminder: the quarterly report on the liquidation of %(society)s is due by %(last_day)s")
REMINDER_BODY = _("The liquidator's report to the Registrar for the quarter ending %(quarter)s is due by "
                  "%(last_day)s (%(days)s day(s) left). File it in the liquidator's workspace: the figures come "
                  "from the registers and the PDF is made for you.")


def _subject(report) -> str:
    society = report.winding_up.society
    return f"{society.registration_number} · {society.name}: {gettext('quarterly report of the liquidator')} " \
           f"{report.quarter_ends_on:%d-%m-%Y}"


QUARTERLY_REPORT = declare(Clock(
    name="liquidation_quarterly_report", rule_id="branch_quarterly_summary_15d", model=QuarterlyReport,
    due_field="due_on", open=Q(filed_on__isnull=True), met=Q(filed_on__isnull=False),  # liq_report_open_due_idx
    period=SERVICE, district="winding_up__district", society="winding_up__society",
    related=("winding_up__society", "winding_up__district", "responsible"),
    subject=_subject, url=lambda r: reverse("office_liquidation_registrar", args=[r.winding_up_id]),
    timeline_label=lambda r: gettext(REPORT_BY) % {"quarter": display_date(r.quarter_ends_on)},
    assignee="responsible",
    reminders=Reminders(
        sweeper="liquidation_reports_remind", order=72, recipients=ASSIGNEE, trigger="quarter_ends_on",
        subject=REMINDER_SUBJECT, body=REMINDER_BODY,
        params=lambda r, today: {"society": r.winding_up.society.name, "quarter": display_date(r.quarter_ends_on),
                                 "last_day": display_date(r.due_on), "days": (r.due_on - today).days},
        url=lambda r: reverse("liquidator_reports", args=[r.winding_up_id]),
        description="Remind the liquidator 15, 7 and 1 day(s) before the quarterly report to the Registrar is due."),
))


def cases_without_report(today):
    """Cases in the liquidator's hands, appointed by the quarter's end, with no row for the quarter in progress.
    Reads winding_up_gazette_idx (state) and one_report_a_quarter (winding_up, quarter_ends_on)."""
    ends = rules.quarter_end(today)
    has = QuarterlyReport.objects.filter(winding_up=OuterRef("pk"), quarter_ends_on=ends)
    return (WindingUp.objects.filter(state__in=WORKING_STATES, liquidator_appointed_on__lte=ends)
            .filter(~Exists(has)).order_by("pk"))


def _open(case, today):
    from .services.workspace import report_open

    report = report_open(case, today)
    return f"quarterly report opened: {case.society.registration_number} quarter ending {report.quarter_ends_on}"


chore(Chore(
    sweeper="liquidation_reports_open", order=71, model=WindingUp, due_query=cases_without_report, apply=_open,
    district="district", related=("society",), lock=Q(state__in=WORKING_STATES),
    description="Open the liquidator's quarterly report of the quarter in progress for every liquidation."))
