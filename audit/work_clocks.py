"""The clocks of the audit's aftermath, declared once (registrar.clocks); the allotment's and the report's are
audit/clocks.py.

- RECTIFICATION (audit_rectification_registrar_time, s.85(1)): the date the Registrar fixed in his direction; the
  period is the officer's (period=OFFICER). Not automatic and no consequence in the Act: the clock shows and
  reminds; once past, the items still open are on the ARCS's list (audit.work_selectors).
- FOLLOWUP (audit_followup_report_3m, s.85(2)): the Board's report three months from the AGM's acceptance, a
  filing rolled past closed days. Expiry kind FLAG: the sweeper audits_flag_missing_followup raises a compliance
  flag dated the day after the last day; only the Registrar's order confirming it ends the Board (never this
  clock). Order 62: after supervision's Board-ending effects (40-44), so a late run finds the same Board.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from registrar.clocks import FLAG, OFFICER, SECRETARIES, Clock, Expiry, Reminders, declare
from registrar.l10n import display_date

from . import work_rules
from .models import AuditReport, RectificationDirection

RECTIFY_BY = _("Audit defects %(year)s to be rectified by (direction %(number)s)")
FOLLOWUP_BY = _("Board's report on the audit %(year)s due by")

RECTIFY_REMINDER_SUBJECT = _("Reminder: rectify the audit defects of %(society)s by %(last_day)s")
RECTIFY_REMINDER_BODY = _("The Registrar's direction %(number)s (s.85(1)) fixed %(last_day)s for rectifying the "
                          "defects of the audit for %(year)s (%(days)s day(s) left). Record what was done on each "
                          "item, with its evidence, on the portal.")
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


RECTIFICATION = declare(Clock(
    name="audit_rectification", rule_id="audit_rectification_registrar_time", model=RectificationDirection,
    due_field="rectify_by", open=Q(closed_on__isnull=True), period=OFFICER,
    society="audit__society", district="audit__society__district",
    related=("audit__society", "audit__society__district", "order"),
    subject=lambda d: f"{d.audit.society.registration_number} · {d.audit.society.name}: "
                      f"rectification of audit defects {d.audit.fy_label} ({d.order.number})",
    url=lambda d: _office_url(d.audit_id),
    timeline_label=lambda d: gettext(RECTIFY_BY) % {"year": d.audit.fy_label, "number": d.order.number},
    reminders=Reminders(
        sweeper="audit_rectification_remind", order=63, recipients=SECRETARIES, trigger="made_on",
        subject=RECTIFY_REMINDER_SUBJECT, body=RECTIFY_REMINDER_BODY,
        params=lambda d, today: {"society": d.audit.society.name, "number": d.order.number,
                                 "year": d.audit.fy_label, "last_day": display_date(d.rectify_by),
                                 "days": (d.rectify_by - today).days},
        url=lambda d: reverse("audit_society_audit", args=[d.audit_id]),
        description="Remind secretaries 15, 7 and 1 day(s) before the date fixed for rectification (s.85(1))."),
))

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
