"""Catch-up (issue 5 § 3): with beat stopped for 10 days, running the sweeps day by day and running them once
for the last day give the same legal end state and the same effective dates; a late run sends no reminder for
a deadline that has already passed. Named `deemed` as it exercises deemed registration."""

from datetime import date, timedelta

import pytest
from django.db import transaction

from registrar import sweeps
from registrar.models import Notification
from societies.models import RegistrationApplication
from tests.societies.helpers import make_submitted

pytestmark = pytest.mark.django_db

RECEIVED = [date(2026, 1, 8), date(2026, 1, 12), date(2026, 1, 15), date(2026, 1, 25)]
OUTAGE = [date(2026, 3, 11) + timedelta(days=n) for n in range(10)]  # 11 Mar .. 20 Mar 2026


def _run_scenario(citizen, district, run_days):
    """Build the same applications, run the sweeps on the given days, snapshot, and roll everything back."""
    savepoint = transaction.savepoint()
    try:
        for n, received in enumerate(RECEIVED):
            make_submitted(citizen, district, received_on=received,
                           name=f"Catch-up {n} Fishery Co-operative Society Limited")
        for day in run_days:
            sweeps.run_all(today=day)
        state = {
            a.proposed_name: (a.state, a.deemed_on, a.society.registered_on if a.society_id else None)
            for a in RegistrationApplication.objects.select_related("society")
        }
        reminders = sorted(Notification.objects.filter(key__startswith="reminder:").values_list("key", flat=True))
        return state, reminders
    finally:
        transaction.savepoint_rollback(savepoint)


def test_deemed_catch_up_day_by_day_equals_one_late_run(citizen, sonitpur, arcs_officer):
    daily_state, daily_reminders = _run_scenario(citizen, sonitpur, OUTAGE)
    late_state, late_reminders = _run_scenario(citizen, sonitpur, [OUTAGE[-1]])

    assert daily_state == late_state
    by_name = {name.split(" ")[1]: value for name, value in late_state.items()}
    # Hand-computed: received + 60 days is the last day; the society exists from the day after.
    assert by_name["0"] == ("deemed_registered", date(2026, 3, 10), date(2026, 3, 10))  # 8 Jan -> 9 Mar
    assert by_name["1"] == ("deemed_registered", date(2026, 3, 14), date(2026, 3, 14))  # 12 Jan -> 13 Mar
    assert by_name["2"] == ("deemed_registered", date(2026, 3, 17), date(2026, 3, 17))  # 15 Jan -> 16 Mar
    assert by_name["3"][0] == "submitted"                                               # 25 Jan -> 26 Mar

    # Day by day, the officers were reminded of deadlines as they approached; the single late run reminds
    # only of the deadline still ahead (26 Mar), never of the ones that already passed.
    assert any(":registration_deemed_60d:" in key for key in daily_reminders)
    assert late_reminders, "the deadline still ahead (26 Mar) is reminded"
    assert {key.split(":")[2] for key in late_reminders} == {key.split(":")[2] for key in late_reminders[:1]}
    assert all(key.endswith(":7") for key in late_reminders)  # 26 Mar - 7 = 19 Mar, due by 20 Mar
    assert len(late_reminders) < len(daily_reminders)
