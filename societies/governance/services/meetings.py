"""Requisitions and general meetings as the secretary files them (ss.30, 33, 34, 39).

An AGM that is held stops the s.39 clock and starts the s.129 one; an AGM adjourned past its deadline and
accounts not ready 15 days before it become compliance flags for the Registrar, never automatic effects
(lifecycles.md §7 and §15 item 9).
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from registrar import activity, bounds
from registrar.duplicates import AlreadyRecorded
from registrar.holidays import holidays_around

from .. import permissions, rules
from ..actions import GovernanceAction
from ..models import ComplianceFlag, FinancialYear, GeneralMeeting, Requisition
from .board import lock_society, long_date

RECEIVED_IN_FUTURE = _("The date of receipt cannot be in the future.")
AGENDA_REQUIRED = _("Write the agenda and reasons given in the requisition.")
NOT_ALLOWED_TO_RECORD = _("Only the society's secretary or the ARCS of the district may record a requisition.")
GM_IN_FUTURE = _("The date of the meeting cannot be in the future.")
YEAR_REQUIRED = _("Choose the financial year this AGM is for.")
AGM_ALREADY_HELD = _("The AGM for %(year)s is already recorded as held on %(day)s.")
AGM_BEFORE_YEAR_END = _("An AGM for %(year)s can only be held after the year ends on %(day)s.")
PRESENT_OVER_ELIGIBLE = _("More members present than members eligible to vote.")
NO_ELIGIBLE = _("Enter the number of members eligible to vote.")
ADJOURNED_WITH_QUORUM = _("A meeting with quorum is not adjourned for want of quorum (s.34(2)): leave the "
                          "adjourned-to date empty.")
ADJOURNED_NOT_AFTER = _("The adjourned meeting must be on a later date.")
GM_REQUISITION_NOT_OPEN = _("That requisition is not awaiting a general meeting.")
ACCOUNTS_AFTER_MEETING = _("The accounts cannot be ready after the meeting itself.")
REQUISITION_EXISTS = _("This requisition is already recorded: received on %(day)s, to be met by %(by)s.")
GENERAL_MEETING_EXISTS = _("The meeting of %(day)s is already recorded.")
TOO_FEW_SIGNATURES = _("A members' requisition needs the signatures of at least %(needed)s of the %(voters)s members "
                       "with a vote on the final voter list (25%%, s.33(1)); it has %(n)s.")
SIGNATURES_REQUIRED = _("Enter how many members with a vote signed the requisition.")

ADJOURNED_FLAG_FACTS = _("The AGM for %(year)s met on %(held)s without quorum and was adjourned to %(to)s, after the "
                         "last day %(last)s (s.39).")
ACCOUNTS_FLAG_FACTS = _("Accounts and annual report for %(year)s were ready on %(ready)s; the AGM of %(held)s needed "
                        "them by %(by)s (s.30(4)).")
REPORT_NOT_PENDING = _("A report chosen for the agenda is not one this society has to place before a meeting.")
REPORT_NOT_PLACED_FACTS = _("The general meeting held on %(held)s did not have on its agenda %(report)s, which the "
                            "society had received before the meeting (s.87(5), s.88(4)).")


@transaction.atomic
def requisition_record(*, society_id: int, actor, today: date, kind: str, requisitioned_by: str, received_on: date,
                       agenda: str, signatures: int | None = None) -> Requisition:
    """A requisition for a special general meeting (s.33(1): within 45 days) or a special Board meeting (s.43(2):
    within 15 days). The secretary records it; an ARCS may record one the Registrar sent."""
    society = lock_society(society_id)
    if not (permissions.is_secretary(actor, society) or permissions.can_supervise(actor, society)):
        raise PermissionDenied(NOT_ALLOWED_TO_RECORD)
    # The natural key under the society's lock (constraint one_requisition_per_day): entered twice, recorded once.
    existing = Requisition.objects.filter(society=society, kind=kind, received_on=received_on,
                                          requisitioned_by=requisitioned_by).first()
    if existing is not None:
        raise AlreadyRecorded(REQUISITION_EXISTS, existing=existing, params={
            "day": long_date(existing.received_on), "by": long_date(existing.hold_by)})
    if received_on > today:
        raise ValidationError(RECEIVED_IN_FUTURE)
    bounds.validate_since_commencement(received_on)
    if not agenda.strip():
        raise ValidationError(AGENDA_REQUIRED)
    if kind == Requisition.Kind.GENERAL_MEETING and requisitioned_by == Requisition.From.MEMBERS:
        _check_signatures(society, received_on, signatures)
    if kind == Requisition.Kind.GENERAL_MEETING:
        hold_by = rules.special_gm_last_day(received_on)
    elif kind == Requisition.Kind.BOARD_MEETING:
        hold_by = rules.special_board_meeting_last_day(received_on)
    else:
        raise ValueError(f"unknown requisition kind {kind!r}")
    requisition = Requisition.objects.create(
        society=society, kind=kind, requisitioned_by=requisitioned_by, received_on=received_on, agenda=agenda,
        hold_by=hold_by, recorded_by=actor,
    )
    activity.record(GovernanceAction.REQUISITION_RECORDED, actor=actor, society=society, target=requisition,
                    data={"kind": kind, "by": requisitioned_by, "received_on": received_on, "hold_by": hold_by})
    return requisition


def _check_signatures(society, received_on: date, signatures: int | None) -> None:
    """s.33(1); rules.yaml special_gm_requisition_25pct: signed by 25% of the members with a vote on the final
    voter list valid on the day of receipt (membership.voters.quorum, ADR 0041). A society without lists: not
    checked (no list to count against)."""
    from membership.voters import rolls
    from membership.voters.quorum import requisition_threshold

    needed = requisition_threshold(society, received_on)
    if needed is None:
        return
    if signatures is None:
        raise ValidationError(SIGNATURES_REQUIRED)
    if signatures < needed:
        raise ValidationError(TOO_FEW_SIGNATURES, params={
            "needed": needed, "voters": rolls.eligible_voter_count(society, received_on), "n": signatures})


def adjourned_from(meeting: GeneralMeeting) -> GeneralMeeting | None:
    """The earlier sitting of the same meeting that was adjourned to this one's date, if any (s.34(2))."""
    earlier = GeneralMeeting.objects.filter(society_id=meeting.society_id, kind=meeting.kind,
                                            adjourned_to=meeting.held_on, held_on__lt=meeting.held_on)
    if meeting.financial_year_id:
        earlier = earlier.filter(financial_year_id=meeting.financial_year_id)
    if meeting.requisition_id:
        earlier = earlier.filter(requisition_id=meeting.requisition_id)
    return earlier.first()


