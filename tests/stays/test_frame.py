"""The clock frame and stays (ADR 0032-stays): an order's own effect, swept by a clock declared `stayed_by`,
does not fall while a stay is in force and falls on the later of its legal date and the day after the stay
ends, the same whether the sweeper runs daily or once late, once however often it runs; a deemed outcome
against the Registrar cannot be declared stayed_by."""

from datetime import date, timedelta

import pytest
from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from orders import services
from orders.actions import OrderAction
from orders.clocks import order_effect_clock
from orders.models import Order
from registrar import sweeps
from registrar.clocks import DEEMED_AGAINST_REGISTRAR, EFFECT, ITSELF, Clock, Expiry, declaration
from registrar.models import ActivityEntry, SweepProblem
from tests.stays.triad_cases import make_order

SWEEPER = "test_orders_take_effect"
LAST_DAY = date(2027, 3, 9)   # the order takes effect on 10 Mar 2027


@pytest.fixture
def effect_clock():
    """The clock a module declares for its orders' own effect (orders.clocks), over flag orders for the test,
    citing a real automatic effect rule; removed again so no other test sees it."""
    effects = []
    clock = order_effect_clock(
        name="test_order_takes_effect", rule_id="cancellation_takes_effect", kinds=("governance.flag_order",),
        sweeper=SWEEPER, order=99, description="Test: an order's own effect.",
        effect=lambda order, on: effects.append((order.pk, on)) or f"module effect on {on}")
    yield effects
    declaration._CLOCKS.pop(clock.name)
    sweeps._REGISTRY.pop(SWEEPER)


def _order_with_effect():
    order = make_order(made_on=date(2027, 3, 1))
    Order.objects.filter(pk=order.pk).update(takes_effect_after=LAST_DAY)
    return order


def _run(days, stay=None, officer=None):
    """Make the order, grant/vacate its stay on the days given (as the officer would), run the sweeper on
    `days`; return (took_effect_on, entries, module effects, problems) and roll everything back."""
    savepoint = transaction.savepoint()
    try:
        order = _order_with_effect()
        actions = {}
        if stay:
            granted, vacated = stay
            actions[granted] = lambda: services.stay_grant(order_id=order.pk, actor=officer, granted_on=granted,
                                                           pending="Appeal 7/2027", reasons="Heard", today=granted)
            if vacated:
                actions[vacated] = lambda: services.stay_vacate(order_id=order.pk, actor=officer,
                                                                vacated_on=vacated, today=vacated)
        day = min([*days, *actions])
        while day <= max([*days, *actions]):
            if day in actions:
                actions[day]()
            if day in days:
                sweeps.run_all(today=day, only=SWEEPER)
            day += timedelta(days=1)
        order.refresh_from_db()
        entries = list(ActivityEntry.objects.filter(action=OrderAction.TOOK_EFFECT).values_list("data", flat=True))
        return order.took_effect_on, entries, SweepProblem.objects.filter(sweeper=SWEEPER).count()
    finally:
        transaction.savepoint_rollback(savepoint)


def _days(first, last):
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@pytest.mark.django_db
def test_order_effect_falls_on_its_legal_date_without_a_stay(effect_clock):
    assert _run(_days(date(2027, 3, 8), date(2027, 3, 9)))[0] is None  # not yet
    took, entries, problems = _run(_days(date(2027, 3, 8), date(2027, 3, 12)))
    assert (took, problems) == (date(2027, 3, 10), 0)
    assert [(e["took_effect_on"], e["held_by_stay"]) for e in entries] == [("2027-03-10", False)]


@pytest.mark.django_db
def test_stayed_order_effect_is_held_while_the_stay_is_in_force(effect_clock, arcs_officer):
    took, entries, problems = _run(_days(date(2027, 3, 8), date(2027, 3, 31)), stay=(date(2027, 3, 5), None),
                                   officer=arcs_officer)
    assert (took, entries, problems) == (None, [], 0)  # skipped each day: no effect, no entry, no sweep problem
    assert effect_clock == []


@pytest.mark.django_db
@pytest.mark.parametrize(("vacated", "falls"), [
    (date(2027, 3, 7), date(2027, 3, 10)),    # vacated before the legal date: the legal date
    (date(2027, 3, 14), date(2027, 3, 15)),   # vacated after it: the day after the stay ended
])
def test_stayed_order_effect_falls_the_same_day_by_day_and_late(effect_clock, arcs_officer, vacated, falls):
    stay = (date(2027, 3, 5), vacated)
    daily = _run(_days(date(2027, 3, 8), date(2027, 3, 25)), stay=stay, officer=arcs_officer)
    late = _run([date(2027, 3, 8), date(2027, 3, 25)], stay=stay, officer=arcs_officer)  # beat down 9-24 Mar
    twice = _run([date(2027, 3, 25), date(2027, 3, 25)], stay=stay, officer=arcs_officer)
    assert daily == late == twice
    took, entries, problems = daily
    assert (took, problems) == (falls, 0)
    assert [(e["legal_date"], e["took_effect_on"], e["held_by_stay"]) for e in entries] == [
        ("2027-03-10", falls.isoformat(), falls != date(2027, 3, 10))]


