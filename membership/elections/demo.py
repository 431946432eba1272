"""Demo Board elections (issue 15 point 6): in Sonitpur, a society whose Board's term ends in four months (on the
office's list of Boards due for election, /office/elections/), and a society whose election was run on the
portal: reserved seats (one SC/ST, two women), one nomination rejected on scrutiny, equal votes for the second
women's seat decided by lot, the result declared by order into the Board record, the office-bearers chosen.
Every step goes through the services, dated back from `today`. Idempotent: a society already seeded is left."""

from datetime import date, timedelta

from django.db import transaction
from guardian.shortcuts import assign_perm

from registrar.calendar import add_years
from registrar.demo import demo_user
from registrar.models import District, User
from societies.governance.services import board as board_services
from societies.models import Society

from .. import register
from ..models import AdmissionBasis, Category, Election, Gender, Member, Person
from ..voters import services as voter_services
from . import services

DUE = ("SNT/DEMO-ELN/001", "Rangapara Tea Growers Co-operative Society Limited")
HELD = ("SNT/DEMO-ELN/002", "Jamugurihat Weavers Co-operative Society Limited")
FOUNDED = date(2010, 4, 1)
W, M = Gender.WOMAN, Gender.MAN
G, SC, ST, OBC = Category.GENERAL, Category.SC, Category.ST, Category.OBC
# number: (name, gender, category, admitted in the last year (no full year yet), employee)
REGISTER = {
    1: ("Prafulla Bora", M, G, False, False), 2: ("Mamoni Das", W, G, False, False),
    3: ("Junmoni Kalita", W, OBC, False, False), 4: ("Bipul Basumatary", M, ST, False, False),
    5: ("Deben Saikia", M, G, False, False), 6: ("Pranab Nath", M, G, True, False),
    7: ("Hemen Gogoi", M, G, False, True), 8: ("Kamal Deka", M, G, False, False),
    9: ("Rupam Baruah", M, G, False, False), 10: ("Jonali Rabha", W, SC, False, False),
    11: ("Nayan Hazarika", M, G, False, False), 12: ("Rita Boro", W, ST, False, False),
}
# Nominations: member number -> seat group; the counts (the roll has 10 voters).
NOMINATIONS = {1: "general", 5: "general", 8: "general", 9: "general", 11: "general", 6: "general",
               4: "scst", 10: "scst", 2: "women", 3: "women", 12: "women"}
VOTES = {1: 9, 5: 7, 8: 6, 9: 8, 11: 4, 4: 6, 10: 4, 2: 8, 3: 5, 12: 5}   # 3 and 12 tie for the second women's seat


def _society(number, name) -> Society:
    society = Society.objects.filter(registration_number=number).first()
    if society is None:
        district = District.objects.get(code="SNT")
        society = Society.objects.create(registration_number=number, name=name, society_type="weavers",
                                         district=district, registered_on=FOUNDED,
                                         address=f"Main road, {district.headquarters}")
    return society


def _register(society, today: date) -> None:
    recent = today - timedelta(days=200)
    for number, (name, gender, category, new, employee) in REGISTER.items():
        person = Person.objects.create(name=name, gender=gender, parent_name=f"{name.split()[0]}'s father",
                                       age_years=40, age_on=FOUNDED, address=f"Ward {number}, {society.name[:20]}")
        register.entry_open(Member(
            society=society, number=number, person=person, category=category, is_employee=employee,
            admitted_on=recent if new else FOUNDED,
            admission_basis=AdmissionBasis.BOARD_RESOLUTION if new else AdmissionBasis.FOUNDER))


def _list_year_end(before: date) -> date:
    """The latest 31 March whose final voter list (day 30) is affixed by `before`."""
    end = date(before.year, 3, 31)
    return end if end + timedelta(days=31) <= before else date(before.year - 1, 3, 31)


def _final_list(society, secretary, before: date) -> None:
    year_end = _list_year_end(before)
    provisional = voter_services.voter_list_affix_provisional(
        society_id=society.pk, year_ended_on=year_end, actor=secretary, today=year_end + timedelta(days=15))
    voter_services.voter_list_affix_final(list_id=provisional.pk, actor=secretary, today=year_end + timedelta(days=30))


def _old_board(society, secretary, term_ends_on: date) -> None:
    result_on = add_years(term_ends_on, -5)
    board_services.election_record(
        society_id=society.pk, actor=secretary, today=result_on, result_on=result_on, sanctioned_strength=7,
        directors=[{"name": "Bhaben Kalita", "gender": "man", "office": "president"},
                   {"name": "Anjali Bora", "gender": "woman", "office": "vice_president"},
                   {"name": "Tarun Das", "gender": "man"}])


def _run_election(society, officer, today: date) -> Election:
    election = services.election_announce(
        society_id=society.pk, actor=officer, today=today - timedelta(days=40), meeting_kind="agm",
        poll_on=today - timedelta(days=10), nominations_close_on=today - timedelta(days=20), sanctioned_strength=7,
        returning_officer=officer)
    for number, kind in NOMINATIONS.items():
        services.candidate_nominate(election_id=election.pk, actor=officer, today=today - timedelta(days=30),
                                    member_number=number, group_id=election.seat_groups.get(kind=kind).pk)
    votes = {c.pk: VOTES[c.member.number] for c in election.candidates.filter(scrutiny="accepted")}
    services.election_counts_record(election_id=election.pk, actor=officer, today=today - timedelta(days=10),
                                    votes=votes)
    election = services.election_declare(election_id=election.pk, actor=officer, today=today - timedelta(days=9))
    directors = {d.name: d.pk for d in election.elected_board.directors.all()}
    services.election_office_bearers_record(election_id=election.pk, actor=officer, today=today - timedelta(days=8),
                                            president_id=directors["Prafulla Bora"],
                                            vice_president_id=directors["Mamoni Das"])
    return election


def seed(*, today: date, stdout) -> None:
    officer = User.objects.filter(username="arcs.sonitpur").first()
    if officer is None:
        stdout.write("membership.elections: no ARCS of Sonitpur in this database; demo elections skipped")
        return
    secretary = demo_user("secretary", "Nilima Borah", "secretary@example.in")
    made = []
    for (number, name), term_ends_on in ((DUE, today + timedelta(days=120)), (HELD, today + timedelta(days=60))):
        society = _society(number, name)
        if society.boards.exists():
            continue
        with transaction.atomic():
            assign_perm("societies.act_as_secretary", secretary, society)
            _register(society, today)
            _final_list(society, secretary, today - timedelta(days=45))
            _old_board(society, secretary, term_ends_on)
            if number == HELD[0]:
                _run_election(society, officer, today)
        made.append(name)
    stdout.write(f"membership.elections: {len(made)} demo societies with Board elections "
                 "(one due on /office/elections/, one declared with reserved seats and a tie by lot)")
