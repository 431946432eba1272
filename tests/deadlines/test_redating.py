"""Sudden closures: a new holiday re-dates the open filings whose stored last day it closes (registrar.redating).

No domain stores a society's filing last day yet (registration's clock runs against the Registrar and never rolls
forward), so these tests register a TEST DOUBLE of a domain's redater: `FakeReturns` below stands in for a table
of open annual returns (s.129, rules.yaml annual_returns_30d) with a stored filing last day. It does what a real
redater must do — pick the rows due on the closed day, recompute with `refile_last_day`, store, report — so the
framework (holiday service -> redaters on commit -> one activity entry and one notice per re-dated filing) is
tested for real.

Calendar (September 2026): Saturdays 5, 12 (2nd: closed), 19, 26 (4th: closed); Sundays 6, 13, 20, 27.
A return triggered on 26 Aug 2026 is due 30 days later: Fri 25 Sep 2026. A flood closes the office that Friday:
Sat 26 (4th Saturday) and Sun 27 are closed too, so the last day moves to Mon 28 Sep 2026.
"""

from dataclasses import dataclass
from datetime import date

import pytest
from django.urls import reverse

from registrar import redating
from registrar.actions import RegistrarAction
from registrar.calendar import next_open_day
from registrar.models import ActivityEntry, Holiday, Notification
from registrar.redating import Redated, refile_last_day
from registrar.services.office import holiday_add, holidays_remove

TRIGGER = date(2026, 8, 26)
FRIDAY_25_SEP = date(2026, 9, 25)
MONDAY_28_SEP = date(2026, 9, 28)


# ---- the arithmetic (no database) ------------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "closed", "expected"), [
    (date(2026, 9, 25), set(), date(2026, 9, 25)),                                  # Fri, open
    (date(2026, 9, 25), {date(2026, 9, 25)}, date(2026, 9, 28)),                    # flood Fri -> 4th Sat, Sun -> Mon
    (date(2026, 9, 25), {date(2026, 9, 25), date(2026, 9, 28)}, date(2026, 9, 29)),  # closure runs into Mon -> Tue
    (date(2026, 9, 26), set(), date(2026, 9, 28)),                                  # 4th Saturday -> Mon
    (date(2026, 9, 19), set(), date(2026, 9, 19)),                                  # 3rd Saturday is open
    (date(2026, 9, 12), set(), date(2026, 9, 14)),                                  # 2nd Saturday -> Mon
])
def test_next_open_day_with_a_new_closed_day(day, closed, expected):
    assert next_open_day(day, frozenset(closed)) == expected


def test_refile_last_day_moves_a_filing_past_the_closure():
    assert refile_last_day("annual_returns_30d", TRIGGER, frozenset()) == FRIDAY_25_SEP
    assert refile_last_day("annual_returns_30d", TRIGGER, frozenset({FRIDAY_25_SEP})) == MONDAY_28_SEP


def test_refile_last_day_never_moves_an_act_not_done_at_an_office():
    # The AGM (s.39) is a meeting, not a filing: 31 Mar 2026 + 6 months = Wed 30 Sep 2026, closed or not.
    assert refile_last_day("agm_within_6_months", date(2026, 3, 31), frozenset({date(2026, 9, 30)})) == date(2026, 9, 30)


# ---- the framework, with a test double of a domain ------------------------------------------------------------

@dataclass
class ReturnRow:
    society: object
    trigger: date
    last_day: date
    label: str


class FakeReturns:
    """TEST DOUBLE of a domain's redater over its open annual returns (stored filing last day per row)."""

    def __init__(self):
        self.rows: list[ReturnRow] = []
        self.calls: list[dict] = []

    def __call__(self, *, closed_day, closed_days, today):
        self.calls.append({"closed_day": closed_day, "closed_days": closed_days, "today": today})
        moved = []
        for row in self.rows:
            if row.last_day == closed_day:
                new = refile_last_day("annual_returns_30d", row.trigger, closed_days)
                moved.append(Redated(society=row.society, subject_label=row.label, rule_id="annual_returns_30d",
                                     old_last_day=row.last_day, new_last_day=new))
                row.last_day = new
        return moved


@pytest.fixture
def fake_returns():
    double = FakeReturns()
    redating.redater("test_double_annual_returns")(double)
    yield double
    redating.unregister("test_double_annual_returns")


@pytest.fixture
def open_return(fake_returns, secretary):
    row = ReturnRow(secretary.society, TRIGGER, FRIDAY_25_SEP, "the annual return 2025-26")
    fake_returns.rows.append(row)
    return row


