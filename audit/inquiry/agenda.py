"""The reports a society places before its general meeting (societies.governance.agenda): an inquiry report once
communicated (s.87(5), inquiry_report_before_next_gm) and an inspection report with the action-taken report
before the next AGM (s.88(4), inspection_report_before_next_agm)."""

from django.utils.translation import gettext_lazy as _

from societies.governance.agenda import ReportSource, register_report_source

from .models import InquiryCase, InquiryState, Inspection, InspectionState

INQUIRY_ITEM = _("Report of the inquiry %(reference)s under s.87, communicated on %(day)s (s.87(5))")
INSPECTION_ITEM = _("Report of the inspection %(reference)s under s.88 with the action-taken report (s.88(4))")


def _inquiries(society, day):
    return InquiryCase.objects.filter(society=society, state=InquiryState.COMMUNICATED,
                                      report_communicated_on__lte=day).select_related("district").order_by("pk")


def _inspections(society, day):
    return Inspection.objects.filter(society=society, state=InspectionState.RESULT_COMMUNICATED,
                                     result_communicated_on__lte=day).select_related("district").order_by("pk")


def _place_inquiry(case, meeting, actor, today):
    from .services.inquiry import inquiry_report_place

    inquiry_report_place(case, meeting, actor, today)


def _place_inspection(inspection, meeting, actor, today):
    from .services.inspection import inspection_report_place

    inspection_report_place(inspection, meeting, actor, today)


INQUIRY_REPORTS = register_report_source(ReportSource(
    name="inquiry", model=InquiryCase, rule_id="inquiry_report_before_next_gm", pending=_inquiries,
    label=lambda c: str(INQUIRY_ITEM % {"reference": c.reference, "day": f"{c.report_communicated_on:%d %b %Y}"}),
    place=_place_inquiry))

INSPECTION_REPORTS = register_report_source(ReportSource(
    name="inspection", model=Inspection, rule_id="inspection_report_before_next_agm", pending=_inspections,
    label=lambda i: str(INSPECTION_ITEM % {"reference": i.reference}), place=_place_inspection, agm_only=True))
