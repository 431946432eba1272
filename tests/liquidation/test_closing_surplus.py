"""The closing's order of steps: the final report only in liquidation and never during a stay, the certificate with
its PDF, the closing notice, and the surplus (never divided: the bye-laws' object, else the members' choice within
three months of the closing notice, else the Registrar's order; ss.96, 98, lifecycles.md §15 item 14)."""

from datetime import date
from io import BytesIO

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from pypdf import PdfReader

from liquidation import documents_closing, periods
from liquidation.models import Closing, SurplusBasis
from liquidation.services import closing as services
from orders.services import stay_grant
from registrar.models import ActivityEntry
from societies.models import Society

from .closing_helpers import in_liquidation, ordered, report_filed

ORDER_ON = date(2026, 6, 1)
REPORT_ON = date(2029, 3, 2)
DISSOLVE_ON = date(2029, 3, 16)
CUSTODY = "Records deposited in the Sonitpur district office's record room"

pytestmark = pytest.mark.django_db


def _dissolve(case, officer, on=DISSOLVE_ON):
    return services.closing_dissolve(winding_up_id=case.pk, actor=officer, today=on, dissolved_on=on,
                                     records_custody=CUSTODY)


def _notice(case, officer, on):
    return services.closing_record_notice(winding_up_id=case.pk, actor=officer, today=on, published_on=on,
                                          gazette_number="AG-512/2029")


def test_closing_report_refused_before_effect_and_during_a_stay(arcs_officer, sonitpur):
    pending = ordered(sonitpur, arcs_officer, arcs_officer, order_on=ORDER_ON, published_on=date(2026, 6, 8))
    with pytest.raises(ValidationError) as early:
        report_filed(pending, arcs_officer, filed_on=date(2026, 7, 1))
    assert early.value.messages == [str(services.NOT_IN_LIQUIDATION)]
    case = in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=ORDER_ON)
    stay_grant(order_id=case.cancellation_order_id, actor=arcs_officer, granted_on=date(2027, 1, 4),
               pending="Review of the cancellation order", reasons="Stayed pending review.", today=date(2027, 1, 4))
    with pytest.raises(ValidationError) as stayed:
        report_filed(case, arcs_officer, filed_on=date(2027, 2, 1))
    assert stayed.value.messages == [str(services.STAYED)]


def test_closing_dissolves_with_certificate_pdf_and_one_activity_entry(arcs_officer, citizen, sonitpur):
    case = in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=ORDER_ON)
    with pytest.raises(PermissionDenied):  # only the liquidator files the final report
        report_filed(case, citizen, filed_on=REPORT_ON)
    report_filed(case, arcs_officer, filed_on=REPORT_ON, surplus="25000", bye_law_object="Borpukhuri Primary School")
    with pytest.raises(ValidationError) as no_custody:
        services.closing_dissolve(winding_up_id=case.pk, actor=arcs_officer, today=DISSOLVE_ON,
                                  dissolved_on=DISSOLVE_ON, records_custody=" ")
    assert no_custody.value.message_dict["records_custody"] == [str(services.CUSTODY_NEEDED)]
    before = ActivityEntry.objects.count()
    closing = _dissolve(case, arcs_officer)
    assert ActivityEntry.objects.count() == before + 1
    society = Society.objects.get(pk=case.society_id)
    assert society.legal_status == "dissolved"
    assert (closing.liquidator_discharged_on, closing.surplus_basis) == (DISSOLVE_ON, SurplusBasis.BYE_LAW)
    assert closing.certificate.order_kind.public and closing.closing_order.order_kind.public
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(
        documents_closing.closing_pdf(closing, "certificate"))).pages).split())
    assert "Certificate of Dissolution" in text and closing.certificate.number in text
    assert "16 March 2029" in text and society.name in text and "প্ৰমাণপত্ৰ" in text


def test_closing_surplus_goes_to_members_choice_within_three_months(arcs_officer, sonitpur):
    case = in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=ORDER_ON)
    report_filed(case, arcs_officer, filed_on=REPORT_ON, surplus="40000")
    _dissolve(case, arcs_officer)
    with pytest.raises(ValidationError) as no_notice:
        services.surplus_record_members_choice(winding_up_id=case.pk, actor=arcs_officer, today=date(2029, 3, 20),
                                               chosen_on=date(2029, 3, 20), object_chosen="Village library")
    assert no_notice.value.message_dict["chosen_on"] == [str(periods.SURPLUS_NO_NOTICE)]
    closing = _notice(case, arcs_officer, date(2029, 3, 30))
    assert closing.members_choose_by == date(2029, 6, 30) == periods.surplus_selection_last_day(date(2029, 3, 30))
    with pytest.raises(ValidationError) as too_early:  # the Registrar waits for the members' three months
        services.surplus_apply(winding_up_id=case.pk, actor=arcs_officer, today=date(2029, 6, 30),
                               object_applied="District co-operative development fund")
    assert "until 30 Jun 2029" in too_early.value.messages[0]
    with pytest.raises(ValidationError, match="ended on 30 Jun 2029"):  # the day after the three months
        services.surplus_record_members_choice(winding_up_id=case.pk, actor=arcs_officer, today=date(2029, 7, 1),
                                               chosen_on=date(2029, 7, 1), object_chosen="Village library")
    closing = services.surplus_record_members_choice(winding_up_id=case.pk, actor=arcs_officer,
                                                     today=date(2029, 7, 1), chosen_on=date(2029, 6, 30),
                                                     object_chosen="Village library")  # chosen on the last day
    assert (closing.surplus_basis, closing.members_object) == (SurplusBasis.MEMBERS, "Village library")
    with pytest.raises(ValidationError, match="already gone"):
        services.surplus_apply(winding_up_id=case.pk, actor=arcs_officer, today=date(2029, 7, 2),
                               object_applied="District co-operative development fund")


def test_closing_surplus_applied_by_registrar_after_the_three_months(arcs_officer, sonitpur):
    case = in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=ORDER_ON)
    report_filed(case, arcs_officer, filed_on=REPORT_ON, surplus="40000")
    _dissolve(case, arcs_officer)
    _notice(case, arcs_officer, date(2029, 3, 30))
    closing = services.surplus_apply(winding_up_id=case.pk, actor=arcs_officer, today=date(2029, 7, 1),
                                     object_applied="Reserve fund of the Borpukhuri Weavers' society")
    closing = Closing.objects.select_related("surplus_order").get(pk=closing.pk)
    assert closing.surplus_basis == SurplusBasis.REGISTRAR and closing.surplus_order.kind == "liquidation.surplus_order"
    assert closing.closing_order.published_on == date(2029, 3, 30)
