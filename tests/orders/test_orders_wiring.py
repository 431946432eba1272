"""The office's existing decisions and letters each enter the register of orders, once, in their service's
transaction (issue 13 point 1): kind, number, token, officer and rank, dates, windows.

Registration dates: received 15 Jan 2026, last day 16 Mar 2026 (day 60), deemed registered from 17 Mar 2026.
"""

import io
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from orders import kinds
from orders.models import Order
from orders.services import order_for
from registrar.models import Officer, RectificationOrder
from registrar.rectification import effect_rectify
from societies.governance import sweepers as gov_sweepers
from societies.governance.services.flags import flag_dismiss, flag_raise
from societies.governance.services.officer import ORDER_NUMBER_TAKEN, officer_appoint
from societies.registration import services
from societies.registration.documents import hearing_notice_pdf, query_memo_pdf, refusal_order_pdf
from societies.registration.sweepers import applications_deem_registered
from tests.gov_sweepers.helpers import elect_board, make_society
from tests.gov_sweepers.helpers import reload as reload_row
from tests.rectification.helpers import make_deemed
from tests.societies.helpers import make_submitted, reload

pytestmark = pytest.mark.django_db

RECEIVED = date(2026, 1, 15)


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def _only(kind: str) -> Order:
    [order] = Order.objects.filter(kind=kind)
    return order


@pytest.fixture
def heard(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=RECEIVED)
    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    services.application_schedule_hearing(application_id=application.pk, actor=arcs_officer,
                                          today=date(2026, 2, 2), hearing_on=date(2026, 2, 16))
    return reload(application)


def test_register_issues_one_certificate_order_carrying_the_certificates_token(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=RECEIVED)
    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    society = services.application_register(application_id=application.pk, actor=arcs_officer,
                                            today=date(2026, 3, 10), dispatched_on=date(2026, 3, 9))
    certificate = society.certificate
    [order] = Order.objects.all()
    assert (order.kind, order.number, order.token) == (
        kinds.CERTIFICATE.code, society.registration_number, certificate.token)
    assert order.target == certificate
    assert (order.officer, order.officer_rank, order.society, order.district) == (
        arcs_officer, "arcs", society, sonitpur)
    assert (order.made_on, order.communicated_on, order.communication_recorded) == (
        date(2026, 3, 9), date(2026, 3, 9), True)
    assert (order.section, order.rule_id, order.decides, order.reviewable, order.appealable) == (
        "11", "registration_certificate_60d", True, True, True)
    assert society.name in order.subject


def test_deemed_registration_issues_a_system_certificate_order_communicated_on_the_sweep_day(citizen, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=RECEIVED)
    assert applications_deem_registered(today=date(2026, 3, 20)).count == 1  # a late sweep: legal day 17 Mar
    society = reload(application).society
    [order] = Order.objects.all()
    assert (order.kind, order.number, order.token) == (
        kinds.DEEMED_CERTIFICATE.code, society.registration_number, society.certificate.token)
    assert order.target == society.certificate
    assert (order.officer, order.officer_rank) == (None, "")
    assert (order.made_on, order.communicated_on) == (date(2026, 3, 17), date(2026, 3, 20))
    assert (order.decides, order.reviewable, order.appealable) == (True, False, False)


def test_hearing_notice_is_a_numbered_letter_without_windows(heard, arcs_officer, sonitpur):
    order = _only(kinds.HEARING_NOTICE.code)
    assert order.number == "HRG/SNT/2026/000001"
    assert order.target == heard
    assert (order.officer, order.officer_rank, order.district, order.society) == (arcs_officer, "arcs", sonitpur,
                                                                                   None)
    assert (order.made_on, order.communicated_on) == (date(2026, 2, 2), date(2026, 2, 2))
    assert (order.decides, order.reviewable, order.appealable) == (False, False, False)
    assert "HRG/SNT/2026/000001" in _text(hearing_notice_pdf(heard))


def test_refusal_issues_one_reviewable_order_numbered_in_its_series(heard, arcs_officer, sonitpur):
    services.application_refuse(application_id=heard.pk, actor=arcs_officer, today=date(2026, 2, 20),
                                reasons="s.6(3): a fishery society is registered.", dispatched_on=date(2026, 2, 18))
    order = _only(kinds.REFUSAL.code)
    assert order.number == "REF/SNT/2026/000001"
    assert order.target == heard
    assert (order.officer, order.officer_rank, order.district) == (arcs_officer, "arcs", sonitpur)
    assert (order.made_on, order.communicated_on) == (date(2026, 2, 18), date(2026, 2, 18))
    assert (order.section, order.decides, order.reviewable, order.appealable) == ("10(2)", True, True, True)
    assert Order.objects.count() == 2  # the hearing notice and the refusal, nothing else
    assert "REF/SNT/2026/000001" in _text(refusal_order_pdf(reload(heard)))


def test_query_memos_are_letters_numbered_one_after_another(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=RECEIVED)
    items = [{"subject": "Proposed bye-laws", "reason": "incomplete"}]
    first = services.application_send_query(application_id=application.pk, actor=arcs_officer,
                                            today=date(2026, 1, 20), items=items)
    second = services.application_send_query(application_id=application.pk, actor=arcs_officer,
                                             today=date(2026, 1, 27), items=items)
    one, two = order_for(first, kinds.QUERY_MEMO.code), order_for(second, kinds.QUERY_MEMO.code)
    assert (one.number, two.number) == ("QRY/SNT/2026/000001", "QRY/SNT/2026/000002")
    assert (one.officer, one.made_on, one.communicated_on) == (arcs_officer, date(2026, 1, 20), date(2026, 1, 20))
    assert (one.decides, one.reviewable, one.appealable) == (False, False, False)
    assert Order.objects.count() == 2
    assert "QRY/SNT/2026/000001" in _text(query_memo_pdf(first))


