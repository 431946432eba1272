"""stay_grant and stay_vacate (orders.services): each refusal with its message, one activity entry each."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from orders import services
from orders.actions import OrderAction
from orders.models import Order, Stay
from registrar.models import ActivityEntry
from tests.stays.triad_cases import make_order

pytestmark = pytest.mark.django_db

MADE = date(2026, 3, 2)
TODAY = date(2026, 3, 20)


def _grant(order, actor, granted_on=date(2026, 3, 5), today=TODAY):
    return services.stay_grant(order_id=order.pk, actor=actor, granted_on=granted_on,
                               pending="Review petition 4/2026", reasons="Prima facie case", today=today)


def _messages(excinfo) -> list[str]:
    return excinfo.value.messages


def _entries(action):
    return ActivityEntry.objects.filter(action=action).count()


def test_stay_grant_records_the_stay_and_one_entry(arcs_officer):
    order = make_order(made_on=MADE)
    stay = _grant(order, arcs_officer)
    assert (stay.order_id, stay.granted_on, stay.vacated_on, stay.granted_by) == (order.pk, date(2026, 3, 5), None,
                                                                                  arcs_officer)
    assert _entries(OrderAction.STAY_GRANTED) == 1


def test_stay_vacate_ends_the_stay_and_writes_one_entry(arcs_officer):
    order = make_order(made_on=MADE)
    _grant(order, arcs_officer)
    stay = services.stay_vacate(order_id=order.pk, actor=arcs_officer, vacated_on=date(2026, 3, 18), today=TODAY)
    assert (stay.vacated_on, stay.vacated_by) == (date(2026, 3, 18), arcs_officer)
    assert _entries(OrderAction.STAY_VACATED) == 1


@pytest.mark.parametrize(("granted_on", "message"), [
    (date(2026, 3, 21), "A stay cannot start after today."),
    (date(2026, 3, 1), "A stay cannot start before the order was made (02 Mar 2026)."),
])
def test_stay_grant_is_refused_outside_the_order_and_today(arcs_officer, granted_on, message):
    order = make_order(made_on=MADE)
    with pytest.raises(ValidationError) as excinfo:
        _grant(order, arcs_officer, granted_on=granted_on)
    assert _messages(excinfo) == [message]
    assert not Stay.objects.exists() and _entries(OrderAction.STAY_GRANTED) == 0


def test_stay_grant_is_refused_for_a_letter(arcs_officer):
    order = make_order(made_on=MADE, kind="registration.query_memo")
    with pytest.raises(ValidationError) as excinfo:
        _grant(order, arcs_officer)
    assert _messages(excinfo) == ["Only a decision can be stayed; this letter decides nothing."]


def test_stay_grant_is_refused_for_an_order_nothing_can_be_pending_against(arcs_officer):
    order = make_order(made_on=MADE, kind="registration.deemed_certificate")  # no review, no appeal
    with pytest.raises(ValidationError) as excinfo:
        _grant(order, arcs_officer)
    assert _messages(excinfo) == [str(services.STAY_NOTHING_PENDING)]


def test_stay_grant_is_refused_for_an_order_set_aside(arcs_officer):
    order = make_order(made_on=MADE)
    services.order_set_aside(order, by=make_order("The reviewing order", made_on=MADE), on=date(2026, 3, 4))
    with pytest.raises(ValidationError) as excinfo:
        _grant(order, arcs_officer)
    assert _messages(excinfo) == ["This order has been set aside; there is nothing to stay."]


def test_stay_grant_is_refused_while_already_stayed(arcs_officer):
    order = make_order(made_on=MADE)
    _grant(order, arcs_officer)
    with pytest.raises(ValidationError) as excinfo:
        _grant(order, arcs_officer, granted_on=date(2026, 3, 10))
    assert _messages(excinfo) == ["This order is already stayed (from 05 Mar 2026)."]
    assert Stay.objects.count() == 1 and _entries(OrderAction.STAY_GRANTED) == 1


def test_stay_grant_is_refused_overlapping_the_previous_stay(arcs_officer):
    order = make_order(made_on=MADE)
    _grant(order, arcs_officer)
    services.stay_vacate(order_id=order.pk, actor=arcs_officer, vacated_on=date(2026, 3, 10), today=TODAY)
    with pytest.raises(ValidationError) as excinfo:
        _grant(order, arcs_officer, granted_on=date(2026, 3, 10))
    assert _messages(excinfo) == ["A stay cannot start on or before the day the previous stay ended (10 Mar 2026)."]
    assert _grant(order, arcs_officer, granted_on=date(2026, 3, 11)).granted_on == date(2026, 3, 11)


def test_stay_grant_is_refused_back_to_an_effect_that_already_fell(arcs_officer):
    order = make_order(made_on=MADE)
    Order.objects.filter(pk=order.pk).update(takes_effect_after=date(2026, 3, 9), took_effect_on=date(2026, 3, 10))
    with pytest.raises(ValidationError) as excinfo:
        _grant(order, arcs_officer, granted_on=date(2026, 3, 10))
    assert _messages(excinfo) == ["This order took effect on 10 Mar 2026; a stay from that day or earlier cannot "
                                  "hold an effect that has already fallen."]
    assert _grant(order, arcs_officer, granted_on=date(2026, 3, 11)).granted_on == date(2026, 3, 11)


def test_stay_grant_and_vacate_are_refused_outside_the_officers_district(arcs_officer, other_district_officer):
    order = make_order(made_on=MADE)
    with pytest.raises(PermissionDenied):
        _grant(order, other_district_officer)
    _grant(order, arcs_officer)
    with pytest.raises(PermissionDenied):
        services.stay_vacate(order_id=order.pk, actor=other_district_officer, vacated_on=TODAY, today=TODAY)
    assert Stay.objects.get().vacated_on is None


def test_stay_grant_is_refused_below_the_arcs(auditor):
    with pytest.raises(PermissionDenied):
        _grant(make_order(made_on=MADE), auditor)


def test_stay_vacate_is_refused_without_a_stay(arcs_officer):
    order = make_order(made_on=MADE)
    with pytest.raises(ValidationError) as excinfo:
        services.stay_vacate(order_id=order.pk, actor=arcs_officer, vacated_on=TODAY, today=TODAY)
    assert _messages(excinfo) == ["This order is not stayed."]


@pytest.mark.parametrize(("vacated_on", "message"), [
    (date(2026, 3, 21), "A stay cannot be vacated after today."),
    (date(2026, 3, 4), "A stay cannot be vacated before it was granted (05 Mar 2026)."),
])
def test_stay_vacate_is_refused_outside_the_stay_and_today(arcs_officer, vacated_on, message):
    order = make_order(made_on=MADE)
    _grant(order, arcs_officer)
    with pytest.raises(ValidationError) as excinfo:
        services.stay_vacate(order_id=order.pk, actor=arcs_officer, vacated_on=vacated_on, today=TODAY)
    assert _messages(excinfo) == [message]
    assert Stay.objects.get().vacated_on is None and _entries(OrderAction.STAY_VACATED) == 0