def general_meeting_is_held(meeting: GeneralMeeting) -> bool:
    """Held if it had quorum, or if it is the adjourned sitting: s.34(3) lets that proceed without quorum
    (DEFAULT in lifecycles.md §15: the adjourned sitting counts as held)."""
    return meeting.quorum_met or adjourned_from(meeting) is not None


def _raise_flag(society, *, kind, rule_id, subject_key, today, facts, actor) -> ComplianceFlag:
    flag, created = ComplianceFlag.objects.get_or_create(
        society=society, kind=kind, subject_key=subject_key,
        defaults={"rule_id": rule_id, "raised_on": today, "facts": facts},
    )
    if created:
        activity.record(GovernanceAction.FLAG_RAISED, actor=actor, society=society, target=flag,
                        data={"kind": kind, "rule_id": rule_id, "subject_key": subject_key})
    return flag


def _check_agm_year(society, financial_year_id, held_on) -> FinancialYear:
    year = FinancialYear.objects.select_for_update(of=("self",)).filter(pk=financial_year_id, society=society) \
        .first() if financial_year_id else None
    if year is None:
        raise ValidationError(YEAR_REQUIRED)
    if year.agm_held_on:
        raise ValidationError(AGM_ALREADY_HELD, params={"year": year.label, "day": long_date(year.agm_held_on)})
    if held_on <= year.ends_on:
        raise ValidationError(AGM_BEFORE_YEAR_END, params={"year": year.label, "day": long_date(year.ends_on)})
    return year


