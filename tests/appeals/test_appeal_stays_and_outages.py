"""Outages move a party's limit but never the s.111(2) review (issue 23 point 2); a stay of the order appealed
holds its own effect and then follows ADR 0032-stays' one dating rule; a stay never holds a deemed registration
(point 3). The stay tests follow tests/stays/test_frame.py: a clock declared for the order's own effect with
orders.clocks.order_effect_clock, removed afterwards, and the real sweeper run day by day."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from appeals.models import CaseState, Outcome, Route
from appeals.outages import outage_record
from appeals.services import appeal_decide, appeal_stay, appeal_stay_vacate
from orders.clocks import order_effect_clock
from orders.models import Order
from orders.services import order_issue
from registrar import redating, sweeps
from registrar.calendar import next_open_day
from registrar.clocks import DEEMED_AGAINST_REGISTRAR, declaration
from registrar.redating import redater

from .helpers import file_appeal, refused_application

pytestmark = pytest.mark.django_db
SWEEPER = "test_cancellations_take_effect"


# ---- outages ---------------------------------------------------------------------------------------------------

def test_appeal_outage_moves_a_citizens_limit_but_not_the_review_petition_limit(citizen, arcs_officer, registrar,
                                                                                 sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)  # both limits end Tue 7 Apr 2026
    outage_record(actor=registrar, starts_on=date(2026, 4, 6), ends_on=date(2026, 4, 8),
                  notice="RCS/IT/2026/3: portal down for the data-centre move", today=date(2026, 4, 9))
    appeal = file_appeal(refusal, citizen, today=date(2026, 4, 9), route=Route.APPEAL, question_of_law="s.6(3)")
    assert appeal.in_time and appeal.last_day == date(2026, 4, 9)
    assert "07 Apr 2026" in appeal.in_time_because and "RCS/IT/2026/3" in appeal.in_time_because
    review = file_appeal(refusal, citizen, today=date(2026, 4, 9), delay_explanation="The portal was down.")
    assert not review.in_time and review.last_day == date(2026, 4, 7)  # s.111(2): the Registrar's own power
    assert review.state == CaseState.AWAITING_DELAY_ORDER


def test_appeal_outage_re_dates_open_filings_past_the_whole_outage(registrar, django_capture_on_commit_callbacks):
    seen = []

    @redater("test_outage_filing")
    def _redate(*, closed_day, closed_days, today):
        # a filing due on the closed day moves to the first working day after the whole outage
        seen.append((closed_day, next_open_day(closed_day, closed_days)))
        return []

    try:
        with django_capture_on_commit_callbacks(execute=True):
            outage_record(actor=registrar, starts_on=date(2026, 4, 6), ends_on=date(2026, 4, 8),
                          notice="RCS/IT/2026/4", today=date(2026, 4, 9))
    finally:
        redating.unregister("test_outage_filing")
    assert seen == [(date(2026, 4, 6), date(2026, 4, 9)), (date(2026, 4, 7), date(2026, 4, 9)),
                    (date(2026, 4, 8), date(2026, 4, 9))]


def test_appeal_outage_is_recorded_only_by_the_directorate(arcs_officer):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        outage_record(actor=arcs_officer, starts_on=date(2026, 4, 6), ends_on=date(2026, 4, 8), notice="x",
                      today=date(2026, 4, 9))


# ---- stays -----------------------------------------------------------------------------------------------------

@pytest.fixture
def cancellation_clock():
    effects = []
    clock = order_effect_clock(
        name="test_cancellation_takes_effect", rule_id="cancellation_takes_effect",
        kinds=("liquidation.cancellation",), sweeper=SWEEPER, order=99, description="Test: cancellation.",
        effect=lambda order, on: effects.append((order.pk, on)) or f"cancelled from {on}")
    yield effects
    declaration._CLOCKS.pop(clock.name)
    sweeps._REGISTRY.pop(SWEEPER)


def _cancellation(secretary, officer):
    society = secretary.society
    order = order_issue(kind="liquidation.cancellation", subject=f"{society.name} cancelled", society=society,
                        made_on=date(2026, 5, 25), officer=officer, communicated_on=date(2026, 5, 26))
    # s.94(4)-(5): published 1 Jun 2026; the appeal window closes 1 Aug, the order takes effect on 2 Aug
    Order.objects.filter(pk=order.pk).update(published_on=date(2026, 6, 1), takes_effect_after=date(2026, 8, 1))
    return Order.objects.get(pk=order.pk)


def _sweep(first: date, last: date):
    day = first
    while day <= last:
        sweeps.run_all(today=day, only=SWEEPER)
        day += timedelta(days=1)


@pytest.mark.parametrize(("decided", "falls"), [
    (date(2026, 7, 30), date(2026, 8, 2)),   # appeal dismissed (stay ends) before the legal date: the legal date
    (date(2026, 8, 20), date(2026, 8, 21)),  # after it: the day after the stay ended
])
def test_appeal_stay_holds_a_cancellation_then_the_later_of_legal_date_and_day_after_vacating(
        cancellation_clock, secretary, arcs_officer, decided, falls):
    order = _cancellation(secretary, arcs_officer)
    appeal = file_appeal(order, secretary, today=date(2026, 7, 1), route=Route.APPEAL)
    assert appeal.rule_id == "cancellation_appeal_2m" and appeal.last_day == date(2026, 8, 1)
    appeal_stay(appeal_id=appeal.pk, actor=arcs_officer, reasons="Members' appeal pending.",
                granted_on=date(2026, 7, 2), today=date(2026, 7, 2))
    _sweep(date(2026, 7, 28), decided)
    assert Order.objects.get(pk=order.pk).took_effect_on is None  # held while the stay is in force
    appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.DISMISSED, text="No ground.",
                  today=decided)
    _sweep(decided, date(2026, 8, 31))
    assert Order.objects.get(pk=order.pk).took_effect_on == falls
    assert cancellation_clock == [(order.pk, falls)]


def test_appeal_stay_vacated_without_decision_lets_the_effect_fall_next_day(cancellation_clock, secretary,
                                                                            arcs_officer):
    order = _cancellation(secretary, arcs_officer)
    appeal = file_appeal(order, secretary, today=date(2026, 7, 1), route=Route.APPEAL)
    appeal_stay(appeal_id=appeal.pk, actor=arcs_officer, reasons="Pending.", granted_on=date(2026, 7, 2),
                today=date(2026, 7, 2))
    appeal_stay_vacate(appeal_id=appeal.pk, actor=arcs_officer, vacated_on=date(2026, 8, 10), today=date(2026, 8, 10))
    _sweep(date(2026, 8, 1), date(2026, 8, 15))
    assert Order.objects.get(pk=order.pk).took_effect_on == date(2026, 8, 11)


def test_appeal_stay_does_not_hold_a_deemed_registration(citizen, arcs_officer, sonitpur):
    """The deemed registration is the Act's outcome against the Registrar (s.11 proviso): its clock holds for no
    stay, and no appeal or stay lies against its certificate."""
    from orders.services import stay_grant
    from societies.registration.clocks import DEEMED_REGISTRATION
    from societies.registration.sweepers import applications_deem_registered
    from tests.societies.helpers import make_submitted

    assert DEEMED_REGISTRATION.rule_id in DEEMED_AGAINST_REGISTRAR and DEEMED_REGISTRATION.expiry.stayed_by is None
    make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 17))
    certificate = Order.objects.get(kind="registration.deemed_certificate")
    with pytest.raises(ValidationError):
        file_appeal(certificate, citizen, today=date(2026, 3, 18), route=Route.APPEAL)
    with pytest.raises(ValidationError):
        stay_grant(order_id=certificate.pk, actor=arcs_officer, granted_on=date(2026, 3, 18), pending="x",
                   reasons="x", today=date(2026, 3, 18))


def test_appeal_allowed_before_a_cancellation_takes_effect_means_it_never_does(cancellation_clock, secretary,
                                                                              arcs_officer):
    order = _cancellation(secretary, arcs_officer)
    appeal = file_appeal(order, secretary, today=date(2026, 7, 1), route=Route.APPEAL)
    appeal_stay(appeal_id=appeal.pk, actor=arcs_officer, reasons="Pending.", granted_on=date(2026, 7, 2),
                today=date(2026, 7, 2))
    appeal = appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.ALLOWED,
                           text="The inquiry report was never shown to the members.", today=date(2026, 8, 20))
    _sweep(date(2026, 8, 20), date(2026, 9, 30))
    order = Order.objects.get(pk=order.pk)
    assert order.took_effect_on is None and not order.in_force and cancellation_clock == []
    assert "never will" in appeal.reversal_summary