def _add_holiday(day, actor, *, today=date(2026, 9, 21), name="Flood: offices closed"):
    return holiday_add(day=day, name=name, is_sudden_closure=True, actor=actor, today=today)


@pytest.mark.django_db
def test_holiday_added_redates_the_filing_due_that_day(fake_returns, open_return, registrar,
                                                       django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _add_holiday(FRIDAY_25_SEP, registrar)
    assert open_return.last_day == MONDAY_28_SEP
    assert len(fake_returns.calls) == 1
    call = fake_returns.calls[0]
    assert call["closed_day"] == FRIDAY_25_SEP and call["today"] == date(2026, 9, 21)
    assert FRIDAY_25_SEP in call["closed_days"]


@pytest.mark.django_db
def test_holiday_added_records_one_entry_per_redated_filing(fake_returns, open_return, secretary, registrar,
                                                            django_capture_on_commit_callbacks):
    untouched = ReturnRow(secretary.society, date(2026, 8, 30), date(2026, 9, 29), "the annual return 2024-25")
    fake_returns.rows.append(untouched)
    with django_capture_on_commit_callbacks(execute=True):
        _add_holiday(FRIDAY_25_SEP, registrar)
    entries = list(ActivityEntry.objects.filter(action=RegistrarAction.FILING_REDATED))
    assert len(entries) == 1
    entry = entries[0]
    assert entry.society == secretary.society and entry.actor is None
    assert entry.data == {"redater": "test_double_annual_returns", "rule_id": "annual_returns_30d",
                          "subject": "the annual return 2025-26", "old_last_day": "2026-09-25",
                          "new_last_day": "2026-09-28", "closed_day": "2026-09-25"}
    assert untouched.last_day == date(2026, 9, 29)


@pytest.mark.django_db
def test_holiday_added_notifies_the_societys_secretary(fake_returns, open_return, secretary, registrar,
                                                       django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _add_holiday(FRIDAY_25_SEP, registrar)
    note = Notification.objects.get(recipient=secretary)
    assert note.subject == "Your last day for the annual return 2025-26 has moved to 28 Sep 2026"
    assert note.body == ("Your last day for the annual return 2025-26 moved from 25 Sep 2026 to 28 Sep 2026 because "
                         "the office was closed on 25 Sep 2026.")


@pytest.mark.django_db
def test_holiday_redating_waits_for_the_holiday_to_commit(fake_returns, open_return, registrar,
                                                          django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _add_holiday(FRIDAY_25_SEP, registrar)
    assert fake_returns.calls == [] and open_return.last_day == FRIDAY_25_SEP
    assert len(callbacks) == 1


@pytest.mark.django_db
def test_holiday_on_a_day_nothing_is_due_redates_nothing(fake_returns, open_return, registrar,
                                                         django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _add_holiday(date(2026, 9, 24), registrar)
    assert len(fake_returns.calls) == 1
    assert open_return.last_day == FRIDAY_25_SEP
    assert not ActivityEntry.objects.filter(action=RegistrarAction.FILING_REDATED).exists()


@pytest.mark.django_db
def test_holiday_removed_does_not_redate_back(fake_returns, open_return, registrar,
                                              django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        holiday = _add_holiday(FRIDAY_25_SEP, registrar)
    with django_capture_on_commit_callbacks(execute=True):
        holidays_remove(holidays=Holiday.objects.filter(pk=holiday.pk), actor=registrar)
    assert open_return.last_day == MONDAY_28_SEP  # a last day once promised is not taken away
    assert len(fake_returns.calls) == 1
    assert ActivityEntry.objects.filter(action=RegistrarAction.FILING_REDATED).count() == 1


@pytest.mark.django_db
def test_holiday_added_in_the_admin_redates(client, fake_returns, open_return, registrar,
                                            django_capture_on_commit_callbacks):
    registrar.is_staff = registrar.is_superuser = True
    registrar.save()
    client.force_login(registrar)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:registrar_holiday_add"),
                               {"date": "2026-09-25", "name": "Flood", "is_sudden_closure": "on"})
    assert response.status_code == 302
    assert open_return.last_day == MONDAY_28_SEP
    assert ActivityEntry.objects.filter(action=RegistrarAction.FILING_REDATED).count() == 1


def test_redater_registered_twice_under_one_name_is_an_error(fake_returns):
    with pytest.raises(ValueError):
        redating.redater("test_double_annual_returns")(lambda **kw: [])
