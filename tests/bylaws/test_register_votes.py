"""Vote lists checked against the register of members (membership.voters.rolls): an employee's vote is not
counted on bye-laws (s.26(3) proviso) even when the secretary does not mark them; the members on the register are
the register's count for the meeting's day."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from tests.membership_voters.helpers import final_list, register_of

from .helpers import file_amendment, record_version

pytestmark = pytest.mark.django_db
MEETING = date(2026, 6, 1)


def test_amendment_votes_read_from_register_exclude_employees(secretary, arcs_officer):
    society = secretary.society
    register_of(society)        # 1-3 founders, 4-7 served a year, 8-9 new, 10 an employee, 11 non-voting class
    final_list(society, secretary)
    record_version(arcs_officer, society)
    with pytest.raises(ValidationError) as exc:
        file_amendment(secretary, society, today=date(2026, 6, 10), meeting_on=MEETING, members_on_register=12,
                       attended="1-11", voted_for="1-5, 10", voted_against="6-7")
    assert "members_on_register" in exc.value.message_dict
    amendment = file_amendment(secretary, society, today=date(2026, 6, 10), meeting_on=MEETING,
                               members_on_register=11, attended="1-11", voted_for="1-5, 10, 8",
                               voted_against="6-7", employees="")
    assert amendment.votes_source == "register"
    assert (amendment.counted_for, amendment.counted_against) == (5, 2)
    assert amendment.excluded_votes == [8, 10]   # the employee, and a member with no vote yet
