"""Demo supervision data (Sonitpur, Kamrup, Jorhat), spread around `today` so every clock and effect shows.

Each society is built once (keyed by its registration number), with its facts dated relative to `today`; then the
real sweepers run for `today`, so the automatic effects (a dissolution, a President's cessation, a deemed
approval) appear in the activity log dated on their legal days. Idempotent: seed_demo may run twice.
"""

from datetime import date, timedelta

from django.core.files.base import ContentFile
from guardian.shortcuts import assign_perm

from registrar import sweeps
from registrar.calendar import add_months
from registrar.demo import demo_user, register_login
from registrar.models import District, Officer, User

from . import rules
from .models import Board, BoardMeeting, Director, FinancialYear, GeneralMeeting, Proceedings, Requisition
from .services.officer import officer_appoint
from .services.supervision import financial_year_open

PEOPLE = ["Ranjit Bora", "Mamoni Saikia", "Dilip Kalita", "Anjali Deka", "Pabitra Nath", "Junmoni Gogoi",
          "Bhaben Das"]
TINY_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def demo_number(code: str, n: int, year: int) -> str:
    """A registration number in the office's real format (societies.registration.services: SNT/REG/2015/0001).
    The demo societies were registered years ago, so they never meet the numbers the portal issues this year."""
    return f"{code}/REG/{year}/{n:04d}"


def _society(code: str, n: int, name: str, kind: str, *, registered_on: date, fy_end: date | None = None):
    from societies.models import Society

    number = demo_number(code, n, registered_on.year)
    existing = Society.objects.filter(registration_number=number).first()
    if existing is not None:
        return existing, False
    district = District.objects.get(code=code)
    society = Society.objects.create(
        registration_number=number, name=name, society_type=kind, district=district, registered_on=registered_on,
        address=f"Ward 3, {district.headquarters}", area_of_operation=f"{district.name} district",
        fy_end_month=fy_end.month if fy_end else 3, fy_end_day=fy_end.day if fy_end else 31,
    )
    return society, True


def _board(society, elected_on: date, *, next_due: date) -> Board:
    from societies.models import Society

    board = Board.objects.create(society=society, kind=Board.Kind.ELECTED, sanctioned_strength=7,
                                 took_office_on=elected_on, election_result_on=elected_on,
                                 term_ends_on=rules.board_term_last_day(elected_on), next_meeting_due_on=next_due)
    offices = [Director.Office.PRESIDENT, Director.Office.VICE_PRESIDENT] + [Director.Office.DIRECTOR] * 5
    for i, (name, office) in enumerate(zip(PEOPLE, offices, strict=True)):
        Director.objects.create(board=board, name=name, gender="woman" if i % 2 else "man", office=office,
                                joined_on=elected_on)
    Society.objects.filter(pk=society.pk).update(governance_status="elected_board")
    return board


def _year(society, fy_end: date, *, agm_on: date | None = None, checked: bool = True) -> FinancialYear:
    """A year row; `checked` marks the older years as already dealt with so only the story of each society
    reaches the sweepers."""
    year = financial_year_open(society, fy_end)
    updates = {"next_opened": FinancialYear.objects.filter(society=society, ends_on__gt=fy_end).exists()}
    if checked:
        updates.update(agm_checked=True, meetings_checked=True)
    if agm_on:
        updates.update(agm_held_on=agm_on, returns_last_day=rules.returns_last_day(agm_on))
    FinancialYear.objects.filter(pk=year.pk).update(**updates)
    year.refresh_from_db()
    return year


def _meetings(board, days: list[date], recorder) -> None:
    for day in days:
        BoardMeeting.objects.create(board=board, society=board.society, held_on=day, present_count=5,
                                    quorum_required=rules.board_quorum(7), quorum_met=True, recorded_on=day,
                                    recorded_by=recorder, agenda="Monthly business")