def test_flag_order_keeps_its_number_and_cites_the_flags_rule(secretary, registrar):
    society = make_society(secretary=secretary)
    flag, _ = flag_raise(society, "part_year_meetings", "board_meetings_min_4_per_fy", "fy:2026-03-31", "facts",
                         date(2026, 5, 1))
    flag = flag_dismiss(flag_id=flag.pk, actor=registrar, order_text="The Board met four times.",
                        today=date(2026, 5, 10))
    [order] = Order.objects.all()
    assert (order.kind, order.number, order.target) == (kinds.FLAG_ORDER.code, flag.order_number, flag)
    assert order.number.startswith("RCS/FLAG/2026/")
    assert (order.section, order.rule_id) == ("43(1), 43(3), 43(4)", "board_meetings_min_4_per_fy")
    assert (order.officer, order.officer_rank, order.society) == (registrar, "rcs", society)
    assert (order.made_on, order.communicated_on) == (date(2026, 5, 10), None)  # dispatch entered later
    assert (order.reviewable, order.appealable) == (True, True)


def test_officer_in_charge_order_keeps_the_typed_number(secretary, arcs_officer):
    society = make_society(secretary=secretary)
    elect_board(society, date(2021, 8, 10))
    gov_sweepers.boards_end_expired_terms(today=date(2026, 8, 11))
    appointment = officer_appoint(society_id=society.pk, actor=arcs_officer,
                                  officer=Officer.objects.get(user=arcs_officer), appointed_on=date(2026, 10, 1),
                                  order_number="ARCS/SNT/41-6/2026/1", today=date(2026, 10, 2))
    [order] = Order.objects.all()
    assert (order.kind, order.number, order.target) == (
        kinds.OFFICER_IN_CHARGE.code, "ARCS/SNT/41-6/2026/1", appointment)
    assert (order.officer, order.officer_rank, order.made_on, order.section) == (
        arcs_officer, "arcs", date(2026, 10, 1), "41(6)")
    assert reload_row(society).governance_status == "officer_in_charge"


def test_officer_in_charge_number_taken_by_another_order_is_refused(secretary, arcs_officer, registrar):
    taken = make_society(secretary=secretary)
    flag, _ = flag_raise(taken, "part_year_meetings", "board_meetings_min_4_per_fy", "fy:x", "facts",
                         date(2026, 5, 1))
    number = flag_dismiss(flag_id=flag.pk, actor=registrar, order_text="Met.", today=date(2026, 5, 10)).order_number
    society = make_society(secretary=secretary)
    elect_board(society, date(2021, 8, 10))
    gov_sweepers.boards_end_expired_terms(today=date(2026, 8, 11))
    with pytest.raises(ValidationError) as excinfo:
        officer_appoint(society_id=society.pk, actor=arcs_officer, officer=Officer.objects.get(user=arcs_officer),
                        appointed_on=date(2026, 10, 1), order_number=number, today=date(2026, 10, 2))
    assert excinfo.value.messages == [str(ORDER_NUMBER_TAKEN) % {"number": number}]


def _rectify(entry, registrar, outcome):
    return effect_rectify(entry_seq=entry.seq, actor=registrar, real_date=date(2026, 3, 12), today=date(2026, 3, 20),
                          reasons="Posted 12 Mar 2026, entered on 18 Mar 2026.", outcome=outcome)


def test_rectification_refusal_sets_the_deemed_certificate_aside_and_enters_the_refusal(
        citizen, sonitpur, arcs_officer, registrar):
    application, entry = make_deemed(citizen, sonitpur, officer=arcs_officer, hearing_on=date(2026, 3, 5))
    deemed = _only(kinds.DEEMED_CERTIFICATE.code)
    rectification = _rectify(entry, registrar, "refusal")
    assert isinstance(rectification, RectificationOrder)
    rect = _only(kinds.RECTIFICATION.code)
    assert (rect.number, rect.target, rect.officer, rect.officer_rank, rect.made_on) == (
        "RCS/RECT/2026/0001", rectification, registrar, "rcs", date(2026, 3, 20))
    deemed.refresh_from_db()
    assert (deemed.set_aside_by, deemed.set_aside_on, deemed.in_force) == (rect, date(2026, 3, 20), False)
    refusal = _only(kinds.REFUSAL.code)
    assert (refusal.target, refusal.made_on, refusal.communicated_on, refusal.officer) == (
        reload(application), date(2026, 3, 12), date(2026, 3, 12), None)
    assert refusal.number == "REF/SNT/2026/000001"


def test_rectification_certificate_turns_the_deemed_order_into_the_certificate(citizen, sonitpur, registrar):
    application, entry = make_deemed(citizen, sonitpur)
    deemed = _only(kinds.DEEMED_CERTIFICATE.code)
    _rectify(entry, registrar, "certificate")
    order = Order.objects.get(pk=deemed.pk)
    assert (order.kind, order.number, order.token, order.in_force) == (
        kinds.CERTIFICATE.code, deemed.number, reload(application).society.certificate.token, True)
    assert (order.made_on, order.communicated_on, order.reviewable, order.appealable) == (
        date(2026, 3, 12), date(2026, 3, 12), True, True)
    assert Order.objects.filter(kind=kinds.RECTIFICATION.code).count() == 1
