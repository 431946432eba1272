"""Builders for the compliance-card tests: a supervised society, and a spread of societies covering every state.

Dates come from societies.governance.rules (the statute engine) where a test asserts a statutory date; the spread
for the list sets the stored last-day columns directly, relative to a fixed day, to reach each state."""

from datetime import date, timedelta
from itertools import count

from django.core.files.base import ContentFile

from registrar.models import User
from societies.governance import rules
from societies.governance.models import (
    Board,
    BoardMeeting,
    ComplianceFlag,
    Director,
    FinancialYear,
    GeneralMeeting,
    OfficerAppointment,
    Proceedings,
)
from societies.governance.services.supervision import financial_year_open, supervision_start
from societies.models import Society

_numbers = count(1)


def make_society(district, *, name=None, registered_on=date(2025, 4, 10), supervised=True, **extra) -> Society:
    n = next(_numbers)
    society = Society.objects.create(
        registration_number=f"{district.code}/REG/T/{n:05d}", name=name or f"Test {n} Co-operative Society Limited",
        society_type=extra.pop("society_type", "fishery"), district=district, address=f"Ward {n}, {district.name}",
        registered_on=registered_on, **extra)
    if supervised:
        supervision_start(society)
    return society


def reload(society) -> Society:
    return Society.objects.select_related("district").get(pk=society.pk)


def set_status(society, governance=None, legal=None) -> Society:
    """The FSM fields are protected; tests that need a status reached by another area's service set it here."""
    fields = {k: v for k, v in (("governance_status", governance), ("legal_status", legal)) if v}
    Society.objects.filter(pk=society.pk).update(**fields)
    return Society.objects.select_related("district").get(pk=society.pk)


def elect_board(society, *, elected_on: date, president="Anjali Das", vice_president="Bhaskar Saikia",
                directors=("Chandan Kalita",), strength=11, next_meeting_due_on=None) -> Board:
    Board.objects.filter(society=society, ended_on__isnull=True).update(
        ended_on=elected_on, end_reason=Board.EndReason.REPLACED_BY_ELECTION)
    board = Board.objects.create(
        society=society, kind=Board.Kind.ELECTED, sanctioned_strength=strength, took_office_on=elected_on,
        election_result_on=elected_on, term_ends_on=rules.board_term_last_day(elected_on),
        next_meeting_due_on=next_meeting_due_on or rules.next_board_meeting_last_day(elected_on))
    for name, office in ((president, "president"), (vice_president, "vice_president"),
                         *((d, "director") for d in directors)):
        Director.objects.create(board=board, name=name, gender="woman", office=office, joined_on=elected_on)
    set_status(society, governance="elected_board")
    return board


def year(society, fy_end: date) -> FinancialYear:
    return financial_year_open(society, fy_end)


def _user() -> User:
    return User.objects.get_or_create(username="gov-card-recorder")[0]


def record_board_meeting(society, board, held_on: date, *, quorum_met=True) -> BoardMeeting:
    return BoardMeeting.objects.create(board=board, society=society, held_on=held_on, present_count=6,
                                       quorum_required=6, quorum_met=quorum_met, recorded_on=held_on,
                                       recorded_by=_user())


