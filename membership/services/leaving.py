"""Leaving the register: withdrawal (s.21, s.66(2)), cessation on death or disqualification (ss.19, 22), and
termination by the Board (s.23) with the member's appeal to the General Assembly and the s.24(2) deletion hold.

The secretary records each for the society (guardian grant). A terminated name stays on the register until the
hold ends; the sweeper of membership.clocks.DELETION_HOLD then deletes it (ceased on the next day)."""

from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from orders.services import order_issue, order_set_aside
from registrar import activity
from registrar.notify import notify

from .. import orders, permissions, register, rules
from ..actions import MembershipAction
from ..models import CessationCause, Member, Nomination, Termination, TermState
from . import shares as share_services

IN_FUTURE = _("The date cannot be in the future.")
CEASED = _("%(name)s is no longer a member (ceased on %(day)s).")
BEFORE_ADMISSION = _("The date cannot be before the member was admitted (%(day)s).")
WITHDRAW_TOO_SOON = _("A member may withdraw only after one year of membership: %(name)s may withdraw from "
                      "%(day)s (s.21(1)).")
DEFICIT_UNPAID = _("%(name)s must first pay their share of the deficit (₹%(amount)s, s.66(2)).")
NOT_A_CESSATION = _("Choose death or disqualification.")
CAUSE_NOTE_REQUIRED = _("State the disqualification under the bye-laws.")
NOT_THREE_FOURTHS = _("%(for)s of %(voting)s Directors present and voting is less than three fourths: the "
                      "resolution is not carried (s.23(1)).")
VOTES_OVER = _("Votes for cannot exceed the Directors present and voting.")
NOT_HEARD = _("The member must be given a hearing before the resolution (s.23(1)).")
HEARD_AFTER = _("The hearing cannot be after the resolution.")
BAR_TOO_LONG = _("The readmission bar may not exceed five years: the latest end is %(day)s (s.23(3)).")
BAR_BEFORE = _("The readmission bar must end after the date of the resolution.")
GROUND_DETAIL = _("State the facts of the ground.")
TERMINATION_PENDING = _("%(name)s already has a termination in force.")
COMMUNICATED_BEFORE = _("The resolution cannot be communicated before it was passed.")
RECEIPT_BEFORE = _("The member cannot receive the resolution before it was communicated.")
NOT_RESOLVED = _("Only a termination whose name is still held can be appealed.")
APPEAL_LATE = _("The appeal is out of time: the last day was %(day)s (30 days from receipt, s.23(2)).")
APPEAL_BEFORE = _("The appeal cannot be before the resolution was received (%(day)s).")
NOT_MEMBER = _("Only the member, or the society's secretary entering a paper appeal, may file this appeal.")
NOT_APPEALED = _("No appeal is pending on this termination.")
MEETING_NOT_OURS = _("Choose a general meeting of this society.")
MEETING_BEFORE = _("The General Assembly cannot decide the appeal before it was filed (%(day)s).")
HEIR_TOO_SOON = _("Without a nominee, shares go to the heir only after ninety days from the death: from %(day)s "
                  "(s.56(b)).")

DEATH_SUBJECT = _("Death of member %(name)s of %(society)s")
DEATH_BODY = _("%(society)s records that %(name)s (member No. %(number)s), who named you as nominee, died on "
               "%(day)s. Please contact the society for the settlement of the member's shares and interest "
               "(ss.55-57).")
DISQUALIFIED_SUBJECT = _("Your membership of %(society)s has ceased")
DISQUALIFIED_BODY = _("Your membership of %(society)s (No. %(number)s) ceased on %(day)s because of a "
                      "disqualification under the bye-laws: %(note)s (s.22(2)). Please contact the society for the "
                      "settlement of your accounts.")
TERMINATED_SUBJECT = _("The Board of %(society)s terminated your membership")
TERMINATED_BODY = _("The Board of %(society)s resolved on %(day)s to terminate your membership (No. %(number)s), "
                    "decision %(order)s. You may appeal to the General Assembly by %(appeal_by)s (s.23(2)). You "
                    "may not be readmitted before %(bar)s (s.23(3)).")


def _lock_member(member_id: int, actor) -> Member:
    member = (Member.objects.select_for_update(of=("self",)).select_related("society__district", "person__user")
              .get(pk=member_id))
    permissions.require_change_register(actor, member.society)
    return member


