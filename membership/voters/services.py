"""Voter lists, one service per action (design.md § One transition): lock, check, transition, save, one
activity entry, same transaction. The secretary acts for the society and for its Board (the Board's decision on
an objection is recorded by the secretary, as every Board resolution in the portal is); a member files their
own objection from their home page.
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from registrar import activity

from .. import permissions
from ..models import (
    AdmissionBasis,
    ListState,
    Member,
    MemberClass,
    MemberVersion,
    NoVoteReason,
    ObjectionState,
    VoterList,
    VoterListEntry,
    VoterObjection,
)
from . import rules
from .actions import VoterListAction

YEAR_NOT_CLOSED = _("The co-operative year closing on %(day)s has not closed yet: the lists are prepared after "
                    "the close (s.26(3)).")
ALREADY_AFFIXED = _("The provisional lists for the year closed on %(day)s were already affixed on %(affixed)s.")
NO_MEMBERS = _("The register has no members: enter the register before preparing the voter lists.")
NOT_PROVISIONAL = _("Objections are taken only while the provisional lists stand.")
OBJECTION_LATE = _("The objection is out of time: the last day was %(day)s (10 days from the affixing, s.26(3)).")
NOT_A_MEMBER = _("Only a member of the society on the lists may object.")
ENTRY_NOT_ON_LIST = _("Choose a member on these lists.")
GROUNDS_REQUIRED = _("State the grounds of the objection.")
OBJECTION_EXISTS = _("You have already objected to this entry on %(day)s.")
REASONS_REQUIRED = _("State the Board's reasons.")
DECIDED_BEFORE = _("The Board cannot decide before the objection was received (%(day)s).")
IN_FUTURE = _("The date cannot be in the future.")
OBJECTIONS_PENDING = _("The Board must first decide every objection (%(n)s pending).")
WINDOW_OPEN = _("The final lists can be affixed only after the objection window closes on %(day)s.")
NOT_SECRETARY = _("Only the society's secretary may prepare the voter lists or record the Board's decisions.")


def _lock(list_id: int) -> VoterList:
    return VoterList.objects.select_for_update(of=("self",)).select_related("society").get(pk=list_id)


def _require_secretary(actor, society) -> None:
    if not permissions.can_change_register(actor, society):
        raise PermissionDenied(NOT_SECRETARY)


def _d(day: date) -> str:
    return f"{day:%d %b %Y}"


def list_duty_open(society, year_ended_on: date, *, actor=None) -> tuple[VoterList, bool]:
    """The year has closed: the lists fall due (day 20 provisional, day 40 final). Idempotent per year."""
    voter_list, created = VoterList.objects.get_or_create(
        society=society, year_ended_on=year_ended_on,
        defaults={"provisional_due_on": rules.provisional_last_day(year_ended_on),
                  "final_due_on": rules.final_last_day(year_ended_on)})
    if created:
        activity.record(VoterListAction.DUTY_OPENED, actor=actor, society=society, target=voter_list,
                        data={"year_ended_on": year_ended_on, "provisional_due_on": voter_list.provisional_due_on,
                              "final_due_on": voter_list.final_due_on})
    return voter_list, created


def _insert_entries(voter_list: VoterList, day: date) -> tuple[int, int]:
    """Every member on the register on `day` (the versions in force, not ceased), with or without a vote for the
    year (s.26(3)), in ONE INSERT ... SELECT: a 50,000-member PACS took 20 s built row by row in Python and
    ~1 s this way (bench/voter_lists_bench.py). The vote is rules.has_vote_for_year written in SQL: a voting
    class, the s.26(2) payment made, admitted by rules.vote_cutoff or a founder member. Returns (entries, with
    a vote)."""
    society = voter_list.society
    entry, version, member = (VoterListEntry._meta.db_table, MemberVersion._meta.db_table, Member._meta.db_table)
    vote = ("(v.member_class = %(voting)s AND NOT v.voting_pending "
            "AND (m.admission_basis = %(founder)s OR m.admitted_on <= %(cutoff)s))")
    params = {"list": voter_list.pk, "society": society.pk, "day": day, "voting": MemberClass.VOTING,
              "founder": AdmissionBasis.FOUNDER, "non_voting": NoVoteReason.NON_VOTING_CLASS,
              "pending": NoVoteReason.PAYMENT_PENDING, "not_full": NoVoteReason.NOT_FULL_YEAR,
              "cutoff": rules.vote_cutoff(voter_list.year_ended_on, society.fy_end_month, society.fy_end_day)}
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {entry} (voter_list_id, member_id, number, name, parent_name, has_vote_provisional, "
            f"has_vote, no_vote_reason, is_employee) SELECT %(list)s, v.member_id, v.number, v.name, v.parent_name, "
            f"{vote}, {vote}, CASE WHEN {vote} THEN '' WHEN v.member_class <> %(voting)s THEN %(non_voting)s "
            f"WHEN v.voting_pending THEN %(pending)s ELSE %(not_full)s END, v.is_employee "
            f"FROM {version} v JOIN {member} m ON m.id = v.member_id WHERE v.society_id = %(society)s "
            f"AND v.valid_from <= %(day)s AND (v.valid_to IS NULL OR v.valid_to > %(day)s) "
            f"AND (v.ceased_on IS NULL OR v.ceased_on > %(day)s) ORDER BY v.number", params)
    counts = voter_list.entries.aggregate(n=Count("pk"), voting=Count("pk", filter=Q(has_vote=True)))
    return counts["n"], counts["voting"]


@transaction.atomic
def voter_list_affix_provisional(*, society_id: int, year_ended_on: date, actor, today: date) -> VoterList:
    """Prepare the lists from the register as it stands on the affixing day and affix them (s.26(3),
    voter_list_provisional_20d). Late lists are still taken; the board shows them late."""
    from societies.models import Society

    society = Society.objects.select_for_update(of=("self",)).get(pk=society_id)
    _require_secretary(actor, society)
    if year_ended_on >= today:
        raise ValidationError(YEAR_NOT_CLOSED, params={"day": _d(year_ended_on)})
    voter_list, _created = list_duty_open(society, year_ended_on, actor=actor)
    voter_list = _lock(voter_list.pk)
    if voter_list.state != ListState.DUE:
        raise ValidationError(ALREADY_AFFIXED, params={"day": _d(year_ended_on),
                                                       "affixed": _d(voter_list.provisional_affixed_on)})
    entries, voting = _insert_entries(voter_list, today)
    if not entries:
        raise ValidationError(NO_MEMBERS)
    voter_list.affix_provisional(on=today, objection_last_day=rules.objection_last_day(today), by=actor)
    voter_list.save()
    activity.record(VoterListAction.PROVISIONAL_AFFIXED, actor=actor, society=society, target=voter_list, data={
        "year_ended_on": year_ended_on, "affixed_on": today, "with_vote": voting, "without_vote": entries - voting,
        "late": today > voter_list.provisional_due_on, "objection_last_day": voter_list.objection_last_day})
    return voter_list


@transaction.atomic
def voter_objection_file(*, list_id: int, entry_id: int, actor, today: date, grounds: str) -> VoterObjection:
    """A member objects to one entry within 10 days of the affixing (voter_list_objection_10d)."""
    voter_list = _lock(list_id)
    objector = (Member.objects.filter(society_id=voter_list.society_id, person__user=actor)
                .filter(voter_list_entries__voter_list=voter_list).first()
                if getattr(actor, "is_authenticated", False) else None)
    if objector is None:
        raise PermissionDenied(NOT_A_MEMBER)
    if voter_list.state != ListState.PROVISIONAL:
        raise ValidationError(NOT_PROVISIONAL)
    if today > voter_list.objection_last_day:
        raise ValidationError(OBJECTION_LATE, params={"day": _d(voter_list.objection_last_day)})
    entry = VoterListEntry.objects.filter(pk=entry_id, voter_list=voter_list).first()
    if entry is None:
        raise ValidationError(ENTRY_NOT_ON_LIST)
    if not grounds.strip():
        raise ValidationError(GROUNDS_REQUIRED)
    existing = VoterObjection.objects.filter(entry=entry, objector=objector).first()
    if existing is not None:
        raise ValidationError(OBJECTION_EXISTS, params={"day": _d(existing.received_on)})
    objection = VoterObjection.objects.create(voter_list=voter_list, entry=entry, objector=objector,
                                              received_on=today, grounds=grounds.strip(), filed_by=actor)
    activity.record(VoterListAction.OBJECTION_FILED, actor=actor, society=voter_list.society, target=objection,
                    data={"entry": entry.number, "objector": objector.number, "asks_vote": objection.asks_vote})
    return objection


@transaction.atomic
def voter_objection_decide(*, objection_id: int, actor, today: date, uphold: bool, reasons: str,
                           decided_on: date | None = None) -> VoterObjection:
    """The Board's decision on an objection (s.26(3)), recorded by the secretary. An upheld objection moves the
    entry to the other list at once; the final lists carry it."""
    objection = (VoterObjection.objects.select_for_update(of=("self",))
                 .select_related("voter_list__society", "entry").get(pk=objection_id))
    voter_list = _lock(objection.voter_list_id)
    _require_secretary(actor, voter_list.society)
    decided_on = decided_on or today
    if decided_on > today:
        raise ValidationError(IN_FUTURE)
    if decided_on < objection.received_on:
        raise ValidationError(DECIDED_BEFORE, params={"day": _d(objection.received_on)})
    if not reasons.strip():
        raise ValidationError(REASONS_REQUIRED)
    if uphold:
        objection.uphold(on=decided_on, reasons=reasons.strip(), by=actor)
        entry = objection.entry
        entry.has_vote = objection.asks_vote
        entry.no_vote_reason = "" if entry.has_vote else NoVoteReason.OBJECTION
        entry.save(update_fields=["has_vote", "no_vote_reason"])
    else:
        objection.reject(on=decided_on, reasons=reasons.strip(), by=actor)
    objection.save()
    activity.record(VoterListAction.OBJECTION_DECIDED, actor=actor, society=voter_list.society, target=objection,
                    data={"entry": objection.entry.number, "upheld": uphold, "decided_on": decided_on})
    return objection


@transaction.atomic
def voter_list_affix_final(*, list_id: int, actor, today: date) -> VoterList:
    """The Board's final lists, affixed once the objection window has closed and every objection is decided
    (s.26(3), voter_list_final_40d). Late is still taken; the board shows it late."""
    voter_list = _lock(list_id)
    _require_secretary(actor, voter_list.society)
    if voter_list.state != ListState.PROVISIONAL:
        raise ValidationError(NOT_PROVISIONAL)
    if not rules.may_finalise_on(today, objection_last_day_=voter_list.objection_last_day):
        raise ValidationError(WINDOW_OPEN, params={"day": _d(voter_list.objection_last_day)})
    pending = voter_list.objections.filter(state=ObjectionState.PENDING).count()
    if pending:
        raise ValidationError(OBJECTIONS_PENDING, params={"n": pending})
    voter_list.affix_final(on=today, by=actor)
    voter_list.save()
    activity.record(VoterListAction.FINAL_AFFIXED, actor=actor, society=voter_list.society, target=voter_list,
                    data={"affixed_on": today, "late": today > voter_list.final_due_on,
                          "with_vote": voter_list.entries.filter(has_vote=True).count()})
    return voter_list


def open_duty_for_year(year, today: date):
    """Chore voter_lists_open: the society's year has closed (governance FinancialYear); open its lists."""
    if year.ends_on >= today:
        return None
    _list, created = list_duty_open(year.society, year.ends_on)
    return f"{year.society.name}: voter lists due for the year closed {_d(year.ends_on)}" if created else None


__all__ = ["list_duty_open", "open_duty_for_year", "voter_list_affix_final", "voter_list_affix_provisional",
           "voter_objection_decide", "voter_objection_file"]


def list_duty_open_if_register(society, year_ended_on: date):
    """Called when a society's year closes (governance's financial_years_open_next): a society with a register
    of members owes voter lists for the year (s.26(3)). None for a society without a register."""
    if not Member.objects.filter(society=society).exists():
        return None
    return list_duty_open(society, year_ended_on)[0]
