"""Board elections, one service per action: announce, nominate (scrutinised at once), record the counts (ties by
lot), declare the result (an order; supervision's Board), record the office-bearers the new Board chose.

Each locks the society row (supervision's serialisation point for its Board) and the election, checks that the
actor is the Election Authority (the ARCS of the district or above, s.41(1): governance.permissions
can_supervise) or, for the counts, the election's returning officer, changes, saves and logs in one transaction.
"""

import secrets
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from orders.naming import order_subject
from orders.services import order_issue
from registrar import activity
from societies.governance.models import GeneralMeeting
from societies.governance.permissions import NOT_SUPERVISOR, can_supervise
from societies.governance.rules import MAX_BOARD_STRENGTH
from societies.governance.selectors import current_board
from societies.governance.services.board import board_constitute, lock_society, long_date, office_bearers_set

from ..models import Candidate, Election, ElectionSeatGroup, Member
from . import rules, scrutiny
from .actions import ElectionAction
from .orders import RESULT

Kind = ElectionSeatGroup.Kind

ALREADY_OPEN = _("An election of this Board is already under way (poll on %(day)s).")
NO_ROLL = _("The society has no final voter list valid on the poll day: the roll is the final list (s.26(3), "
            "s.41(1)). Affix the final voter list first.")
POLL_PAST = _("The general meeting for the poll cannot be before today.")
POLL_AFTER_TERM = _("The poll must be held by %(day)s, the day the Board's term ends (s.41(2), s.41(4)).")
NOMINATIONS_AFTER_POLL = _("The last day for nominations must be before the poll.")
NOMINATIONS_PAST = _("The last day for nominations cannot be before today.")
STRENGTH_RANGE = _("The Board has 3 to %(max)s directors (s.35(2)).")
TOO_MANY_RESERVED = _("%(strength)s directors leave no general seat after %(reserved)s reserved and territorial "
                      "seats.")
TERRITORIAL_AFTER_AGM = _("The area meeting for %(area)s must be held before the general meeting of %(day)s "
                          "(s.30(3)).")
NOT_ANNOUNCED = _("Nominations are closed: this election is %(state)s.")
NOMINATIONS_CLOSED = _("The last day for nominations was %(day)s.")
NO_SUCH_MEMBER = _("There is no member number %(number)s on the register.")
NOMINATED_TWICE = _("%(name)s is already nominated in this election.")
NOT_RETURNING_OFFICER = _("Only the returning officer of this election or the ARCS of the district may record "
                          "the counts.")
NOT_COUNTING = _("The counts can be recorded only once, after nominations: this election is %(state)s.")
BEFORE_POLL = _("The counts cannot be recorded before the poll on %(day)s.")
VOTES_MISSING = _("Enter the votes of every valid candidate.")
VOTES_OVER_ROLL = _("%(name)s cannot have more votes than the %(roll)s voters on the roll.")
NOT_COUNTED = _("The result can be declared once the counts are recorded: this election is %(state)s.")
NOBODY_ELECTED = _("No candidate was elected: there is no Board to declare.")
NOT_DECLARED = _("The office-bearers are chosen by the Board the declared result constituted.")
BOARD_NOT_CURRENT = _("The Board this election constituted is no longer in office.")


def _require_authority(actor, society) -> None:
    if not can_supervise(actor, society):
        raise PermissionDenied(NOT_SUPERVISOR)


def _lock_election(election_id: int) -> Election:
    """Society first, then the election (the order every governance writer takes)."""
    society_id = Election.objects.values_list("society_id", flat=True).get(pk=election_id)
    society = lock_society(society_id)
    election = Election.objects.select_for_update(of=("self",)).get(pk=election_id)
    election.society = society
    return election


def _has_members(society, day: date) -> tuple[bool, bool]:
    current = Member.objects.filter(society=society, admitted_on__lte=day).exclude(ceased_on__lte=day)
    return (current.filter(category__in=("sc", "st")).exists(), current.filter(person__gender="woman").exists())