def _same_sitting(society, *, kind, held_on, financial_year_id, requisition_id) -> GeneralMeeting | None:
    """The sitting already recorded under this one's natural key (the constraints one_agm_sitting_per_day,
    one_requisitioned_gm_per_day, one_special_gm_per_day): an AGM by its year and day, a special meeting by its
    requisition and day, or by the society and day when it had none."""
    same = GeneralMeeting.objects.filter(society=society, kind=kind, held_on=held_on)
    if kind == GeneralMeeting.Kind.AGM:
        return same.filter(financial_year_id=financial_year_id).first() if financial_year_id else None
    return same.filter(requisition_id=requisition_id).first() if requisition_id else \
        same.filter(requisition__isnull=True).first()


def _record_agenda(meeting: GeneralMeeting, agenda, reports, *, held: bool, actor, today: date) -> None:
    """The meeting's agenda: the items written, then each report placed (s.87(5), s.88(4)). A held meeting that
    leaves out a report the society had received raises REPORT_NOT_PLACED (inquiry_report_before_next_gm,
    inspection_report_before_next_agm; ADR 0046): the Registrar decides on it, nothing is applied."""
    from django.contrib.contenttypes.models import ContentType

    from ..agenda import pending_reports
    from ..models import AgendaItem

    pending = {key: (source, report) for key, source, report in
               pending_reports(meeting.society, meeting.held_on, kind=meeting.kind)}
    unknown = [key for key in reports if key not in pending]
    if unknown:
        raise ValidationError(REPORT_NOT_PENDING)
    position = 0
    for text in agenda:
        if text.strip():
            position += 1
            AgendaItem.objects.create(meeting=meeting, position=position, text=text.strip()[:300])
    for key in reports:
        source, report = pending[key]
        position += 1
        AgendaItem.objects.create(meeting=meeting, position=position, text=str(source.label(report))[:300],
                                  report_type=ContentType.objects.get_for_model(report), report_id=report.pk)
        if held:
            source.place(report, meeting, actor, today)
    if not held:
        return
    for key, (source, report) in pending.items():
        if key not in reports:
            _raise_flag(meeting.society, kind=ComplianceFlag.Kind.REPORT_NOT_PLACED, rule_id=source.rule_id,
                        subject_key=f"{key}:meeting:{meeting.pk}", today=today, actor=actor,
                        facts=str(REPORT_NOT_PLACED_FACTS % {"held": long_date(meeting.held_on),
                                                             "report": source.label(report)}))


