"""The public contract (membership.voters.rolls): the final list valid on a day, voters for a purpose."""

from datetime import date

import pytest

from membership import register
from membership.models import CessationCause
from membership.voters import rolls

from .helpers import YEAR_END, final_list, register_of

pytestmark = pytest.mark.django_db


def test_rolls_voters_exclude_employees_from_board_elections_and_bye_laws_only(secretary):
    society = secretary.society
    register_of(society)
    final_list(society, secretary)
    day = date(2026, 6, 1)
    general = rolls.voters_on(society, day, purpose="general")
    # founders 3 + served 4 + employee 1 (new members and the non-voting class have no vote)
    assert general.count() == 8
    assert rolls.voters_on(society, day, purpose="board_election").count() == 7
    assert rolls.voters_on(society.pk, day, purpose="bye_law").count() == 7
    assert rolls.eligible_voter_count(society, day) == 8
    assert rolls.members_on_register_count(society, day) == 11


def test_rolls_without_a_final_list_has_no_roll(secretary):
    society = secretary.society
    register_of(society)
    day = date(2026, 6, 1)
    assert rolls.final_list_on(society, day) is None
    assert rolls.voters_on(society, day, purpose="general").count() == 0
    assert rolls.eligible_voter_count(society, day) is None


def test_rolls_previous_final_list_holds_until_the_new_one_less_ceased(secretary):
    society = secretary.society
    members = register_of(society)
    old = final_list(society, secretary, year_ended_on=date(2025, 3, 31))
    member = members[0]
    register.entry_change(member, on=date(2026, 4, 5), ceased_on=date(2026, 4, 5),
                          cessation_cause=CessationCause.DEATH)
    # day 30 after the 2026 close, before the new final list: the 2025 list, less the member who died
    day_30 = date(2026, 4, 30)
    assert rolls.final_list_on(society, day_30) == old
    assert member not in rolls.voters_on(society, day_30, purpose="general")
    new = final_list(society, secretary, year_ended_on=YEAR_END, affixed_on=date(2026, 4, 10),
                     final_on=date(2026, 5, 5))
    assert rolls.final_list_on(society, date(2026, 5, 4)) == old
    assert rolls.final_list_on(society, date(2026, 5, 5)) == new


def test_rolls_purpose_must_be_known(secretary):
    with pytest.raises(ValueError):
        rolls.voters_on(secretary.society, date(2026, 6, 1), purpose="proxy")
