"""s.111(2): a refused registration can be reopened on review only within 60 days of the refusal's communication
(registrar_review_60d: communication + 60 days, no holiday roll-forward; rules.yaml's example 10 Apr 2026 ->
9 Jun 2026). Table-driven, with month ends and a leap February."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse

from orders import kinds
from orders.models import Order
from societies.models import AppState
from societies.registration import services
from tests.societies.helpers import make_submitted, reload

pytestmark = pytest.mark.django_db

# (date the refusal was dispatched = communicated, last day of the review window)
CASES = [
    (date(2026, 4, 10), date(2026, 6, 9)),    # rules.yaml's own example
    (date(2026, 1, 31), date(2026, 4, 1)),    # a month end, across a 28-day February
    (date(2026, 2, 28), date(2026, 4, 29)),   # the last day of February
    (date(2024, 12, 31), date(2025, 3, 1)),   # a year end
    (date(2028, 2, 29), date(2028, 4, 29)),   # a leap day
    (date(2026, 8, 17), date(2026, 10, 16)),  # its last day a Friday; a window of the Registrar never rolls
]


def _refused(citizen, officer, district, communicated_on: date):
    """Received 20 days before the dispatch, heard in between, refused and dispatched on `communicated_on`."""
    application = make_submitted(citizen, district, received_on=communicated_on - timedelta(days=20))
    services.application_start_scrutiny(application_id=application.pk, actor=officer)
    services.application_schedule_hearing(application_id=application.pk, actor=officer,
                                          today=communicated_on - timedelta(days=10),
                                          hearing_on=communicated_on - timedelta(days=5))
    services.application_refuse(application_id=application.pk, actor=officer, today=communicated_on,
                                reasons="s.6(3): a society with the same area is registered.",
                                dispatched_on=communicated_on)
    return reload(application)


@pytest.mark.parametrize(("communicated_on", "last_day"), CASES)
def test_review_reopens_on_day_60_of_the_communication(citizen, arcs_officer, sonitpur, communicated_on, last_day):
    application = _refused(citizen, arcs_officer, sonitpur, communicated_on)
    assert services.refusal_review_window(application).last_day == last_day
    services.application_reopen_on_review(application_id=application.pk, actor=arcs_officer, today=last_day)
    assert reload(application).state == AppState.UNDER_SCRUTINY
    refusal = Order.objects.get(kind=kinds.REFUSAL.code)
    assert (refusal.in_force, refusal.set_aside_on, refusal.set_aside_by) == (False, last_day, None)


@pytest.mark.parametrize(("communicated_on", "last_day"), CASES)
def test_review_is_refused_on_day_61_of_the_communication(citizen, arcs_officer, sonitpur, communicated_on,
                                                          last_day):
    application = _refused(citizen, arcs_officer, sonitpur, communicated_on)
    with pytest.raises(ValidationError) as excinfo:
        services.application_reopen_on_review(application_id=application.pk, actor=arcs_officer,
                                              today=last_day + timedelta(days=1))
    assert excinfo.value.messages == [str(services.REVIEW_WINDOW_CLOSED) % {
        "communicated": f"{communicated_on:%d %b %Y}", "last": f"{last_day:%d %b %Y}"}]
    assert reload(application).state == AppState.REFUSED
    assert Order.objects.get(kind=kinds.REFUSAL.code).in_force


def test_review_window_of_a_migrated_refusal_runs_from_its_date_made(citizen, arcs_officer, sonitpur):
    """A refusal whose dispatch was never recorded (entered by the migration) runs from the date it was made."""
    application = _refused(citizen, arcs_officer, sonitpur, date(2026, 4, 10))
    Order.objects.filter(kind=kinds.REFUSAL.code).update(communicated_on=None, communication_recorded=False,
                                                         made_on=date(2026, 4, 1))
    window = services.refusal_review_window(application)
    assert (window.trigger_on, window.last_day) == (date(2026, 4, 1), date(2026, 5, 31))
    with pytest.raises(ValidationError):
        services.application_reopen_on_review(application_id=application.pk, actor=arcs_officer,
                                              today=date(2026, 6, 1))


def test_refused_again_after_review_enters_a_second_refusal(citizen, arcs_officer, sonitpur):
    application = _refused(citizen, arcs_officer, sonitpur, date(2026, 4, 10))
    services.application_reopen_on_review(application_id=application.pk, actor=arcs_officer, today=date(2026, 4, 20))
    services.application_schedule_hearing(application_id=application.pk, actor=arcs_officer,
                                          today=date(2026, 4, 21), hearing_on=date(2026, 4, 28))
    services.application_refuse(application_id=application.pk, actor=arcs_officer, today=date(2026, 4, 30),
                                reasons="Heard again; s.6(3).", dispatched_on=date(2026, 4, 30))
    first, second = Order.objects.filter(kind=kinds.REFUSAL.code).order_by("pk")
    assert (first.in_force, second.in_force) == (False, True)
    assert (first.number, second.number) == ("REF/SNT/2026/000001", "REF/SNT/2026/000002")


def _detail(client, officer, application, on: date) -> str:
    with time_machine.travel(datetime(on.year, on.month, on.day, 6, 0, tzinfo=UTC), tick=False):
        client.force_login(officer)
        return client.get(reverse("office_application_detail", args=[application.pk])).content.decode()


def test_office_page_offers_reopen_until_day_60_only(client, citizen, arcs_officer, sonitpur):
    application = _refused(citizen, arcs_officer, sonitpur, date(2026, 4, 10))
    reopen = reverse("office_application_act", args=[application.pk, "reopen"])
    assert reopen in _detail(client, arcs_officer, application, date(2026, 6, 9))
    page = _detail(client, arcs_officer, application, date(2026, 6, 10))
    assert reopen not in page
    assert "no longer possible" in page and "09 Jun 2026" in page


def test_office_reopen_after_day_60_shows_the_message(client, citizen, arcs_officer, sonitpur):
    application = _refused(citizen, arcs_officer, sonitpur, date(2026, 4, 10))
    with time_machine.travel(datetime(2026, 6, 10, 6, 0, tzinfo=UTC), tick=False):
        client.force_login(arcs_officer)
        response = client.post(reverse("office_application_act", args=[application.pk, "reopen"]), follow=True)
    assert str(services.REVIEW_WINDOW_CLOSED) % {"communicated": "10 Apr 2026", "last": "09 Jun 2026"} in \
        response.content.decode().replace("&#x27;", "'")
    assert reload(application).state == AppState.REFUSED