def _agm(society, year: FinancialYear | None, held_on: date, recorder) -> GeneralMeeting:
    return GeneralMeeting.objects.create(
        society=society, kind=GeneralMeeting.Kind.AGM if year else GeneralMeeting.Kind.SPECIAL, financial_year=year,
        held_on=held_on, members_eligible=240, members_present=61, quorum_required=rules.general_meeting_quorum(240),
        quorum_met=True, accounts_ready_on=held_on - timedelta(days=20) if year else None,
        resolutions="Accounts adopted; auditor's report accepted." if year else "Budget revised.",
        recorded_on=held_on, recorded_by=recorder)


def _proceedings(meeting, received_on: date, recorder) -> Proceedings:
    return Proceedings.objects.create(
        meeting=meeting, society=meeting.society, document=ContentFile(TINY_PDF, name="proceedings.pdf"),
        original_name="proceedings.pdf", summary="AGM proceedings: accounts adopted, budget passed.",
        received_on=received_on, filing_last_day=rules.proceedings_filing_last_day(meeting.held_on),
        approval_last_day=rules.proceedings_approval_last_day(received_on), filed_by=recorder)


def _month_end(day: date) -> date:
    return add_months(day.replace(day=1), 1) - timedelta(days=1)


def seed(*, today: date, stdout) -> None:
    secretary = demo_user("secretary", "Nilima Borah", "secretary@example.in")
    register_login("Society secretary (Board, meetings, file an annual return)", "secretary")
    arcs = {code: User.objects.get(username=u) for code, u in
            (("SNT", "arcs.sonitpur"), ("KMR", "arcs.kamrup"), ("JRH", "arcs.jorhat"))}
    this_end = rules.financial_year_end_on_or_after(today)
    last_end = this_end.replace(year=this_end.year - 1)
    # The latest 31 March year whose AGM deadline passed at least ten days ago (a dissolution to show).
    missed_end = last_end if rules.agm_last_day(last_end) < today - timedelta(days=10) \
        else last_end.replace(year=last_end.year - 1)
    built = 0

    # 1. Compliant (the demo secretary's): its year ended with the month three months ago, the AGM was held ten
    # days ago within six months, four Board meetings, proceedings approved; the annual return is due in 20 days.
    own_end = _month_end(add_months(today, -3))
    society, new = _society("SNT", 1, "Dhekiajuli Dairy Co-operative Society Limited", "dairy",
                            registered_on=date(2015, 4, 10), fy_end=own_end)
    if new:
        built += 1
        assign_perm("societies.act_as_secretary", secretary, society)
        board = _board(society, today - timedelta(days=700), next_due=rules.next_board_meeting_last_day(
            today - timedelta(days=25)))
        _meetings(board, [own_end - timedelta(days=d) for d in (300, 200, 100, 10)] + [today - timedelta(days=25)],
                  secretary)
        agm_on = today - timedelta(days=10)
        year = _year(society, own_end, agm_on=agm_on)
        _year(society, rules.next_financial_year_end(own_end), checked=False)
        meeting = _agm(society, year, agm_on, secretary)
        approved = _proceedings(meeting, agm_on + timedelta(days=3), secretary)
        approved.approve(on=agm_on + timedelta(days=6), by=arcs["SNT"])
        approved.save()

    # 2. Returns overdue: AGM held long ago, no return.
    society, new = _society("SNT", 2, "Tezpur Fishery Co-operative Society Limited", "fishery",
                            registered_on=date(2012, 8, 1))
    if new:
        built += 1
        board = _board(society, today - timedelta(days=900), next_due=today + timedelta(days=60))
        _meetings(board, [last_end - timedelta(days=d) for d in (330, 240, 120, 30)], arcs["SNT"])
        overdue_agm = min(today - timedelta(days=60), rules.agm_last_day(last_end) - timedelta(days=5))
        _agm(society, _year(society, last_end, agm_on=overdue_agm), overdue_agm, arcs["SNT"])
        _year(society, this_end, checked=False)

    # 3. Proceedings awaiting approval: one deemed approved in 2 days, one just received (Kamrup).
    society, new = _society("KMR", 3, "Rangia Weavers Co-operative Society Limited", "handloom_weavers",
                            registered_on=date(2016, 1, 5))
    if new:
        built += 1
        board = _board(society, today - timedelta(days=500), next_due=today + timedelta(days=40))
        _meetings(board, [last_end - timedelta(days=d) for d in (330, 240, 120, 30)], arcs["KMR"])
        _year(society, last_end, agm_on=rules.agm_last_day(last_end) - timedelta(days=12))
        _year(society, this_end, checked=False)
        special = _agm(society, None, today - timedelta(days=20), arcs["KMR"])  # a special general meeting
        _proceedings(special, today - timedelta(days=14), arcs["KMR"])  # deemed approved on today + 2

    # 4. A Board a few days from dissolution: its year ends so that the AGM's last day is today + 4.
    target = today + timedelta(days=4)
    fy_end = add_months(target, -6)
    society, new = _society("SNT", 4, "Rangapara Tea Growers Co-operative Society Limited", "marketing",
                            registered_on=date(2014, 2, 3), fy_end=fy_end)
    if new:
        built += 1
        board = _board(society, today - timedelta(days=800), next_due=today + timedelta(days=30))
        _meetings(board, [fy_end - timedelta(days=d) for d in (320, 230, 140, 50)], arcs["SNT"])
        _year(society, fy_end, checked=False)
        FinancialYear.objects.filter(society=society, ends_on=fy_end).update(meetings_checked=True, next_opened=True)
        _year(society, rules.next_financial_year_end(fy_end), checked=False)

    # 5. Already dissolved (Jorhat): no AGM for last year; the sweep below dissolves it on its legal day.
    # 6. Officer in charge (Kamrup): dissolved the same way, then an officer appointed by the real service.
    for code, n, name, kind in (("JRH", 5, "Titabar Farming Co-operative Society Limited", "farming"),
                                ("KMR", 6, "Hajo Sericulture Co-operative Society Limited", "sericulture")):
        society, new = _society(code, n, name, kind, registered_on=date(2013, 5, 20))
        if new:
            built += 1
            board = _board(society, missed_end - timedelta(days=700), next_due=today + timedelta(days=90))
            _meetings(board, [missed_end - timedelta(days=d) for d in (330, 240, 150, 60)], arcs[code])
            _year(society, missed_end, checked=False)  # the following years are opened by the sweep
            FinancialYear.objects.filter(society=society, ends_on=missed_end).update(meetings_checked=True)

    # 7. An open requisition, and a President who ceased for a gap (an open flag for the Registrar).
    society, new = _society("SNT", 7, "Jamugurihat Consumers Co-operative Society Limited", "consumer_store",
                            registered_on=date(2018, 11, 12))
    if new:
        built += 1
        board = _board(society, today - timedelta(days=400), next_due=today - timedelta(days=20))
        _meetings(board, [today - timedelta(days=140)], arcs["SNT"])
        _year(society, this_end, checked=False)
        received = today - timedelta(days=10)
        Requisition.objects.create(society=society, kind=Requisition.Kind.GENERAL_MEETING,
                                   requisitioned_by=Requisition.From.MEMBERS, received_on=received,
                                   agenda="Removal of the Board; reasons attached.",
                                   hold_by=rules.special_gm_last_day(received), recorded_by=arcs["SNT"])

    # The law applies itself, each effect dated on its legal day.
    applied = sum(result.count for _s, result in sweeps.run_all(today=today))
    from societies.models import Society

    society = Society.objects.filter(registration_number=demo_number("KMR", 6, 2013),
                                     governance_status="board_ceased").first()
    if society is not None:
        ended = Board.objects.filter(society=society).order_by("-ended_on").values_list("ended_on", flat=True).first()
        officer_appoint(society_id=society.pk, actor=arcs["KMR"], officer=Officer.objects.get(user=arcs["KMR"]),
                        appointed_on=max(ended or today, today - timedelta(days=30)),
                        order_number="ARCS/KMR/41-6/DEMO/1", today=today)
    stdout.write(f"Supervision: {built} demo societies built, {applied} automatic effects applied by the sweeps.")
