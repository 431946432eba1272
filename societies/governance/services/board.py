"""The Board as the secretary files it: sanctioned strength, election results, office-bearers and Board meetings.

Each action locks the society row first (the one serialisation point for its Board), checks that the actor is the
society's secretary, changes, saves and logs in one transaction. Dates are the real dates of the events;
`today` only bounds them (nothing can be recorded in the future).
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils.translation import gettext_lazy as _

from registrar import activity, bounds
from registrar.duplicates import AlreadyRecorded
from societies.models import Society

from .. import permissions, rules
from ..actions import GovernanceAction
from ..models import Board, BoardMeeting, Director, OfficerAppointment, Requisition
from ..selectors import current_board

NO_BOARD = _("The society has no Board in office. Record an election result first.")
STRENGTH_RANGE = _("The sanctioned strength must be between 3 and %(max)s (s.35(2)).")
STRENGTH_FIRST = _("Record the Board's sanctioned strength from the bye-laws first: the quorum is half of it "
                   "(s.43(5)).")
RESULT_IN_FUTURE = _("The date the results were declared cannot be in the future.")
RESULT_BEFORE_BOARD = _("The results cannot be dated before the current Board took office (%(day)s).")
NO_DIRECTORS = _("Enter the elected directors.")
TOO_MANY_DIRECTORS = _("%(count)s elected directors is more than the sanctioned strength of %(strength)s.")
TOO_MANY_COOPTED = _("At most %(max)s co-opted experts may sit on the Board (s.42(4)).")
ONE_PRESIDENT = _("Choose exactly one President.")
ONE_VICE_PRESIDENT = _("Choose exactly one Vice-President.")
COOPTED_OFFICE = _("A co-opted expert cannot hold office as President or Vice-President (s.42(4)).")
DIRECTOR_BARRED = _("%(name)s may not be a Director until %(day)s (s.40(4)).")
OFFICE_BARRED = _("%(name)s may not be President or Vice-President until %(day)s (s.43(4)).")
SAME_PERSON = _("The President and the Vice-President must be different directors.")
TWO_PRESIDENCIES = _("%(name)s is already President or Vice-President of two other societies: no one may hold "
                     "these offices in more than two societies at once (s.41(10)).")
NOT_IN_OFFICE = _("Choose directors now in office on this Board.")
MEETING_IN_FUTURE = _("The date of the meeting cannot be in the future.")
MEETING_BEFORE_BOARD = _("The meeting cannot be dated before this Board took office (%(day)s).")
REQUISITION_NOT_OPEN = _("That requisition is not awaiting a Board meeting.")
ELECTION_EXISTS = _("The election result of %(day)s is already recorded: that Board is in office.")
BOARD_MEETING_EXISTS = _("The Board meeting of %(day)s is already recorded. A society's Board meetings are counted "
                         "one a day (s.43(1)).")


def long_date(day: date) -> str:
    """A date as messages show it: 05 Oct 2026."""
    return f"{day:%d %b %Y}"


def lock_society(society_id: int) -> Society:
    return Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)


def _current_board_locked(society) -> Board:
    board = current_board(society, lock=True)
    if board is None:
        raise ValidationError(NO_BOARD)
    return board


def bar_dates(society, name: str, on: date, person_id: int | None = None) -> tuple[date | None, date | None]:
    """The latest director bar and office bar still running on `on` for `name` (case-insensitive) in this
    society, and, once the director is linked to a person (membership.Person, issue 14), for every Director row
    of that person in any society, whatever the spelling. The bars are stored on the Director rows when a
    cessation is applied (s.40(4), s.43(4)). Unlinked directors keep the name match."""
    same_name = Q(board__society=society, name__iexact=name.strip())
    rows = Director.objects.filter(same_name | Q(person_id=person_id) if person_id else same_name)
    bars = rows.aggregate(director=Max("director_bar_until"), office=Max("office_bar_until"))
    director = bars["director"] if bars["director"] and bars["director"] > on else None
    office = bars["office"] if bars["office"] and bars["office"] > on else None
    return director, office


# ---- sanctioned strength -------------------------------------------------------------------------------------

@transaction.atomic
def board_set_strength(*, society_id: int, actor, strength: int) -> Board:
    """Record the sanctioned strength from the bye-laws: the base of the Board quorum (lifecycles.md §15 item 7)."""
    society = lock_society(society_id)
    permissions.require_secretary(actor, society)
    if not 3 <= strength <= rules.MAX_BOARD_STRENGTH:
        raise ValidationError(STRENGTH_RANGE, params={"max": rules.MAX_BOARD_STRENGTH})
    board = _current_board_locked(society)
    previous = board.sanctioned_strength
    board.sanctioned_strength = strength
    board.save(update_fields=["sanctioned_strength"])
    activity.record(GovernanceAction.BOARD_STRENGTH_RECORDED, actor=actor, society=society, target=board,
                    data={"strength": strength, "previous": previous})
    return board


# ---- election results ----------------------------------------------------------------------------------------

def other_presidencies(society, person_id: int | None) -> int:
    """How many other societies the person is President or Vice-President of now (rules.yaml
    max_two_presidencies, s.41(10)). Only a linked person can be counted across societies."""
    if not person_id:
        return 0
    return (Director.objects.filter(person_id=person_id, ceased_on__isnull=True, office_ceased_on__isnull=True,
                                    board__ended_on__isnull=True,
                                    office__in=[Director.Office.PRESIDENT, Director.Office.VICE_PRESIDENT])
            .exclude(board__society=society).values("board__society_id").distinct().count())


def _check_slate(society, directors: list[dict], strength: int, result_on: date, *,
                 offices_chosen: bool = True) -> None:
    errors = []
    elected = [d for d in directors if not d.get("is_coopted")]
    coopted = [d for d in directors if d.get("is_coopted")]
    if not elected:
        raise ValidationError(NO_DIRECTORS)
    if len(elected) > strength:
        errors.append(ValidationError(TOO_MANY_DIRECTORS, params={"count": len(elected), "strength": strength}))
    if len(coopted) > rules.MAX_COOPTED_EXPERTS:
        errors.append(ValidationError(TOO_MANY_COOPTED, params={"max": rules.MAX_COOPTED_EXPERTS}))
    offices = [d.get("office") for d in directors]
    if offices_chosen and offices.count(Director.Office.PRESIDENT) != 1:
        errors.append(ValidationError(ONE_PRESIDENT))
    if offices_chosen and offices.count(Director.Office.VICE_PRESIDENT) != 1:
        errors.append(ValidationError(ONE_VICE_PRESIDENT))
    for d in directors:
        bearer = d.get("office") in (Director.Office.PRESIDENT, Director.Office.VICE_PRESIDENT)
        if bearer and d.get("is_coopted"):
            errors.append(ValidationError(COOPTED_OFFICE))
        director_bar, office_bar = bar_dates(society, d["name"], result_on, d.get("person_id"))
        if director_bar:
            errors.append(ValidationError(DIRECTOR_BARRED, params={"name": d["name"], "day": long_date(director_bar)}))
        elif bearer and office_bar:
            errors.append(ValidationError(OFFICE_BARRED, params={"name": d["name"], "day": long_date(office_bar)}))
        elif bearer and other_presidencies(society, d.get("person_id")) >= 2:
            errors.append(ValidationError(TWO_PRESIDENCIES, params={"name": d["name"]}))
    if errors:
        raise ValidationError(errors)


ELECTION_RUN_HERE = _("The election of this society's Board is being run on the portal (announced %(day)s): its "
                      "result is declared by the returning officer's order, not entered here.")


@transaction.atomic
def election_record(*, society_id: int, actor, today: date, result_on: date, sanctioned_strength: int,
                    directors: list[dict]) -> Board:
    """The secretary's after-the-fact entry of an election result (s.41), kept for elections held before the
    portal ran them (membership.elections runs them now and calls `board_constitute`, the one writer of a new
    elected Board). Refused while an election of the society is being run on the portal.

    `directors`: dicts with name, gender, category, is_coopted, office (Director.Office values), and optionally
    person_id (a membership.Person the director is known to be: bars and s.41(10) then follow the person).
    """
    society = lock_society(society_id)
    permissions.require_secretary(actor, society)
    running = society.board_elections.exclude(state__in=("declared", "withdrawn")).order_by("announced_on").first()
    if running is not None:
        raise ValidationError(ELECTION_RUN_HERE, params={"day": long_date(running.announced_on)})
    if result_on > today:
        raise ValidationError(RESULT_IN_FUTURE)
    return board_constitute(society=society, actor=actor, result_on=result_on,
                            sanctioned_strength=sanctioned_strength, directors=directors,
                            data={"entered_after_the_fact": True})


# Called by board_constitute inside its transaction once the new Board is in office, registered by a later module
# so that supervision imports none: hook(society=, board=, result_on=, actor=, previous_status=) -> dict | None,
# merged into the election's activity entry. societies.supersession ends a supersession here.
BOARD_CONSTITUTED_HOOKS: list = []


def register_board_constituted(hook) -> None:
    if hook not in BOARD_CONSTITUTED_HOOKS:
        BOARD_CONSTITUTED_HOOKS.append(hook)


def board_constitute(*, society, actor, result_on: date, sanctioned_strength: int, directors: list[dict],
                     offices_chosen: bool = True, data: dict | None = None) -> Board:
    """The one writer of an elected Board (inside the caller's transaction, `society` locked): the Board in office
    leaves on the result date (s.41(7)), its directors' term ends, and the new Board takes office that day for
    five years (board_term_5y) with its first meeting due within 120 days (board_meeting_gap_max_120d). An officer
    in charge under s.41(6) hands over. `offices_chosen=False` (a result declared on the portal): the President
    and Vice-President are chosen afterwards by the new Board (`office_bearers_set`)."""
    if not 3 <= sanctioned_strength <= rules.MAX_BOARD_STRENGTH:
        raise ValidationError(STRENGTH_RANGE, params={"max": rules.MAX_BOARD_STRENGTH})
    old = current_board(society, lock=True)
    if old is not None and old.kind == Board.Kind.ELECTED and old.election_result_on == result_on:
        # Sent twice (a double click, a second tab): the Board it elected is in office; not a second election.
        raise AlreadyRecorded(ELECTION_EXISTS, existing=old, params={"day": long_date(result_on)})
    if old is not None and result_on < old.took_office_on:
        raise ValidationError(RESULT_BEFORE_BOARD, params={"day": long_date(old.took_office_on)})
    _check_slate(society, directors, sanctioned_strength, result_on, offices_chosen=offices_chosen)

    if old is not None:
        old.ended_on, old.end_reason = result_on, Board.EndReason.REPLACED_BY_ELECTION
        old.save(update_fields=["ended_on", "end_reason"])
        old.directors.filter(ceased_on__isnull=True).update(ceased_on=result_on,
                                                           cessation=Director.Cessation.TERM_ENDED)
    appointment = OfficerAppointment.objects.select_for_update(of=("self",)).filter(
        society=society, ended_on__isnull=True).first()
    if appointment is not None:
        appointment.ended_on = result_on
        appointment.save(update_fields=["ended_on"])
    board = Board.objects.create(
        society=society, kind=Board.Kind.ELECTED, sanctioned_strength=sanctioned_strength, took_office_on=result_on,
        election_result_on=result_on, term_ends_on=rules.board_term_last_day(result_on),
        next_meeting_due_on=rules.next_board_meeting_last_day(result_on),
    )
    Director.objects.bulk_create([
        Director(board=board, name=d["name"].strip(), gender=d["gender"],
                 category=d.get("category") or Director.Category.GENERAL, is_coopted=bool(d.get("is_coopted")),
                 office=d.get("office") or Director.Office.DIRECTOR, joined_on=result_on,
                 person_id=d.get("person_id"))
        for d in directors
    ])
    previous_status = society.governance_status
    society.board_elected()
    society.save(update_fields=["governance_status"])
    handed_over = {}
    for hook in BOARD_CONSTITUTED_HOOKS:  # e.g. a supersession ends (s.125, s.140(2)): its administrators leave
        handed_over.update(hook(society=society, board=board, result_on=result_on, actor=actor,
                                previous_status=previous_status) or {})
    activity.record(GovernanceAction.ELECTION_RECORDED, actor=actor, society=society, target=board, data={
        "result_on": result_on, "directors": len(directors), "sanctioned_strength": sanctioned_strength,
        "term_ends_on": board.term_ends_on, "replaced_board": old.pk if old else None,
        "officer_in_charge_ended": appointment.pk if appointment else None, **handed_over, **(data or {}),
    })
    return board


# ---- office-bearers ------------------------------------------------------------------------------------------

@transaction.atomic
def office_bearers_change(*, society_id: int, actor, today: date, president_id: int,
                          vice_president_id: int) -> Board:
    """The secretary records the President and Vice-President the Board chose among its directors."""
    society = lock_society(society_id)
    permissions.require_secretary(actor, society)
    return office_bearers_set(society=society, actor=actor, today=today, president_id=president_id,
                              vice_president_id=vice_president_id)


def office_bearers_set(*, society, actor, today: date, president_id: int, vice_president_id: int) -> Board:
    """Choose the President and Vice-President among the directors in office (inside the caller's transaction,
    `society` locked): someone under the 3-year office bar (s.43(4), president_office_bar_3y) or already
    President or Vice-President of two other societies (s.41(10), max_two_presidencies, across the person's
    societies through membership.Person) cannot be chosen."""
    board = _current_board_locked(society)
    if president_id == vice_president_id:
        raise ValidationError(SAME_PERSON)
    in_office = {d.pk: d for d in board.directors.select_for_update(of=("self",)).filter(ceased_on__isnull=True)}
    president, vice = in_office.get(president_id), in_office.get(vice_president_id)
    if president is None or vice is None:
        raise ValidationError(NOT_IN_OFFICE)
    errors = []
    for person in (president, vice):
        if person.is_coopted:
            errors.append(ValidationError(COOPTED_OFFICE))
        _director_bar, office_bar = bar_dates(society, person.name, today, person.person_id)
        if office_bar:
            errors.append(ValidationError(OFFICE_BARRED, params={"name": person.name, "day": long_date(office_bar)}))
        elif other_presidencies(society, person.person_id) >= 2:
            errors.append(ValidationError(TWO_PRESIDENCIES, params={"name": person.name}))
    if errors:
        raise ValidationError(errors)
    before = {d.office: d.name for d in in_office.values() if d.office != Director.Office.DIRECTOR}
    # Step everyone down first: the one-President / one-Vice-President constraints hold after every statement.
    Director.objects.filter(pk__in=in_office).exclude(office=Director.Office.DIRECTOR) \
        .update(office=Director.Office.DIRECTOR)
    Director.objects.filter(pk=president.pk).update(office=Director.Office.PRESIDENT)
    Director.objects.filter(pk=vice.pk).update(office=Director.Office.VICE_PRESIDENT)
    activity.record(GovernanceAction.OFFICE_BEARERS_CHANGED, actor=actor, society=society, target=board, data={
        "before": before, "president": president.name, "vice_president": vice.name, "on": today,
    })
    return board


# ---- Board meetings ------------------------------------------------------------------------------------------

@transaction.atomic
def board_meeting_record(*, society_id: int, actor, today: date, held_on: date, present_ids: list[int],
                         agenda: str = "", requisition_id: int | None = None) -> BoardMeeting:
    """Record a Board meeting (s.43). The quorum is half the sanctioned strength (s.43(5), board_quorum_50pct);
    without it the meeting is kept but not held, and the 120-day clock does not move. A held meeting re-arms the
    clock from its date unless a later held meeting is already on record (an older meeting entered late never
    moves it backwards). A linked Board requisition is met only if held by its last day (s.43(2))."""
    society = lock_society(society_id)
    permissions.require_secretary(actor, society)
    # The natural key (society, day), under the society's lock and constraint one_board_meeting_per_day: a double
    # click or a second tab records the meeting once, and one day never counts twice toward the four a year.
    existing = BoardMeeting.objects.filter(society=society, held_on=held_on).first()
    if existing is not None:
        raise AlreadyRecorded(BOARD_MEETING_EXISTS, existing=existing, params={"day": long_date(held_on)})
    board = _current_board_locked(society)
    if board.sanctioned_strength is None:
        raise ValidationError(STRENGTH_FIRST)
    if held_on > today:
        raise ValidationError(MEETING_IN_FUTURE)
    bounds.validate_since_commencement(held_on)
    if held_on < board.took_office_on:
        raise ValidationError(MEETING_BEFORE_BOARD, params={"day": long_date(board.took_office_on)})
    present = list(board.directors.filter(pk__in=present_ids, ceased_on__isnull=True))
    if len(present) != len(set(present_ids)):
        raise ValidationError(NOT_IN_OFFICE)
    requisition = None
    if requisition_id:
        requisition = Requisition.objects.select_for_update(of=("self",)).filter(
            pk=requisition_id, society=society, kind=Requisition.Kind.BOARD_MEETING).first()
        if requisition is None or requisition.state != Requisition.State.OPEN:
            raise ValidationError(REQUISITION_NOT_OPEN)
    quorum = rules.board_quorum(board.sanctioned_strength)
    quorum_met = len(present) >= quorum
    latest_held = board.meetings.filter(quorum_met=True).aggregate(latest=Max("held_on"))["latest"]
    meeting = BoardMeeting.objects.create(
        board=board, society=society, held_on=held_on, present_count=len(present), quorum_required=quorum,
        quorum_met=quorum_met, requisition=requisition, agenda=agenda, recorded_on=today, recorded_by=actor,
    )
    meeting.present.set(present)
    clock_moved = quorum_met and (latest_held is None or held_on > latest_held)
    if clock_moved:
        board.next_meeting_due_on = rules.next_board_meeting_last_day(held_on)
        board.save(update_fields=["next_meeting_due_on"])
    requisition_met = bool(requisition and quorum_met and requisition.received_on <= held_on <= requisition.hold_by)
    if requisition_met:
        requisition.mark_held(on=held_on)
        requisition.save(update_fields=["state", "held_on"])
    activity.record(GovernanceAction.BOARD_MEETING_RECORDED, actor=actor, society=society, target=meeting, data={
        "held_on": held_on, "present": len(present), "quorum": quorum, "quorum_met": quorum_met,
        "next_meeting_due_on": board.next_meeting_due_on if clock_moved else None,
        "requisition": requisition.pk if requisition else None, "requisition_met": requisition_met,
    })
    return meeting
