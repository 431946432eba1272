"""The clocks of inquiry and inspection, declared once (registrar.clocks; lifecycles.md §9):

- INQUIRY_ORDER (inquiry_order_or_reject_10d): order or reject with reasons within 10 days of receipt (s.87(2)).
- INQUIRY_COMPLETE (inquiry_complete_30d): complete within 30 days of the order (s.87(3)); the inquiry officer
  named in the order has it on My work.
- INQUIRY_DELAY (inquiry_delay_reasons_15d): past the 30 days, the reasons for delay and the expected date go to
  the society and the applicant within 15 more days (s.87(4)(b)).
- INQUIRY_EXPECTED (inquiry_delay_reasons_15d notes): the expected date the delay letter gave (the officer's own
  date: the Act sets no outer limit, lifecycles.md §9 SILENT).
- INQUIRY_REPORT (inquiry_report_communication_30d): communicate the report within 30 days of completion
  (s.87(4)(a)).
- INSPECTION_TARGET (inquiry_complete_30d, as a service target): the Act sets no time for an inspection;
  lifecycles.md §9 DEFAULT: the same 30 days.
- SEIZURE_AUDIT (seized_records_immediate_audit): an audit or inspection open at once, flagged after 7 days.

None has an automatic effect (rules.yaml: "none stated"): each goes up the officer ladder (escalation=) from the
day after its last day, one rank more for every 15 further days, up to the Registrar.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks import FLAG, OFFICER, SERVICE, Clock, Escalation, Expiry, declare

from .models import InquiryCase, InquiryState, Inspection, InspectionState, Seizure
from .rules import ESCALATES_AFTER_DAYS

ESCALATION = Escalation(after_days=ESCALATES_AFTER_DAYS)
ORDER_BY = _("Last day to order or reject an application for inquiry (s.87(2))")
COMPLETE_BY = _("Last day to complete an inquiry (s.87(3))")
DELAY_BY = _("Last day to send the reasons for an inquiry's delay (s.87(4)(b))")
EXPECTED_BY = _("Expected date of completion of an inquiry, as the delay letter gave it")
REPORT_BY = _("Last day to communicate an inquiry report (s.87(4)(a))")
INSPECTION_BY = _("Target date of an inspection (30 days, the office's target)")
SEIZURE_BY = _("Audit or inspection to be opened on records seized (s.126(3))")


def _case_url(case) -> str:
    return reverse("office_inquiry_case", args=[case.pk])


def _subject(case) -> str:
    # The board and My work are office pages; still, the grounds never appear in a subject line.
    return f"{case.reference} · {case.society.name}"


INQUIRY_RELATED = ("society", "district")

INQUIRY_ORDER = declare(Clock(
    name="inquiry_order", rule_id="inquiry_order_or_reject_10d", model=InquiryCase, due_field="order_due_on",
    open=Q(state=InquiryState.RECEIVED),  # inquiry_order_due_idx
    district="district", related=INQUIRY_RELATED, subject=_subject, url=_case_url,
    met=~Q(state=InquiryState.RECEIVED), escalation=ESCALATION,
))

INQUIRY_COMPLETE = declare(Clock(
    name="inquiry_complete", rule_id="inquiry_complete_30d", model=InquiryCase, due_field="complete_due_on",
    open=Q(state=InquiryState.ORDERED),  # inquiry_complete_due_idx
    district="district", related=INQUIRY_RELATED, subject=_subject, url=_case_url,
    met=~Q(state=InquiryState.ORDERED), escalation=ESCALATION, assignee="inquiry_officer",
))

INQUIRY_DELAY = declare(Clock(
    name="inquiry_delay_letter", rule_id="inquiry_delay_reasons_15d", model=InquiryCase, due_field="delay_due_on",
    open=Q(state=InquiryState.ORDERED, delay_letter_on__isnull=True),
    district="district", related=INQUIRY_RELATED, subject=_subject, url=_case_url,
    met=Q(delay_letter_on__isnull=False) | ~Q(state=InquiryState.ORDERED),
    # Only rows past their 30 days are on the board and the timeline: before that no delay letter is due.
    timeline_rows=Q(state=InquiryState.ORDERED, delay_letter_on__isnull=True),
    escalation=ESCALATION, assignee="inquiry_officer",
))

INQUIRY_EXPECTED = declare(Clock(
    name="inquiry_expected_completion", rule_id="inquiry_delay_reasons_15d", model=InquiryCase,
    due_field="expected_on", open=Q(state=InquiryState.ORDERED, expected_on__isnull=False), period=OFFICER,
    district="district", related=INQUIRY_RELATED, subject=_subject, url=_case_url,
    met=~Q(state=InquiryState.ORDERED), escalation=ESCALATION, assignee="inquiry_officer",
))

INQUIRY_REPORT = declare(Clock(
    name="inquiry_report", rule_id="inquiry_report_communication_30d", model=InquiryCase,
    due_field="report_due_on", open=Q(state=InquiryState.COMPLETED),  # inquiry_report_due_idx
    district="district", related=INQUIRY_RELATED, subject=_subject, url=_case_url,
    met=~Q(state=InquiryState.COMPLETED), escalation=ESCALATION,
))

# lifecycles.md §9: the Act sets no time for an inspection; DEFAULT the inquiry's 30 days, so the clock carries
# that rule (the catalogue's), as the office's service target.
INSPECTION_TARGET = declare(Clock(
    name="inspection_target", rule_id="inquiry_complete_30d", model=Inspection, due_field="target_on",
    open=Q(state__in=[InspectionState.ORDERED, InspectionState.IN_PROGRESS]),  # inspection_target_idx
    period=SERVICE, district="district", related=INQUIRY_RELATED,
    subject=lambda i: f"{i.reference} · {i.society.name}",
    url=lambda i: reverse("office_inspection", args=[i.pk]),
    met=~Q(state__in=[InspectionState.ORDERED, InspectionState.IN_PROGRESS]), escalation=ESCALATION,
    assignee="officer",
))


def _flag_seizure(seizure, today):
    from .services.seizure import seizure_flag_no_audit

    return seizure_flag_no_audit(seizure, today)


SEIZURE_AUDIT = declare(Clock(
    name="seizure_audit", rule_id="seized_records_immediate_audit", model=Seizure, due_field="flag_due_on",
    open=Q(inspection__isnull=True, audit_opened=False),  # seizure_flag_due_idx
    period=SERVICE, district="district", related=INQUIRY_RELATED,
    subject=lambda s: f"{s.order.number} · {s.society.name}",
    url=lambda s: reverse("office_inquiry_seizure", args=[s.pk]),
    met=Q(inspection__isnull=False) | Q(audit_opened=True), escalation=ESCALATION,
    expiry=Expiry(FLAG, sweeper="seizures_flag_no_audit", order=66, apply=_flag_seizure,
                  due=Q(inspection__isnull=True, audit_opened=False, flagged_on__isnull=True),
                  related=("society", "district", "order"),
                  description="Flag a seizure of records (s.126) with no audit or inspection opened within 7 days "
                              "(the office's target; the Act says 'immediate steps')."),
))
