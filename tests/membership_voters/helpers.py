"""Builders for the voter-list tests: a society with a register, lists affixed through the services."""

from datetime import date

from membership.models import AdmissionBasis
from membership.voters import services
from tests.membership.helpers import make_member, make_person

YEAR_END = date(2026, 3, 31)


def register_of(society, *, founders=3, served=4, new=2, employees=1, non_voting=1):
    """Members numbered from 1: founders (vote at once), members admitted before the year that ended (served a
    full year), members admitted during it (no vote), employees with a vote, a non-voting class member."""
    members, n = [], 0
    for kind, how_many in (("founder", founders), ("served", served), ("new", new), ("employee", employees),
                           ("non_voting", non_voting)):
        for _i in range(how_many):
            n += 1
            extra = {"admission_basis": AdmissionBasis.FOUNDER if kind == "founder" else
                     AdmissionBasis.BOARD_RESOLUTION,
                     "admitted_on": date(2025, 6, 15) if kind == "new" else date(2020, 1, 1)}
            if kind == "employee":
                extra["is_employee"] = True
            if kind == "non_voting":
                extra["member_class"] = "non_voting"
            members.append(make_member(society, n, person=make_person(f"Voter {kind} {n}"), **extra))
    return members


def final_list(society, secretary, *, year_ended_on=YEAR_END, affixed_on=None, final_on=None):
    """Provisional lists affixed (default day 15), the window run, the final lists affixed (default day 30)."""
    affixed_on = affixed_on or date.fromordinal(year_ended_on.toordinal() + 15)
    final_on = final_on or date.fromordinal(year_ended_on.toordinal() + 30)
    voter_list = services.voter_list_affix_provisional(society_id=society.pk, year_ended_on=year_ended_on,
                                                       actor=secretary, today=affixed_on)
    return services.voter_list_affix_final(list_id=voter_list.pk, actor=secretary, today=final_on)
