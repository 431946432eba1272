"""The two months (s.94(4)-(7)): the effect sweeper `cancellations_take_effect` at the last day and the day after,
twice, late, never while an appeal or a stay is recorded; the appeal through the register of appeals (recorded,
confirmed, allowed); the appeal recorded late, after the effect, set aside by a rectification order."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from appeals.models import Outcome
from appeals.services import appeal_decide, appeal_file
from appeals.services.proceedings import appeal_stay
from liquidation.models import WindingUp, WindingUpState
from liquidation.selectors import in_effect, is_paused
from liquidation.services.appeal import cancellation_confirm
from orders.services import order_record_communication
from registrar import sweeps
from registrar.models import ActivityEntry
from registrar.rectification import effect_rectify
from societies.status import statuses
from tests.liquidation.cancellation_helpers import published

pytestmark = pytest.mark.django_db
SWEEPER = "cancellations_take_effect"
LAST_DAY, EFFECT_DAY = date(2026, 8, 1), date(2026, 8, 2)


def _sweep(today):
    sweeps.run_all(today=today, only=SWEEPER)


def _reload(case):
    # FSM fields are protected: read the rows again rather than refresh_from_db().
    return WindingUp.objects.select_related("society", "cancellation_order").get(pk=case.pk)


def _paper_appeal(case, officer, *, received_on, today):
    return appeal_file(order_id=case.cancellation_order_id, actor=officer, route="appeal", today=today,
                       received_on=received_on, appellant_name="Jogen Kalita (member No. 17)",
                       appellant_address="Dhekiajuli", grounds="The meeting was not quorate.",
                       relief="Set aside the cancellation.")


def _took_effect_entries():
    return ActivityEntry.objects.filter(action="liquidation.cancellation_took_effect").count()


def test_cancellation_effect_not_on_the_last_day_then_the_day_after(secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    _sweep(LAST_DAY)
    assert _reload(case).state == WindingUpState.CANCELLATION_ORDERED and not in_effect(case)
    _sweep(EFFECT_DAY)
    case = _reload(case)
    assert case.state == WindingUpState.IN_LIQUIDATION and case.society.legal_status == "in_liquidation"
    assert case.takes_effect_on == EFFECT_DAY and case.cancellation_order.took_effect_on == EFFECT_DAY
    assert in_effect(case)


def test_cancellation_effect_run_twice_applies_once(secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    _sweep(EFFECT_DAY)
    _sweep(EFFECT_DAY)
    _sweep(date(2026, 8, 3))
    assert _took_effect_entries() == 1 and _reload(case).takes_effect_on == EFFECT_DAY


def test_cancellation_effect_run_late_is_dated_on_the_legal_day(secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    _sweep(date(2026, 9, 15))
    assert _reload(case).takes_effect_on == EFFECT_DAY
    entry = ActivityEntry.objects.get(action="liquidation.cancellation_took_effect")
    assert entry.actor is None and entry.data["took_effect_on"] == "2026-08-02"


def test_cancellation_window_ending_on_a_closed_day_moves_the_effect(secretary, arcs_officer):
    from registrar.models import Holiday

    Holiday.objects.create(date=LAST_DAY, name="Closure")
    case = published(secretary, arcs_officer)  # 1 Aug closed, 2 Aug a Sunday: the appeal runs to 3 Aug
    assert case.cancellation_order.takes_effect_after == date(2026, 8, 3)
    _sweep(date(2026, 8, 3))
    assert _reload(case).state == WindingUpState.CANCELLATION_ORDERED
    _sweep(date(2026, 8, 4))
    assert _reload(case).takes_effect_on == date(2026, 8, 4)


def test_cancellation_no_effect_while_an_appeal_is_recorded_then_confirmed(secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    appeal = _paper_appeal(case, arcs_officer, received_on=date(2026, 7, 20), today=date(2026, 7, 21))
    case = _reload(case)
    assert case.state == WindingUpState.APPEAL_PENDING
    assert case.society.legal_status == "cancellation_appeal_pending"
    assert statuses([case.society], date(2026, 7, 22))[case.society.pk].text == (
        "Cancellation under appeal to the State Government since 20 July 2026")
    _sweep(date(2026, 9, 1))
    assert _reload(case).state == WindingUpState.APPEAL_PENDING and _took_effect_entries() == 0
    with pytest.raises(ValidationError):  # the Government has not decided
        cancellation_confirm(winding_up_id=case.pk, actor=arcs_officer, today=date(2026, 9, 1))
    appeal = appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.DISMISSED,
                           text="No ground: the meeting was quorate.", today=date(2026, 10, 5))
    order_record_communication(order_id=appeal.decision_order_id, actor=arcs_officer,
                               communicated_on=date(2026, 10, 7), reference="RL9", today=date(2026, 10, 8))
    case = cancellation_confirm(winding_up_id=case.pk, actor=arcs_officer, today=date(2026, 10, 8))
    case = _reload(case)
    assert case.state == WindingUpState.IN_LIQUIDATION and case.takes_effect_on == date(2026, 10, 7)
    assert case.society.legal_status == "in_liquidation"


def test_cancellation_appeal_allowed_registers_the_society_again(secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    appeal = _paper_appeal(case, arcs_officer, received_on=date(2026, 7, 20), today=date(2026, 7, 21))
    appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.ALLOWED,
                  text="The meeting was not quorate.", today=date(2026, 9, 1))
    case = _reload(case)
    assert case.state == WindingUpState.SET_ASIDE and case.society.legal_status == "registered"
    assert not case.cancellation_order.in_force


def test_cancellation_no_effect_while_stayed_then_the_day_after_the_stay(secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    appeal = _paper_appeal(case, arcs_officer, received_on=date(2026, 7, 20), today=date(2026, 7, 21))
    appeal_stay(appeal_id=appeal.pk, actor=arcs_officer, reasons="Appeal pending.", granted_on=date(2026, 7, 22),
                today=date(2026, 7, 22))
    assert is_paused(_reload(case), date(2026, 7, 23))
    _sweep(date(2026, 8, 10))
    assert _took_effect_entries() == 0


def test_cancellation_stay_of_an_unappealed_order_holds_the_effect(secretary, arcs_officer):
    from orders.services import stay_grant, stay_vacate

    case = published(secretary, arcs_officer)
    order = case.cancellation_order
    stay_grant(order_id=order.pk, actor=arcs_officer, granted_on=date(2026, 7, 30), pending="Review petition",
               reasons="Review pending.", today=date(2026, 7, 30))
    _sweep(date(2026, 8, 20))
    assert _reload(case).state == WindingUpState.CANCELLATION_ORDERED and _took_effect_entries() == 0
    stay_vacate(order_id=order.pk, actor=arcs_officer, vacated_on=date(2026, 8, 20), today=date(2026, 8, 20))
    _sweep(date(2026, 8, 25))
    assert _reload(case).takes_effect_on == date(2026, 8, 21)  # the later of 2 Aug and the day after the stay


def test_cancellation_appeal_recorded_late_is_set_aside_by_rectification(secretary, arcs_officer, registrar):
    case = published(secretary, arcs_officer)
    _sweep(EFFECT_DAY)
    assert _reload(case).state == WindingUpState.IN_LIQUIDATION
    # A paper appeal received on 30 Jul (in time) is entered on 10 Aug, after the effect.
    _paper_appeal(case, arcs_officer, received_on=date(2026, 7, 30), today=date(2026, 8, 10))
    assert _reload(case).state == WindingUpState.IN_LIQUIDATION  # the receiver leaves an applied effect alone
    entry = ActivityEntry.objects.get(action="liquidation.cancellation_took_effect")
    with pytest.raises(ValidationError):  # a date after the appeal's last day does not hold the order
        effect_rectify(entry_seq=entry.seq, actor=registrar, real_date=date(2026, 8, 5), reasons="Late.",
                       today=date(2026, 8, 10))
    effect_rectify(entry_seq=entry.seq, actor=registrar, real_date=date(2026, 7, 30),
                   reasons="Appeal received at the counter on 30 July.", today=date(2026, 8, 10))
    case = _reload(case)
    assert case.state == WindingUpState.APPEAL_PENDING and case.takes_effect_on is None
    assert case.society.legal_status == "cancellation_appeal_pending"
    assert case.cancellation_order.took_effect_on is None and case.cancellation_order.takes_effect_after is None
    _sweep(date(2026, 8, 11))
    assert _reload(case).state == WindingUpState.APPEAL_PENDING


def test_cancellation_status_note_names_the_window(secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    society = _reload(case).society
    assert statuses([society], date(2026, 7, 1))[society.pk].text == (
        "Cancellation ordered; the members' appeal window is open until 1 August 2026")


def _cases(sonitpur, officer, count, state, legal):
    from liquidation.models import WindingUp as Case
    from orders.services import order_issue
    from tests.membership.helpers import make_society

    societies = []
    for _n in range(count):
        society = make_society(sonitpur, legal_status=legal)
        case = Case.objects.create(society=society, district=sonitpur, route="voluntary", state=state,
                                   opened_on=date(2026, 5, 1), gazette_published_on=date(2026, 6, 1))
        order = order_issue(kind="liquidation.cancellation", subject="x", made_on=date(2026, 5, 25), target=case,
                            society=society, officer=officer)
        Case.objects.filter(pk=case.pk).update(cancellation_order=order)
        society.refresh_from_db(fields=["name"])
        societies.append(society)
    return societies


@pytest.mark.parametrize(("state", "legal"), [("cancellation_ordered", "cancellation_ordered"),
                                              ("appeal_pending", "cancellation_appeal_pending")])
def test_cancellation_status_notes_fixed_queries_at_two_sizes(sonitpur, arcs_officer, state, legal):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for size in (2, 6):
        societies = _cases(sonitpur, arcs_officer, size, state, legal)
        with CaptureQueriesContext(connection) as queries:
            result = statuses(societies, date(2026, 7, 1))
        assert all(result[s.pk].notes for s in societies)
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_cancellation_change_feed_carries_the_order_publication_and_effect(secretary, arcs_officer):
    from openregister.feed import read

    case = published(secretary, arcs_officer)
    _sweep(EFFECT_DAY)
    events, _cursor = read(after=0)
    ours = [e for e in events if e["event"].startswith("cancellation_")]
    assert [e["event"] for e in ours] == ["cancellation_ordered", "cancellation_published",
                                          "cancellation_took_effect"]
    assert ours[1]["published_on"] == "2026-06-01" and ours[2]["took_effect_on"] == "2026-08-02"
    assert ours[0]["order"] == _reload(case).cancellation_order.number