def file_proceedings(society, received_on: date, *, held_on=None, state="filed", decided_on=None) -> Proceedings:
    held_on = held_on or received_on - timedelta(days=5)
    meeting = GeneralMeeting.objects.create(
        society=society, kind="agm", held_on=held_on, members_eligible=250, members_present=40, quorum_required=25,
        quorum_met=True, recorded_on=held_on, recorded_by=_user())
    proceedings = Proceedings(
        meeting=meeting, society=society, original_name="proceedings.pdf", summary="AGM: accounts adopted.",
        received_on=received_on, filing_last_day=rules.proceedings_filing_last_day(held_on),
        approval_last_day=rules.proceedings_approval_last_day(received_on), filed_by=_user())
    proceedings.document.save("proceedings.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    proceedings.save()
    if state != "filed":
        Proceedings.objects.filter(pk=proceedings.pk).update(state=state, decided_on=decided_on)
    return Proceedings.objects.get(pk=proceedings.pk)


def raise_flag(society, raised_on: date, *, state="open", key="fy:2026-03-31") -> ComplianceFlag:
    return ComplianceFlag.objects.create(society=society, kind=ComplianceFlag.Kind.PART_YEAR_MEETINGS,
                                         rule_id="board_meetings_min_4_per_fy", subject_key=key, raised_on=raised_on,
                                         facts="Two meetings in a part year.", state=state)


def appoint_officer(society, officer_user, appointed_on: date) -> OfficerAppointment:
    Board.objects.filter(society=society, ended_on__isnull=True).update(
        ended_on=appointed_on, end_reason=Board.EndReason.DISSOLVED_NO_AGM)
    set_status(society, governance="officer_in_charge")
    return OfficerAppointment.objects.create(
        society=society, officer=officer_user, appointed_by=officer_user, appointed_on=appointed_on,
        order_number=f"ORD/{society.pk}/{appointed_on:%Y%m%d}", board_due_on=rules.officer_board_last_day(appointed_on))


# ---- a spread for the list: every state, reached through each item --------------------------------------------

SPREAD_TODAY = date(2026, 7, 1)  # the latest ended year is 2025-26 (AGM by 30 Sep 2026)


def _supervised(district, name):
    """Registered 10 Apr 2024: years 2024-25 (AGM and return done in time) and 2025-26 (AGM not yet due), an
    elected Board in office since 1 Apr 2025 (term to 1 Apr 2030), next Board meeting due 60 days ahead."""
    society = make_society(district, name=name, registered_on=date(2024, 4, 10))
    first = FinancialYear.objects.get(society=society)
    FinancialYear.objects.filter(pk=first.pk).update(agm_held_on=date(2025, 9, 10),
                                                     returns_last_day=date(2025, 10, 10),
                                                     returns_filed_on=date(2025, 10, 1))
    year(society, date(2026, 3, 31))
    year(society, date(2027, 3, 31))
    board = elect_board(society, elected_on=date(2025, 4, 1), next_meeting_due_on=SPREAD_TODAY + timedelta(days=60))
    return Society.objects.get(pk=society.pk), board


def _latest(society):
    return FinancialYear.objects.filter(society=society, ends_on=date(2026, 3, 31))


def build_spread(district, officer_user, copies: int = 1) -> dict[str, str]:
    """`copies` societies per scenario; returns {society name: expected overall state} as of SPREAD_TODAY."""
    t = SPREAD_TODAY
    expected = {}
    scenarios = {
        "green": ("green", lambda s, b: None),
        "agm-soon": ("amber", lambda s, b: _latest(s).update(agm_last_day=t + timedelta(days=10))),
        "agm-missed": ("red", lambda s, b: _latest(s).update(agm_last_day=t - timedelta(days=1))),
        "agm-late": ("red", lambda s, b: _latest(s).update(agm_last_day=date(2026, 6, 1), agm_held_on=date(2026, 6, 20))),
        "return-soon": ("amber", lambda s, b: _latest(s).update(agm_held_on=date(2026, 6, 20),
                                                                returns_last_day=t + timedelta(days=5))),
        "return-overdue": ("red", lambda s, b: FinancialYear.objects.filter(society=s, ends_on=date(2025, 3, 31))
                           .update(returns_filed_on=None)),
        "return-filed": ("green", lambda s, b: _latest(s).update(agm_held_on=date(2026, 6, 1),
                                                                 returns_filed_on=date(2026, 6, 20))),
        "term-soon": ("amber", lambda s, b: Board.objects.filter(pk=b.pk).update(term_ends_on=t + timedelta(days=100))),
        "term-passed": ("red", lambda s, b: Board.objects.filter(pk=b.pk).update(term_ends_on=t - timedelta(days=1))),
        "meeting-soon": ("amber", lambda s, b: Board.objects.filter(pk=b.pk).update(
            next_meeting_due_on=t + timedelta(days=7))),
        "meeting-late": ("red", lambda s, b: Board.objects.filter(pk=b.pk).update(
            next_meeting_due_on=t - timedelta(days=3))),
        "president-ceased": ("red", lambda s, b: Board.objects.filter(pk=b.pk).update(next_meeting_due_on=None)),
        "proceedings-awaiting": ("amber", lambda s, b: file_proceedings(s, t - timedelta(days=3))),
        "proceedings-returned": ("red", lambda s, b: file_proceedings(s, t - timedelta(days=20), state="returned",
                                                                      decided_on=t - timedelta(days=10))),
        "proceedings-approved": ("green", lambda s, b: file_proceedings(s, t - timedelta(days=20), state="approved",
                                                                        decided_on=t - timedelta(days=10))),
        "flag-open": ("red", lambda s, b: raise_flag(s, t - timedelta(days=2))),
        "flag-dismissed": ("green", lambda s, b: raise_flag(s, t - timedelta(days=2), state="dismissed")),
        "officer-in-charge": ("amber", lambda s, b: appoint_officer(s, officer_user, t - timedelta(days=10))),
        "officer-overrun": ("red", lambda s, b: appoint_officer(s, officer_user, t - timedelta(days=100))),
        "board-dissolved": ("red", lambda s, b: (Board.objects.filter(pk=b.pk).update(
            ended_on=t - timedelta(days=5), end_reason=Board.EndReason.DISSOLVED_NO_AGM),
            set_status(s, governance="board_ceased"))),
        "dissolved-society": ("grey", lambda s, b: set_status(s, legal="dissolved")),
    }
    for copy in range(copies):
        for key, (state, apply) in scenarios.items():
            name = f"{key} {copy:03d} Co-operative Society Limited"
            society, board = _supervised(district, name)
            apply(society, board)
            expected[name] = state
    return expected