def _check_current(member: Member, on: date, today: date) -> None:
    if on > today:
        raise ValidationError(IN_FUTURE)
    if member.ceased_on is not None:
        raise ValidationError(CEASED, params={"name": member.person.name, "day": f"{member.ceased_on:%d %b %Y}"})
    if on < member.admitted_on:
        raise ValidationError(BEFORE_ADMISSION, params={"day": f"{member.admitted_on:%d %b %Y}"})


@transaction.atomic
def member_withdraw(*, member_id: int, actor, today: date, on: date, deficit_share_due: Decimal = Decimal("0"),
                    note: str = "") -> Member:
    """s.21(1): withdrawal after one year from admission, and (s.66(2)) only once the member's share of any
    deficit is paid. Outstanding dues survive withdrawal (rules.yaml withdrawal_after_1y note)."""
    member = _lock_member(member_id, actor)
    _check_current(member, on, today)
    earliest = rules.withdrawal_earliest_day(member.admitted_on)
    if on < earliest:
        raise ValidationError(WITHDRAW_TOO_SOON, params={"name": member.person.name, "day": f"{earliest:%d %b %Y}"})
    if not rules.may_withdraw(admitted_on=member.admitted_on, on=on, deficit_share_due=deficit_share_due):
        raise ValidationError(DEFICIT_UNPAID, params={"name": member.person.name, "amount": deficit_share_due})
    register.entry_change(member, on=on, recorded_by=actor, ceased_on=on, cessation_cause=CessationCause.WITHDRAWAL,
                          cessation_note=note[:200])
    activity.record(MembershipAction.MEMBER_WITHDRAWN, actor=actor, society=member.society, target=member,
                    data={"member": member.number, "on": on,
                          "liability_ends": rules.past_member_liability_ends(on)})
    return member


@transaction.atomic
def member_cease(*, member_id: int, actor, today: date, cause: str, on: date, note: str = "") -> Member:
    """ss.19, 22: a member who dies or becomes disqualified under the bye-laws ceases at once, from the day of
    the death or the disqualification. The nominee is told of a death, the member of a disqualification (s.22(2));
    a nominee or member without a portal account is told by the society's letter (noted in the entry)."""
    if cause not in (CessationCause.DEATH, CessationCause.DISQUALIFICATION):
        raise ValidationError(NOT_A_CESSATION)
    member = _lock_member(member_id, actor)
    _check_current(member, on, today)
    note = (note or "").strip()
    if cause == CessationCause.DISQUALIFICATION and not note:
        raise ValidationError(CAUSE_NOTE_REQUIRED)
    register.entry_change(member, on=on, recorded_by=actor, ceased_on=on, cessation_cause=cause,
                          cessation_note=note[:200])
    society = member.society
    params = {"society": society.name, "name": member.person.name, "number": member.number, "day": f"{on:%d %b %Y}",
              "note": note}
    told = ""
    if cause == CessationCause.DEATH:
        nomination = (Nomination.objects.filter(member=member, valid_from__lte=on).order_by("-valid_from")
                      .select_related("nominee_person__user").first())
        if nomination is not None:
            told = nomination.nominee_name
            user = nomination.nominee_person.user if nomination.nominee_person_id else None
            if user is not None:
                notify(user, key=f"membership:member:{member.pk}:death", subject=DEATH_SUBJECT, body=DEATH_BODY,
                       params=params)
    else:
        told = member.person.name
        if member.person.user_id:
            notify(member.person.user, key=f"membership:member:{member.pk}:disqualified",
                   subject=DISQUALIFIED_SUBJECT, body=DISQUALIFIED_BODY, params=params,
                   url=reverse("my_membership", args=[member.pk]))
    activity.record(MembershipAction.MEMBER_CEASED, actor=actor, society=society, target=member,
                    data={"member": member.number, "cause": cause, "on": on, "note": note, "told": told,
                          "liability_ends": rules.past_member_liability_ends(on)})
    return member


def shares_to_heir_checked(*, society_id: int, member_id: int, actor, today: date, on: date,
                           heir_member_id: int | None = None, reference: str = ""):
    """ss.55-56: a deceased member's shares to the nominee at once, or, without a nominee, to the heir only
    after 90 days from the death (heir_transfer_after_90d). Then the share ledger's own service."""
    member = Member.objects.select_related("person").get(pk=member_id, society_id=society_id)
    if member.cessation_cause == CessationCause.DEATH:
        has_nominee = Nomination.objects.filter(member=member, valid_from__lte=member.ceased_on).exists()
        earliest = rules.heir_transfer_earliest_day(member.ceased_on)
        if not has_nominee and on < earliest:
            raise ValidationError(HEIR_TOO_SOON, params={"day": f"{earliest:%d %b %Y}"})
    if on > today:
        raise ValidationError(IN_FUTURE)
    return share_services.shares_to_heir(society_id=society_id, member_id=member_id, actor=actor, on=on,
                                         heir_member_id=heir_member_id, reference=reference)