@transaction.atomic
def election_announce(*, society_id: int, actor, today: date, meeting_kind: str, poll_on: date,
                      nominations_close_on: date, sanctioned_strength: int, returning_officer=None,
                      returning_officer_name: str = "", territorial: list[dict] | None = None) -> Election:
    """Announce the election of the Board at the general meeting called for it (s.41(1), 41(5)), before the term
    ends (election_before_term_expiry). The seats: s.35(2)'s reserved seats where the register has such members
    (board_reservation_scst_women), territorial seats at area meetings before the meeting (s.30(3)), and the
    general seats that remain. `territorial`: dicts with area, seats, meeting_on."""
    from ..voters.rolls import final_list_on, voters_on

    society = lock_society(society_id)
    _require_authority(actor, society)
    running = society.board_elections.filter(state__in=(Election.State.ANNOUNCED, Election.State.COUNTED)).first()
    if running is not None:
        raise ValidationError(ALREADY_OPEN, params={"day": long_date(running.poll_on)})
    board = current_board(society)
    errors = []
    if poll_on < today:
        errors.append(ValidationError(POLL_PAST))
    elif board is not None and board.kind == board.Kind.ELECTED and not rules.poll_in_time(poll_on, board.term_ends_on):
        errors.append(ValidationError(POLL_AFTER_TERM, params={"day": long_date(board.term_ends_on)}))
    if nominations_close_on >= poll_on:
        errors.append(ValidationError(NOMINATIONS_AFTER_POLL))
    elif nominations_close_on < today:
        errors.append(ValidationError(NOMINATIONS_PAST))
    if not 3 <= sanctioned_strength <= MAX_BOARD_STRENGTH:
        errors.append(ValidationError(STRENGTH_RANGE, params={"max": MAX_BOARD_STRENGTH}))
    territorial = territorial or []
    for area in territorial:
        if not rules.territorial_meeting_in_time(area["meeting_on"], poll_on):
            errors.append(ValidationError(TERRITORIAL_AFTER_AGM, params={"area": area["area"],
                                                                       "day": long_date(poll_on)}))
    has_scst, has_women = _has_members(society, today)
    scst, women = rules.reserved_seats(has_scst_members=has_scst, has_women_members=has_women)
    reserved = scst + women + sum(a["seats"] for a in territorial)
    if not errors and sanctioned_strength - reserved < 1:
        errors.append(ValidationError(TOO_MANY_RESERVED, params={"strength": sanctioned_strength,
                                                               "reserved": reserved}))
    if errors:
        raise ValidationError(errors)
    if final_list_on(society, poll_on) is None:
        raise ValidationError(NO_ROLL)
    roll_size = voters_on(society, poll_on, purpose="board_election").count()
    name = returning_officer_name.strip() or (returning_officer.get_full_name() or returning_officer.username
                                              if returning_officer else "")
    election = Election.objects.create(
        society=society, board=board, meeting_kind=meeting_kind, poll_on=poll_on,
        nominations_close_on=nominations_close_on, sanctioned_strength=sanctioned_strength, roll_size=roll_size,
        returning_officer=returning_officer, returning_officer_name=name or (actor.get_full_name() or actor.username),
        announced_on=today, announced_by=actor)
    groups = [ElectionSeatGroup(election=election, kind=Kind.GENERAL, seats=sanctioned_strength - reserved)]
    if scst:
        groups.append(ElectionSeatGroup(election=election, kind=Kind.SCST, seats=scst))
    if women:
        groups.append(ElectionSeatGroup(election=election, kind=Kind.WOMEN, seats=women))
    groups += [ElectionSeatGroup(election=election, kind=Kind.TERRITORIAL, area=a["area"].strip(), seats=a["seats"],
                                 meeting_on=a["meeting_on"]) for a in territorial]
    ElectionSeatGroup.objects.bulk_create(groups)
    activity.record(ElectionAction.ANNOUNCED, actor=actor, society=society, target=election, data={
        "poll_on": poll_on, "nominations_close_on": nominations_close_on, "roll": roll_size,
        "seats": {g.kind + (f":{g.area}" if g.area else ""): g.seats for g in groups},
        "board_term_ends_on": board.term_ends_on if board else None})
    return election