@transaction.atomic
def general_meeting_record(*, society_id: int, actor, today: date, kind: str, held_on: date,
                           members_eligible: int | None,
                           members_present: int, delegate_body: bool = False, financial_year_id: int | None = None,
                           requisition_id: int | None = None, adjourned_to: date | None = None,
                           accounts_ready_on: date | None = None, resolutions: str = "", agenda=(),
                           reports=()) -> GeneralMeeting:
    """Record an AGM or a special general meeting. Quorum: s.34(1) (general_meeting_quorum). A held AGM sets
    the year's agm_held_on and the annual-return last day (annual_returns_30d, rolled past closed days); a held
    special meeting meets its requisition if held by the 45th day (s.33(1))."""
    society = lock_society(society_id)
    permissions.require_secretary(actor, society)
    existing = _same_sitting(society, kind=kind, held_on=held_on, financial_year_id=financial_year_id,
                             requisition_id=requisition_id)
    if existing is not None:
        raise AlreadyRecorded(GENERAL_MEETING_EXISTS, existing=existing, params={"day": long_date(held_on)})
    if held_on > today:
        raise ValidationError(GM_IN_FUTURE)
    bounds.validate_since_commencement(held_on)
    bounds.check_act_date(adjourned_to, today=today, ahead_years=bounds.HEARING_AHEAD_YEARS)
    # s.34(1), s.26(3): the final voter list valid on the meeting's day, when the society has one (ADR 0041);
    # the typed count only for a society without lists (GeneralMeeting.voter_list is then null: marked typed).
    from membership.voters.quorum import eligible_from_voter_list

    voter_list, members_eligible = eligible_from_voter_list(society, held_on, members_eligible)
    if not members_eligible or members_eligible < 1:
        raise ValidationError(NO_ELIGIBLE)
    if members_present > members_eligible:
        raise ValidationError(PRESENT_OVER_ELIGIBLE)
    quorum = rules.general_meeting_quorum(members_eligible, delegate_body)
    quorum_met = members_present >= quorum
    if adjourned_to is not None and quorum_met:
        raise ValidationError(ADJOURNED_WITH_QUORUM)
    if adjourned_to is not None and adjourned_to <= held_on:
        raise ValidationError(ADJOURNED_NOT_AFTER)
    if accounts_ready_on is not None and accounts_ready_on > held_on:
        raise ValidationError(ACCOUNTS_AFTER_MEETING)
    year = requisition = None
    if kind == GeneralMeeting.Kind.AGM:
        year = _check_agm_year(society, financial_year_id, held_on)
    elif requisition_id:
        requisition = Requisition.objects.select_for_update(of=("self",)).filter(
            pk=requisition_id, society=society, kind=Requisition.Kind.GENERAL_MEETING).first()
        if requisition is None or requisition.state != Requisition.State.OPEN:
            raise ValidationError(GM_REQUISITION_NOT_OPEN)

    meeting = GeneralMeeting.objects.create(
        society=society, kind=kind, financial_year=year, requisition=requisition, held_on=held_on,
        members_eligible=members_eligible, voter_list=voter_list, members_present=members_present,
        delegate_body=delegate_body, quorum_required=quorum, quorum_met=quorum_met, adjourned_to=adjourned_to,
        accounts_ready_on=accounts_ready_on, resolutions=resolutions, recorded_on=today, recorded_by=actor,
    )
    held = adjourned_to is None and general_meeting_is_held(meeting)
    data = {"kind": kind, "held_on": held_on, "quorum": quorum, "quorum_met": quorum_met, "held": held,
            "adjourned_to": adjourned_to}
    if year is not None and held:
        year.agm_held_on = held_on
        year.returns_last_day = rules.returns_last_day(held_on, holidays_around(held_on))
        year.save(update_fields=["agm_held_on", "returns_last_day"])
        data.update(financial_year=year.label, returns_last_day=year.returns_last_day)
    if requisition is not None and held and requisition.received_on <= held_on <= requisition.hold_by:
        requisition.mark_held(on=held_on)
        requisition.save(update_fields=["state", "held_on"])
        data["requisition_met"] = requisition.pk
    activity.record(GovernanceAction.GENERAL_MEETING_RECORDED, actor=actor, society=society, target=meeting,
                    data=data)
    _record_agenda(meeting, agenda, reports, held=held, actor=actor, today=today)

    if year is not None and adjourned_to is not None and adjourned_to > year.agm_last_day:
        _raise_flag(society, kind=ComplianceFlag.Kind.AGM_ADJOURNED_PAST_DEADLINE, rule_id="agm_within_6_months",
                    subject_key=f"fy:{year.ends_on.isoformat()}", today=today, actor=actor,
                    facts=str(ADJOURNED_FLAG_FACTS % {"year": year.label, "held": long_date(held_on),
                                                      "to": long_date(adjourned_to),
                                                      "last": long_date(year.agm_last_day)}))
    if year is not None and held and accounts_ready_on and accounts_ready_on > rules.accounts_ready_by(held_on):
        # s.30(4) cessation needs a finding of wilful default (lifecycles.md §15 item 9): a flag, never an effect.
        _raise_flag(society, kind=ComplianceFlag.Kind.ACCOUNTS_NOT_READY, rule_id="agm_accounts_ready_15d_before",
                    subject_key=f"fy:{year.ends_on.isoformat()}", today=today, actor=actor,
                    facts=str(ACCOUNTS_FLAG_FACTS % {"year": year.label, "ready": long_date(accounts_ready_on),
                                                     "held": long_date(held_on),
                                                     "by": long_date(rules.accounts_ready_by(held_on))}))
    return meeting