@transaction.atomic
def termination_resolve(*, member_id: int, actor, today: date, ground: str, ground_detail: str, decided_on: date,
                        heard_on: date | None, present_and_voting: int, votes_for: int, bar_until: date,
                        communicated_on: date, received_on: date, representation: str = "",
                        board_meeting=None) -> Termination:
    """s.23(1): the Board terminates a member on a ground of (a)-(f), after hearing the member, by three fourths
    of the Directors present and voting; the resolution fixes the readmission bar (at most 5 years, s.23(3)).
    A decision of the society in the register of orders; the member's 30 days to appeal run from receipt. The
    name stays on the register through the s.24(2) hold (DELETION_HOLD deletes it afterwards)."""
    member = _lock_member(member_id, actor)
    _check_current(member, decided_on, today)
    if Termination.objects.filter(member=member).exclude(state=TermState.APPEAL_ALLOWED).exists():
        raise ValidationError(TERMINATION_PENDING, params={"name": member.person.name})
    if not (ground_detail or "").strip():
        raise ValidationError({"ground_detail": GROUND_DETAIL})
    if heard_on is None:
        raise ValidationError({"heard_on": NOT_HEARD})
    if heard_on > decided_on:
        raise ValidationError({"heard_on": HEARD_AFTER})
    if votes_for > present_and_voting:
        raise ValidationError(VOTES_OVER)
    if not rules.is_three_fourths(votes_for=votes_for, present_and_voting=present_and_voting):
        raise ValidationError(NOT_THREE_FOURTHS, params={"for": votes_for, "voting": present_and_voting})
    longest = rules.readmission_bar_longest(decided_on)
    if bar_until <= decided_on:
        raise ValidationError({"bar_until": BAR_BEFORE})
    if bar_until > longest:
        raise ValidationError({"bar_until": ValidationError(BAR_TOO_LONG, params={"day": f"{longest:%d %b %Y}"})})
    for day, field in ((communicated_on, "communicated_on"), (received_on, "received_on")):
        if day > today:
            raise ValidationError({field: IN_FUTURE})
    if communicated_on < decided_on:
        raise ValidationError({"communicated_on": COMMUNICATED_BEFORE})
    if received_on < communicated_on:
        raise ValidationError({"received_on": RECEIPT_BEFORE})
    society = member.society
    order = order_issue(kind=orders.TERMINATION.code, subject=f"{member.person.name} (No. {member.number}) — "
                        f"{society.name}", made_on=decided_on, target=member, society=society,
                        communicated_on=communicated_on, received_on=received_on)
    hold = rules.deletion_hold_last_day(decided_on, appeal_rule="termination_appeal_30d", received_on=received_on)
    termination = Termination.objects.create(
        society=society, member=member, ground=ground, ground_detail=ground_detail.strip(),
        board_meeting=board_meeting, decided_on=decided_on, heard_on=heard_on, representation=representation.strip(),
        present_and_voting=present_and_voting, votes_for=votes_for, bar_until=bar_until, order=order,
        communicated_on=communicated_on, received_on=received_on, hold_last_day=hold, recorded_by=actor)
    appeal_by = rules.appeal_last_day("termination_appeal_30d", received_on)
    activity.record(MembershipAction.MEMBER_TERMINATED, actor=actor, society=society, target=member,
                    data={"member": member.number, "ground": ground, "order": order.number, "decided_on": decided_on,
                          "votes": [votes_for, present_and_voting], "bar_until": bar_until,
                          "appeal_last_day": appeal_by, "name_held_until": hold})
    if member.person.user_id:
        notify(member.person.user, key=f"membership:termination:{termination.pk}", subject=TERMINATED_SUBJECT,
               body=TERMINATED_BODY, params={"society": society.name, "day": f"{decided_on:%d %b %Y}",
                                             "number": member.number, "order": order.number,
                                             "appeal_by": f"{appeal_by:%d %b %Y}", "bar": f"{bar_until:%d %b %Y}"},
               url=reverse("my_membership", args=[member.pk]))
    return termination


def _lock_termination(termination_id: int) -> Termination:
    return (Termination.objects.select_for_update(of=("self",))
            .select_related("society__district", "member__person", "order").get(pk=termination_id))