@transaction.atomic
def candidate_nominate(*, election_id: int, actor, today: date, member_number: int, group_id: int) -> Candidate:
    """Enter a nomination and scrutinise it at once (membership.elections.scrutiny): the candidate is kept either
    way, valid or rejected with every reason found, so the scrutiny list shows both."""
    election = _lock_election(election_id)
    _require_authority(actor, election.society)
    if election.state != Election.State.ANNOUNCED:
        raise ValidationError(NOT_ANNOUNCED, params={"state": election.get_state_display()})
    if today > election.nominations_close_on:
        raise ValidationError(NOMINATIONS_CLOSED, params={"day": long_date(election.nominations_close_on)})
    group = election.seat_groups.get(pk=group_id)
    member = Member.objects.select_related("person").filter(society=election.society, number=member_number).first()
    if member is None:
        raise ValidationError(NO_SUCH_MEMBER, params={"number": member_number})
    if election.candidates.filter(member=member).exists():
        raise ValidationError(NOMINATED_TWICE, params={"name": member.person.name})
    found = scrutiny.scrutinise(election, group, member, on=today)
    candidate = Candidate.objects.create(
        election=election, group=group, member=member, person=member.person, name=member.person.name,
        gender=member.person.gender, category=member.category, nominated_on=today,
        scrutiny=scrutiny.verdict(found), reasons=[f.as_json() for f in found], entered_by=actor)
    activity.record(ElectionAction.CANDIDATE_SCRUTINISED, actor=actor, society=election.society, target=candidate,
                    data={"election": election.pk, "member": member.number, "seat": str(group.kind),
                          "scrutiny": candidate.scrutiny, "reasons": [f.code for f in found]})
    return candidate


def may_count(actor, election) -> bool:
    """The election's returning officer (an officer named at the announcement, or an outside party invited and
    accepted through parties/), or the Election Authority of the district."""
    from .parties import is_invited_returning_officer

    return (bool(election.returning_officer_id and election.returning_officer_id == actor.pk)
            or can_supervise(actor, election.society) or is_invited_returning_officer(actor, election))


@transaction.atomic
def election_counts_record(*, election_id: int, actor, today: date, votes: dict[int, int],
                           seed: str | None = None) -> Election:
    """The returning officer records the votes of each valid candidate after the poll at the meeting (s.41(5));
    in each seat group the most votes win, and equal votes for the last seats are decided by lot (s.44 proviso,
    election_tie_by_lot). The seed is drawn here (or given, to re-run a recorded lot) and stored with the draws."""
    election = _lock_election(election_id)
    if not may_count(actor, election):
        raise PermissionDenied(NOT_RETURNING_OFFICER)
    if election.state != Election.State.ANNOUNCED:
        raise ValidationError(NOT_COUNTING, params={"state": election.get_state_display()})
    if today < election.poll_on:
        raise ValidationError(BEFORE_POLL, params={"day": long_date(election.poll_on)})
    valid = list(election.candidates.select_for_update(of=("self",)).filter(scrutiny=Candidate.Scrutiny.ACCEPTED))
    if any(votes.get(c.pk) is None for c in valid):
        raise ValidationError(VOTES_MISSING)
    over = [c for c in valid if votes[c.pk] > election.roll_size]
    if over:
        raise ValidationError([ValidationError(VOTES_OVER_ROLL, params={"name": c.name, "roll": election.roll_size})
                               for c in over])
    seed = seed or secrets.token_hex(16)
    draws, elected, by_lot = [], set(), set()
    for group in election.seat_groups.all():
        in_group = {c.pk: votes[c.pk] for c in valid if c.group_id == group.pk}
        outcome = rules.winners(in_group, group.seats, seed=seed, group_key=str(group.pk))
        elected |= set(outcome.elected)
        by_lot |= set(outcome.by_lot)
        draws += [dict(d, label=str(group)) for d in outcome.draws]
    for c in valid:
        c.votes, c.elected, c.by_lot = votes[c.pk], c.pk in elected, c.pk in by_lot
    Candidate.objects.bulk_update(valid, ["votes", "elected", "by_lot"])
    # The poll's general meeting, when the secretary has recorded it (registrar_controls_electoral_rolls).
    meeting = GeneralMeeting.objects.filter(society=election.society, held_on=election.poll_on).first()
    election.count(on=today, meeting=meeting, seed=seed, draws=draws)
    election.save(update_fields=["state", "counted_on", "general_meeting", "lot_seed", "lot_draws"])
    activity.record(ElectionAction.COUNTS_RECORDED, actor=actor, society=election.society, target=election, data={
        "votes": {str(c.pk): votes[c.pk] for c in valid}, "elected": sorted(elected), "by_lot": sorted(by_lot),
        "lot_seed": seed, "draws": draws})
    return election


