"""The voter-list clocks (s.26(3)): each at its last day and the day after, table-driven where pure."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from membership.voters import rules, services
from registrar.deadlines import OVERDUE, board_list

from .helpers import YEAR_END, register_of


@pytest.mark.parametrize(("year_end", "provisional", "final"), [
    (date(2026, 3, 31), date(2026, 4, 20), date(2026, 5, 10)),   # rules.yaml anchors
    (date(2025, 12, 31), date(2026, 1, 20), date(2026, 2, 9)),   # a December year end, over the new year
    (date(2024, 2, 29), date(2024, 3, 20), date(2024, 4, 9)),    # a leap-day close
])
def test_voter_list_provisional_and_final_last_days(year_end, provisional, final):
    assert rules.provisional_last_day(year_end) == provisional
    assert rules.final_last_day(year_end) == final


@pytest.mark.parametrize(("affixed", "last"), [
    (date(2026, 4, 18), date(2026, 4, 28)),
    (date(2026, 4, 25), date(2026, 5, 5)),
    (date(2028, 2, 25), date(2028, 3, 6)),  # over 29 Feb 2028
])
def test_voter_list_objection_last_day(affixed, last):
    assert rules.objection_last_day(affixed) == last
    assert not rules.may_finalise_on(last, objection_last_day_=last)
    assert rules.may_finalise_on(date.fromordinal(last.toordinal() + 1), objection_last_day_=last)


@pytest.mark.django_db
@pytest.mark.parametrize(("today", "late"), [(date(2026, 4, 20), False), (date(2026, 4, 21), True)])
def test_voter_list_provisional_overdue_only_the_day_after_its_last_day(today, late, secretary, arcs_officer):
    society = secretary.society
    register_of(society)
    services.list_duty_open(society, YEAR_END)
    rows = board_list(arcs_officer, today, rule="voter_list_provisional_20d", state=OVERDUE)
    assert [r.last_day for r in rows] == ([date(2026, 4, 20)] if late else [])
    assert board_list(arcs_officer, today, rule="voter_list_final_40d", state=OVERDUE) == []


@pytest.mark.django_db
@pytest.mark.parametrize(("today", "late"), [(date(2026, 5, 10), False), (date(2026, 5, 11), True)])
def test_voter_list_final_overdue_only_the_day_after_its_last_day(today, late, secretary, arcs_officer,
                                                                  other_district_officer):
    society = secretary.society
    register_of(society)
    services.voter_list_affix_provisional(society_id=society.pk, year_ended_on=YEAR_END, actor=secretary,
                                          today=date(2026, 4, 15))
    rows = board_list(arcs_officer, today, rule="voter_list_final_40d", state=OVERDUE)
    assert len(rows) == (1 if late else 0)
    assert board_list(other_district_officer, today, rule="voter_list_final_40d", state=OVERDUE) == []


@pytest.mark.django_db
def test_voter_list_objection_taken_on_the_last_day_refused_the_day_after(secretary, citizen):
    from membership.models import Member

    society = secretary.society
    members = register_of(society)
    person = members[1].person
    person.user = citizen
    person.save()
    voter_list = services.voter_list_affix_provisional(society_id=society.pk, year_ended_on=YEAR_END,
                                                       actor=secretary, today=date(2026, 4, 18))
    new_entry = voter_list.entries.get(member=Member.objects.get(society=society, number=8))
    first = services.voter_objection_file(list_id=voter_list.pk, entry_id=new_entry.pk, actor=citizen,
                                          today=date(2026, 4, 28), grounds="Admitted in 2024, not 2025.")
    assert first.asks_vote is True
    other = voter_list.entries.get(number=9)
    with pytest.raises(ValidationError) as late:
        services.voter_objection_file(list_id=voter_list.pk, entry_id=other.pk, actor=citizen,
                                      today=date(2026, 4, 29), grounds="Late.")
    assert late.value.messages == [str(services.OBJECTION_LATE % {"day": "28 Apr 2026"})]
    with pytest.raises(ValidationError):  # the window is open up to its last day: no final list yet
        services.voter_list_affix_final(list_id=voter_list.pk, actor=secretary, today=date(2026, 4, 28))
    with pytest.raises(ValidationError) as pending:  # the Board must decide first
        services.voter_list_affix_final(list_id=voter_list.pk, actor=secretary, today=date(2026, 4, 29))
    assert "1 pending" in pending.value.messages[0]
    services.voter_objection_decide(objection_id=first.pk, actor=secretary, today=date(2026, 4, 29), uphold=True,
                                    reasons="The minutes of 2024 show the admission.")
    final = services.voter_list_affix_final(list_id=voter_list.pk, actor=secretary, today=date(2026, 4, 30))
    entry = final.entries.get(pk=new_entry.pk)
    assert (entry.has_vote_provisional, entry.has_vote) == (False, True)
