"""The clocks of the audit's aftermath, declared once (registrar.clocks); the allotment's and the report's are
audit/clocks.py.

- No clock for the rectification direction (audit_rectification_registrar_time, s.85(1)): its date is the
  Registrar's, not the Act's, so the rule is outside the statute catalogue the frame reads (docs/statute-coverage.md:
  "the date is stored by its domain module"); RectificationDirection.rectify_by holds it, and the items still open
  after it are the ARCS's list (audit.work_selectors.objection_list_overdue).
- FOLLOWUP (audit_followup_report_3m, s.85(2)): the Board's report three months from the AGM's acceptance, a
  filing rolled past closed days. Expiry kind FLAG: the sweeper audits_flag_missing_followup raises a compliance
  flag dated the day after the last day; only the Registrar's order confirming it ends the Board (never this
  clock). Order 62: after supervision's Board-ending effects (40-44), so a late run finds the same Board.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from registrar.clocks import FLAG, SECRETARIES, Clock, Expiry, Reminders, declare
from registrar.l10n import display_date

from . import work_rules
from .models import AuditReport

FOLLOWUP_BY = _("Board's report on the audit %(year)s due by")

FOLLOWUP_REMINDER_SUBJECT = _("Reminder: the Board's report on the audit of %(society)s is due by %(last_day)s")
FOLLOWUP_REMINDER_BODY = _("The AGM accepted the audit report for %(year)s on %(accepted)s. The Board must report "
                           "to the Registrar what it has done on the defects by %(last_day)s (%(days)s day(s) left). "
                           "If it does not, the Board in office may be disqualified and its directors barred for "
                           "five years (sections 85(2) and 40(4)(f)).")


def _office_url(audit_id) -> str:
    return reverse("audit_work_office", args=[audit_id])


def _followup_flag(report, today):
    from .services.followup import followup_flag

    return followup_flag(report, today)


FOLLOWUP = declare(Clock(
    name="audit_followup_report", rule_id="audit_followup_report_3m", model=AuditReport,
    due_field="followup_due_on", open=Q(followup_filed_on__isnull=True, followup_due_on__isnull=False),
    met=Q(followup_filed_on__isnull=False), timeline_rows=Q(followup_due_on__isnull=False),
    society="audit__society", district="audit__society__district",
    related=("audit__society", "audit__society__district"),
    subject=lambda r: f"{r.audit.society.registration_number} · {r.audit.society.name}: "
                      f"Board's report on the audit {r.audit.fy_label}",
    url=lambda r: _office_url(r.audit_id),
    timeline_label=lambda r: gettext(FOLLOWUP_BY) % {"year": r.audit.fy_label},
    # a report by the society to the Registrar: rolls past closed days (ADR 0007)
    redate=lambda r, closed_days: work_rules.followup_last_day(r.accepted_on, closed_days),
    expiry=Expiry(FLAG, sweeper="audits_flag_missing_followup", order=62, apply=_followup_flag,
                  due=Q(followup_filed_on__isnull=True, followup_due_on__isnull=False, followup_flagged=False),
                  related=("audit__society",),
                  description="Flag for the Registrar a Board that has not reported on the audit's defects within "
                              "three months of the AGM's acceptance (s.85(2)); the Board ends only by his order."),
    reminders=Reminders(
        sweeper="audit_followup_remind", order=61, recipients=SECRETARIES, trigger="accepted_on", sms=True,
        subject=FOLLOWUP_REMINDER_SUBJECT, body=FOLLOWUP_REMINDER_BODY,
        params=lambda r, today: {"society": r.audit.society.name, "year": r.audit.fy_label,
                                 "accepted": display_date(r.accepted_on), "last_day": display_date(r.followup_due_on),
                                 "days": (r.followup_due_on - today).days},
        url=lambda r: reverse("audit_society_audit", args=[r.audit_id]),
        description="Remind secretaries 15, 7 and 1 day(s) before the Board's follow-up report is due (s.85(2))."),
))