@transaction.atomic
def election_declare(*, election_id: int, actor, today: date) -> Election:
    """Declare the result by an order of this office (membership.election_result) and constitute the new Board
    through supervision's one writer (governance board_constitute): the Board in office leaves, the new one
    takes office today for five years (board_term_5y). The President and Vice-President are chosen afterwards."""
    from .documents import result_pdf

    election = _lock_election(election_id)
    society = election.society
    _require_authority(actor, society)
    if election.state != Election.State.COUNTED:
        raise ValidationError(NOT_COUNTED, params={"state": election.get_state_display()})
    elected = list(election.candidates.filter(elected=True).order_by("group__kind", "-votes", "name"))
    if not elected:
        raise ValidationError(NOBODY_ELECTED)
    order = order_issue(kind=RESULT.code, subject=order_subject(society.name, f"Board election {long_date(election.poll_on)}"),
                        made_on=today, target=election, society=society, officer=actor)
    board = board_constitute(
        society=society, actor=actor, result_on=today, sanctioned_strength=election.sanctioned_strength,
        directors=[{"name": c.name, "gender": c.gender, "category": c.category, "person_id": c.person_id}
                   for c in elected],
        offices_chosen=False, data={"election": election.pk, "order": order.number})
    election.declare(on=today, order=order, board=board)
    election.save(update_fields=["state", "declared_on", "result_order", "elected_board"])
    order.pdf.save(f"{order.pk}.pdf", _content(result_pdf(election)), save=False)
    order.save(update_fields=["pdf"])
    activity.record(ElectionAction.RESULT_DECLARED, actor=actor, society=society, target=election, data={
        "order": order.number, "board": board.pk, "elected": [c.pk for c in elected],
        "reserved_unfilled": reservation_unfilled(election)})
    return election


def _content(data: bytes):
    from django.core.files.base import ContentFile

    return ContentFile(data)


def reservation_unfilled(election) -> list[str]:
    """The s.35(2) reservations the elected directors leave unfilled ("scst", "women")."""
    groups = {g.kind: g.seats for g in election.seat_groups.all()}
    elected = [(c.gender, c.category) for c in election.candidates.filter(elected=True)]
    return rules.reservation_shortfall(elected, scst_required=groups.get(Kind.SCST, 0),
                                       women_required=groups.get(Kind.WOMEN, 0))


@transaction.atomic
def election_office_bearers_record(*, election_id: int, actor, today: date, president_id: int,
                                   vice_president_id: int):
    """The new Board chose its President and Vice-President: recorded through supervision's office-bearers writer,
    which checks the 3-year office bar (s.43(4)) and the two-presidency limit across the person's societies
    (s.41(10), max_two_presidencies)."""
    election = _lock_election(election_id)
    _require_authority(actor, election.society)
    if election.state != Election.State.DECLARED:
        raise ValidationError(NOT_DECLARED)
    if election.elected_board.ended_on is not None:
        raise ValidationError(BOARD_NOT_CURRENT)
    return office_bearers_set(society=election.society, actor=actor, today=today, president_id=president_id,
                              vice_president_id=vice_president_id)