@pytest.mark.django_db
def test_stayed_order_effect_vacated_today_falls_tomorrow(effect_clock, arcs_officer):
    stay = (date(2027, 3, 5), date(2027, 3, 14))
    assert _run([date(2027, 3, 14)], stay=stay, officer=arcs_officer)[0] is None
    assert _run([date(2027, 3, 14), date(2027, 3, 15)], stay=stay, officer=arcs_officer)[0] == date(2027, 3, 15)


@pytest.mark.django_db
def test_order_effect_calls_the_modules_effect_once_with_its_date(effect_clock, arcs_officer):
    order = _order_with_effect()
    services.stay_grant(order_id=order.pk, actor=arcs_officer, granted_on=date(2027, 3, 5), pending="Appeal",
                        reasons="Heard", today=date(2027, 3, 5))
    services.stay_vacate(order_id=order.pk, actor=arcs_officer, vacated_on=date(2027, 3, 20), today=date(2027, 3, 20))
    for day in (date(2027, 3, 25), date(2027, 3, 26)):
        sweeps.run_all(today=day, only=SWEEPER)
    assert effect_clock == [(order.pk, date(2027, 3, 21))]


@pytest.mark.parametrize("rule_id", sorted(DEEMED_AGAINST_REGISTRAR))
def test_declaring_stayed_by_on_a_deemed_outcome_against_the_registrar_raises(rule_id):
    with pytest.raises(ValueError, match=rf"{rule_id} is a deemed outcome against the Registrar \(s\."):
        Clock(name="wrong", rule_id=rule_id, model=Order, due_field="takes_effect_after", open=Q(),
              district="district", subject=str, url=str,
              expiry=Expiry(EFFECT, sweeper="wrong", order=1, description="", apply=lambda row, today, on: None,
                            stayed_by=ITSELF))


def test_deemed_against_registrar_names_the_three_sections():
    assert DEEMED_AGAINST_REGISTRAR == {"registration_deemed_60d": "11 proviso",
                                        "membership_deemed_admission_90d": "20(2)",
                                        "gm_proceedings_deemed_approved_15d": "45(1)"}


def test_stayed_by_needs_a_per_row_apply():
    with pytest.raises(ValueError, match="applied per row"):
        Expiry(EFFECT, sweeper="wrong", order=1, description="", settle=lambda society, today: None,
               stayed_by=ITSELF)


@pytest.mark.django_db
def test_deadlines_board_shows_a_held_effect_as_stayed_not_overdue(effect_clock, arcs_officer, client, monkeypatch):
    """A stay holds the order's effect: on the board (and its report and CSV) the row is "stayed", neither
    overdue nor due; once vacated it shows the day the effect now falls, and after that day it is overdue again
    (the sweeper has not applied it)."""
    from registrar import reports
    from registrar.deadlines import board_list
    from tests.reports_support import assert_figures_match_lists

    stayed, plain = _order_with_effect(), _order_with_effect()
    services.stay_grant(order_id=stayed.pk, actor=arcs_officer, granted_on=date(2027, 3, 5),
                        pending="Appeal 7/2027", reasons="Heard", today=date(2027, 3, 5))

    def board(today, **filters):
        return {d.subject_label.split(" · ")[0]: d for d in board_list(arcs_officer, today, **filters)
                if d.clock == "test_order_takes_effect"}

    today = date(2027, 3, 20)
    rows = board(today)
    assert rows[stayed.number].stay_in_force and not rows[stayed.number].is_overdue(today)
    assert rows[plain.number].is_overdue(today) and not rows[plain.number].stayed
    assert list(board(today, state="overdue")) == [plain.number]
    assert list(board(today, state="stayed")) == [stayed.number]
    assert stayed.number not in board(today, state="due")
    values = {f.key: v for f, v in reports.get("deadlines").compute(arcs_officer, today, {})}
    assert values["stayed"] == 1
    assert_figures_match_lists(reports.get("deadlines"), arcs_officer, today)

    monkeypatch.setattr("registrar.clock.today", lambda: today)
    client.force_login(arcs_officer)
    page = client.get(reverse("deadlines_board")).content.decode()
    assert "Stayed: the effect is held while the stay is in force" in page
    csv_rows = client.get(reverse("deadlines_board"), {"format": "csv", "state": "stayed"}).content.decode()
    assert stayed.number in csv_rows and ",stayed," in csv_rows and plain.number not in csv_rows

    services.stay_vacate(order_id=stayed.pk, actor=arcs_officer, vacated_on=date(2027, 3, 21),
                         today=date(2027, 3, 21))
    held = board(date(2027, 3, 21))[stayed.number]
    assert (held.stayed, held.stay_in_force, held.held_until) == (True, False, date(2027, 3, 22))
    assert board(date(2027, 3, 23))[stayed.number].is_overdue(date(2027, 3, 23))   # falls on 22 Mar; not applied
