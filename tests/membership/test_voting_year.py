"""s.27(1) provisos (rules.yaml voting_after_one_full_fy, lifecycles.md §15 item 18: the strict reading): a member
votes once they have been a member for one complete financial year; founder members vote at once."""

from datetime import date

import pytest

from membership import selectors
from membership.models import AdmissionBasis
from membership.rules import voting_admitted_by

from .helpers import make_member

D = date.fromisoformat


@pytest.mark.parametrize("day, year_end, admitted_by", [
    # rules.yaml's example: admitted 15 Jun 2025 -> first full year 1 Apr 2026 - 31 Mar 2027 -> votes 1 Apr 2027
    ("2027-04-01", (3, 31), "2026-04-01"),
    ("2027-03-31", (3, 31), "2025-04-01"),   # the last day before: only those admitted by 1 Apr 2025
    ("2026-12-01", (3, 31), "2025-04-01"),
    ("2028-02-29", (3, 31), "2026-04-01"),   # a leap day inside the year changes nothing
    # a society whose year ends on 30 June: on 1 Jul 2026 the last full year is 1 Jul 2025 - 30 Jun 2026
    ("2026-07-01", (6, 30), "2025-07-01"),
    ("2026-06-30", (6, 30), "2024-07-01"),
    # a year ending 31 December
    ("2027-01-01", (12, 31), "2026-01-01"),
])
def test_voting_admitted_by_is_the_start_of_the_last_complete_financial_year(day, year_end, admitted_by):
    assert voting_admitted_by(D(day), *year_end) == D(admitted_by)


@pytest.mark.django_db
def test_register_counts_voting_only_after_one_full_financial_year_founders_at_once(secretary):
    society = secretary.society
    make_member(society, 1, admitted_on=D("2025-06-15"), admission_basis=AdmissionBasis.BOARD_RESOLUTION)
    make_member(society, 2, admitted_on=D("2025-04-01"), admission_basis=AdmissionBasis.BOARD_RESOLUTION)
    make_member(society, 3, admitted_on=D("2025-06-15"))  # a founder member: votes at once
    assert selectors.register_counts(society.pk, D("2026-12-01")).voting == 2   # nos. 2 and 3
    assert selectors.register_counts(society.pk, D("2027-03-31")).voting == 2
    assert selectors.register_counts(society.pk, D("2027-04-01")).voting == 3
    assert selectors.register_counts_for([society.pk], D("2026-12-01"))[society.pk].voting == 2