@transaction.atomic
def termination_appeal(*, termination_id: int, actor, today: date, filed_on: date) -> Termination:
    """s.23(2): the member appeals to the General Assembly within 30 days of receiving the resolution; the name
    then stays on the register until the appeal is decided (s.24(2) proviso)."""
    termination = _lock_termination(termination_id)
    own = termination.member.person.user_id is not None and termination.member.person.user_id == getattr(
        actor, "pk", None)
    if not (own or permissions.can_change_register(actor, termination.society)):
        raise PermissionDenied(NOT_MEMBER)
    if termination.state != TermState.RESOLVED:
        raise ValidationError(NOT_RESOLVED)
    if filed_on > today:
        raise ValidationError({"filed_on": IN_FUTURE})
    if filed_on < termination.received_on:
        raise ValidationError({"filed_on": ValidationError(
            APPEAL_BEFORE, params={"day": f"{termination.received_on:%d %b %Y}"})})
    last_day = rules.appeal_last_day("termination_appeal_30d", termination.received_on)
    if filed_on > last_day:
        raise ValidationError(APPEAL_LATE, params={"day": f"{last_day:%d %b %Y}"})
    termination.appeal(on=filed_on)
    termination.save()
    activity.record(MembershipAction.TERMINATION_APPEALED, actor=actor, society=termination.society,
                    target=termination.member, data={"member": termination.member.number, "filed_on": filed_on,
                                                     "order": termination.order.number})
    return termination


@transaction.atomic
def termination_appeal_decide(*, termination_id: int, actor, today: date, general_meeting_id: int, allowed: bool,
                              note: str = "") -> Termination:
    """The General Assembly's decision on the member's appeal, against the meeting that took it. Allowed: the
    termination is set aside and the member stays. Rejected: the name is deleted once the hold has ended, and
    never before the day of the decision."""
    from societies.governance.models import GeneralMeeting

    termination = _lock_termination(termination_id)
    society = termination.society
    permissions.require_change_register(actor, society)
    if termination.state != TermState.APPEALED:
        raise ValidationError(NOT_APPEALED)
    meeting = GeneralMeeting.objects.filter(pk=general_meeting_id, society=society).first()
    if meeting is None:
        raise ValidationError({"general_meeting": MEETING_NOT_OURS})
    if meeting.held_on > today:
        raise ValidationError(IN_FUTURE)
    if meeting.held_on < termination.appeal_filed_on:
        raise ValidationError(MEETING_BEFORE, params={"day": f"{termination.appeal_filed_on:%d %b %Y}"})
    decision = order_issue(kind=orders.GA_APPEAL_DECISION.code,
                           subject=f"{termination.member.person.name} (No. {termination.member.number}) — "
                           f"{society.name}", made_on=meeting.held_on, target=termination, society=society,
                           communicated_on=meeting.held_on)
    if allowed:
        order_set_aside(termination.order, by=decision, on=meeting.held_on, actor=actor)
        termination.allow_appeal(meeting=meeting, note=note.strip())
    else:
        hold = rules.deletion_hold_last_day(termination.decided_on, appeal_rule="termination_appeal_30d",
                                            received_on=termination.received_on)
        termination.reject_appeal(meeting=meeting, note=note.strip(),
                                  hold_last_day=max(hold, meeting.held_on - timedelta(days=1)))
    termination.save()
    activity.record(MembershipAction.TERMINATION_APPEAL_DECIDED, actor=actor, society=society,
                    target=termination.member, data={"member": termination.member.number, "allowed": allowed,
                                                     "held_on": meeting.held_on, "order": decision.number})
    return termination


def terminated_name_delete(termination: Termination, today: date) -> str:
    """The sweeper's effect (membership.clocks.DELETION_HOLD), on the row the frame locked and re-checked: the
    name leaves the register the day after the hold's last day, whatever day the sweeper runs."""
    on = termination.hold_last_day + timedelta(days=1)
    member = Member.objects.select_for_update(of=("self",)).select_related("person").get(pk=termination.member_id)
    register.entry_change(member, on=on, ceased_on=on, cessation_cause=CessationCause.TERMINATION,
                          cessation_note=f"{termination.order.number}" if termination.order_id else "")
    termination.delete_name(on=on)
    termination.save()
    activity.record(MembershipAction.TERMINATED_NAME_DELETED, actor=None, society=termination.society,
                    target=member, data={"member": member.number, "deleted_on": on, "swept_on": today})
    return f"No. {member.number} {member.person.name}: name deleted from {on:%d %b %Y}"
