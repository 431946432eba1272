"""Builders for the election tests: a society with a register, its final voter list affixed through the voter-list
services (the public roll contract), a Board in office whose term ends in August 2026."""

from datetime import date
from decimal import Decimal

from guardian.shortcuts import assign_perm

from dues.models import Due
from membership.elections import services
from membership.models import AdmissionBasis, Category, Gender
from membership.voters import services as voter_services
from societies.governance.models import Board, Director
from societies.governance.services import board as board_services
from tests.conftest import make_user
from tests.membership.helpers import make_member, make_person, make_society

YEAR_END = date(2026, 3, 31)
FINAL_ON = date(2026, 4, 30)        # day 30 of the voter-list clock
ANNOUNCE_ON = date(2026, 6, 1)      # within six months of the term's end (10 Aug 2026)
CLOSE_ON = date(2026, 7, 1)
POLL_ON = date(2026, 7, 20)
TERM_ENDS = date(2026, 8, 10)

FOUNDER = {"admission_basis": AdmissionBasis.FOUNDER, "admitted_on": date(2015, 4, 1)}
SERVED = {"admission_basis": AdmissionBasis.BOARD_RESOLUTION, "admitted_on": date(2020, 1, 1)}
NEW = {"admission_basis": AdmissionBasis.BOARD_RESOLUTION, "admitted_on": date(2025, 6, 15)}

# number: (name, gender, category, admission, extra)
REGISTER = {
    1: ("Ranjit Bora", Gender.MAN, Category.GENERAL, FOUNDER, {}),
    2: ("Mridula Das", Gender.WOMAN, Category.GENERAL, FOUNDER, {}),
    3: ("Anima Kalita", Gender.WOMAN, Category.OBC, SERVED, {}),
    4: ("Bipul Basumatary", Gender.MAN, Category.ST, SERVED, {}),
    5: ("Dipen Saikia", Gender.MAN, Category.GENERAL, SERVED, {}),     # barred by supervision (s.40(4))
    6: ("Pranab Nath", Gender.MAN, Category.GENERAL, NEW, {}),        # no full financial year yet
    7: ("Hemen Gogoi", Gender.MAN, Category.GENERAL, SERVED, {"is_employee": True}),
    8: ("Kamal Deka", Gender.MAN, Category.GENERAL, SERVED, {}),       # in arrears
    9: ("Hiren Baruah", Gender.MAN, Category.GENERAL, SERVED, {}),
    10: ("Jonali Rabha", Gender.WOMAN, Category.SC, SERVED, {}),
    11: ("Nitul Hazarika", Gender.MAN, Category.GENERAL, SERVED, {}),
}


def society_with_register(district, *, name="Borgang Tea Growers Co-operative Society Limited", lists=True):
    """The society, its secretary, the register above, the final voter list of 2025-26 and the Board elected on
    10 Aug 2021 (entered after the fact by the secretary, as before the portal ran elections)."""
    society = make_society(district, name=name, registered_on=date(2015, 4, 1))
    secretary = make_user(f"sec{society.pk}", first_name="Rupa", last_name="Devi")
    assign_perm("societies.act_as_secretary", secretary, society)
    members = {}
    for number, (person_name, gender, category, admission, extra) in REGISTER.items():
        members[number] = make_member(society, number, person=make_person(person_name, gender=gender,
                                                                         parent_name=f"Father of {person_name}"),
                                      category=category, **admission, **extra)
    if lists:
        provisional = voter_services.voter_list_affix_provisional(society_id=society.pk, year_ended_on=YEAR_END,
                                                                  actor=secretary, today=date(2026, 4, 15))
        voter_services.voter_list_affix_final(list_id=provisional.pk, actor=secretary, today=FINAL_ON)
    board_services.election_record(
        society_id=society.pk, actor=secretary, today=date(2021, 8, 10), result_on=date(2021, 8, 10),
        sanctioned_strength=7, directors=[
            {"name": "Old President", "gender": "man", "office": "president"},
            {"name": "Old Vice", "gender": "woman", "office": "vice_president"},
            {"name": "Old Director", "gender": "man"}])
    return society, secretary, members


def bar_on(person, *, until=date(2028, 1, 5), district):
    """A 5-year director bar recorded by supervision on the person's Director row in another society."""
    other = make_society(district, name="Other Weavers Co-operative Society Limited")
    board = Board.objects.create(society=other, kind=Board.Kind.ELECTED, took_office_on=date(2018, 1, 1),
                                 term_ends_on=date(2023, 1, 1), ended_on=date(2023, 1, 5),
                                 end_reason=Board.EndReason.DISSOLVED_NO_AGM)
    return Director.objects.create(board=board, name=person.name, person=person, gender="man",
                                   joined_on=date(2018, 1, 1), ceased_on=date(2023, 1, 5),
                                   cessation=Director.Cessation.NO_AGM, director_bar_until=until)


def arrears_of(person, district):
    return Due.objects.create(person_name=person.name, person_address=person.address, district=district, kind="copy_fee",
                              principal=Decimal("500.00"), raised_on=date(2026, 1, 5), due_by=date(2026, 2, 4))


def announce(society, officer, **extra):
    extra.setdefault("sanctioned_strength", 7)
    return services.election_announce(society_id=society.pk, actor=officer, today=ANNOUNCE_ON, meeting_kind="agm",
                                      poll_on=POLL_ON, nominations_close_on=CLOSE_ON, **extra)


def group(election, kind):
    return election.seat_groups.get(kind=kind)


def nominate(election, officer, number, kind="general", today=date(2026, 6, 10)):
    return services.candidate_nominate(election_id=election.pk, actor=officer, today=today, member_number=number,
                                       group_id=group(election, kind).pk)
