"""Admission (s.20): an application received online or on paper, the Board's admission or refusal (a decision of
the society in the register of orders), deemed admission on day 91 (the sweeper, membership.clocks), and the
refused applicant's appeal to the General Assembly (s.20(3)).

Every service locks the application, checks the actor (the secretary's guardian grant for the society's acts;
the applicant for their own appeal), transitions, saves and writes one activity entry. Entries in the register
go through membership.register (the one writer of versions)."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from orders.services import order_issue, order_set_aside
from registrar import activity
from registrar.notify import notify
from registrar.selectors import secretaries_by_society
from societies.models import Society

from .. import orders, permissions, register, rules
from ..actions import MembershipAction
from ..models import (
    AdmissionBasis,
    AppState,
    Channel,
    Member,
    MembershipApplication,
    MembershipSettings,
    Person,
    Termination,
    TermState,
)
from .people import person_links_propose

IN_FUTURE = _("The date cannot be in the future.")
RECEIVED_BEFORE_APPLIED = _("The date of receipt cannot be before the date of the application.")
TOO_YOUNG = _("The applicant must have completed %(age)s years on the date of receipt (s.5); give the date of "
              "birth or the age.")
ALREADY_MEMBER = _("%(name)s is already a member of this society (No. %(number)s).")
ALREADY_APPLIED = _("%(name)s already has an application awaiting the Board's decision.")
BARRED = _("%(name)s was terminated by the society and may not be readmitted before %(day)s (s.23(3)).")
BEFORE_RECEIPT = _("The Board's decision cannot be before the application was received (%(day)s).")
DEEMED_ALREADY = _("No refusal was communicated by %(last_day)s: the applicant is deemed admitted from %(day)s "
                   "(s.20(2)). The Board can no longer decide this application.")
REASONS_REQUIRED = _("A refusal must state its reasons (s.20(1)).")
COMMUNICATED_BEFORE_DECISION = _("The refusal cannot be communicated before the Board decided it.")
RECEIPT_BEFORE_COMMUNICATION = _("The applicant cannot receive the refusal before it was communicated.")
NOT_REFUSED = _("Only a refused application can be appealed.")
APPEAL_LATE = _("The appeal is out of time: the last day was %(day)s (60 days from receipt of the refusal, "
                "s.20(3)).")
APPEAL_BEFORE_RECEIPT = _("The appeal cannot be before the refusal was received (%(day)s).")
NOT_APPLICANT = _("Only the applicant, or the society's secretary entering a paper appeal, may file this appeal.")
NOT_APPEALED = _("No appeal is pending on this application.")
MEETING_NOT_OURS = _("Choose a general meeting of this society.")
MEETING_BEFORE_APPEAL = _("The General Assembly cannot decide the appeal before it was filed (%(day)s).")
NOT_HEARD = _("The General Assembly must hear the applicant before rejecting the appeal (s.20(3)).")
NOT_OPEN = _("This application is no longer awaiting the Board's decision.")

RECEIVED_SUBJECT = _("Application for membership received: %(name)s")
RECEIVED_BODY = _("%(name)s applied to join %(society)s on %(day)s. The Board must decide by %(decision)s; if no "
                  "refusal with reasons is communicated by %(last_day)s, the applicant is deemed admitted (s.20(2)).")
DEEMED_SUBJECT = _("Deemed admitted to %(society)s")
DEEMED_BODY = _("No refusal of the application of %(name)s received on %(received)s was communicated within 90 "
                "days. Under s.20(2) the applicant is deemed admitted to %(society)s from %(day)s, as member "
                "No. %(number)s, without a vote until the share payment the bye-laws require is made (s.26(2)).")
REFUSED_SUBJECT = _("Your application to %(society)s was refused")
REFUSED_BODY = _("The Board of %(society)s refused your application on %(day)s (decision %(order)s). Reasons: "
                 "%(reasons)s. You may appeal to the General Assembly by %(appeal_by)s (s.20(3)).")


def _terms(society) -> MembershipSettings:
    return MembershipSettings.objects.filter(society=society).first() or MembershipSettings(society=society)


def _lock(application_id: int) -> MembershipApplication:
    return (MembershipApplication.objects.select_for_update(of=("self",))
            .select_related("society__district", "person", "applicant", "refusal_order")
            .get(pk=application_id))


def _not_future(day: date, today: date, field: str = "") -> None:
    if day > today:
        raise ValidationError({field: IN_FUTURE} if field else IN_FUTURE)


def readmission_bar_until(society, person: Person) -> date | None:
    """The day a person terminated by the society may be readmitted from (s.23(3)), or None."""
    barred = (Termination.objects.filter(society=society, member__person=person)
              .exclude(state=TermState.APPEAL_ALLOWED).order_by("-bar_until").values_list("bar_until", flat=True)
              .first())
    return barred


def _check_eligible(society, person: Person, on: date) -> None:
    terms = _terms(society)
    if not rules.is_old_enough(person.age_on_day(on), min_age=terms.min_age):
        raise ValidationError(TOO_YOUNG, params={"age": max(terms.min_age, rules.MIN_AGE)})
    current = Member.objects.filter(society=society, person=person, ceased_on__isnull=True).first()
    if current is not None:
        raise ValidationError(ALREADY_MEMBER, params={"name": person.name, "number": current.number})
    bar = readmission_bar_until(society, person)
    if bar is not None and on < bar:
        raise ValidationError(BARRED, params={"name": person.name, "day": f"{bar:%d %b %Y}"})


@transaction.atomic
def application_submit(*, society_id: int, actor, today: date, channel: str, person: Person | None = None,
                       particulars: dict | None = None,
                       applied_on: date | None = None, received_on: date | None = None, shares_applied: int = 1,
                       occupation: str = "", category: str = "general") -> MembershipApplication:
    """A person applies to join the society. Online: the applicant themself, received today. On paper: the
    secretary enters it with the application's date and the society's date of receipt (s.20(1) counts from
    receipt; lifecycles.md §15 item 19)."""
    society = Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)
    if channel == Channel.PAPER:
        permissions.require_change_register(actor, society)
        if received_on is None or applied_on is None:
            raise ValidationError(_("Give the date of the application and the date the society received it."))
        _not_future(received_on, today, "received_on")
        if received_on < applied_on:
            raise ValidationError({"received_on": RECEIVED_BEFORE_APPLIED})
        applicant = person.user if person is not None else None
    else:
        applied_on = received_on = today
        applicant = actor
    if person is None:
        person = _person_for(particulars or {}, user=applicant if channel == Channel.ONLINE else None,
                             stated_on=received_on)
    _check_eligible(society, person, received_on)
    if MembershipApplication.objects.filter(society=society, person=person, state=AppState.APPLIED).exists():
        raise ValidationError(ALREADY_APPLIED, params={"name": person.name})
    application = MembershipApplication.objects.create(
        society=society, person=person, applicant=applicant, channel=channel, applied_on=applied_on,
        received_on=received_on, shares_applied=max(1, shares_applied), occupation=occupation[:80],
        category=category, entered_by=actor, decision_due_on=rules.decision_last_day(received_on),
        deemed_last_day=rules.deemed_admission_last_day(received_on))
    activity.record(MembershipAction.APPLICATION_RECEIVED, actor=actor, society=society, target=application,
                    data={"name": person.name, "channel": channel, "received_on": received_on,
                          "decision_due_on": application.decision_due_on,
                          "deemed_last_day": application.deemed_last_day})
    params = {"name": person.name, "society": society.name, "day": f"{received_on:%d %b %Y}",
              "decision": f"{application.decision_due_on:%d %b %Y}",
              "last_day": f"{application.deemed_last_day:%d %b %Y}"}
    url = reverse("society_application_detail", args=[society.pk, application.pk])
    for user in secretaries_by_society([society.pk]).get(society.pk, []):
        if user != actor:
            notify(user, key=f"membership:application:{application.pk}:received", subject=RECEIVED_SUBJECT,
                   body=RECEIVED_BODY, params=params, url=url)
    return application


PERSON_FIELDS = ("name", "parent_name", "parent_relation", "gender", "date_of_birth", "age_years", "address")


def _person_for(particulars: dict, *, user, stated_on: date) -> Person:
    """The applicant's identity: their own Person when their account has one, else a new Person (a paper
    applicant is always a new record: matching proposes links later, membership.services.people)."""
    if user is not None:
        existing = Person.objects.filter(user=user).first()
        if existing is not None:
            return existing
    fields = {f: particulars[f] for f in PERSON_FIELDS if particulars.get(f) not in (None, "")}
    if fields.get("age_years") is not None and not fields.get("date_of_birth"):
        fields["age_on"] = stated_on
    else:
        fields.pop("age_years", None)
    return Person.objects.create(user=user, **fields)


def _next_number(society) -> int:
    """The next member number; the caller holds the society's row lock (numbers are never reused)."""
    return (Member.objects.filter(society=society).aggregate(top=Max("number"))["top"] or 0) + 1


def _enter(application: MembershipApplication, *, admitted_on: date, basis: str, actor=None, **extra) -> Member:
    society = Society.objects.select_for_update(of=("self",)).get(pk=application.society_id)
    member = Member(society=society, number=_next_number(society), person=application.person,
                    admitted_on=admitted_on, admission_basis=basis, occupation=application.occupation,
                    category=application.category, **extra)
    member = register.entry_open(member, recorded_by=actor)
    # One person across societies (issue 14 point 2): a new entry is matched at once against the people already
    # known; an officer or the person confirms. (A bulk import is matched by the officer's scan instead.)
    person_links_propose(member_id=member.pk, today=admitted_on)
    return member


def _check_decision_day(application, decided_on: date, today: date) -> None:
    _not_future(decided_on, today, "decided_on")
    if decided_on < application.received_on:
        raise ValidationError({"decided_on": ValidationError(
            BEFORE_RECEIPT, params={"day": f"{application.received_on:%d %b %Y}"})})


def _deemed_error(application) -> ValidationError:
    return ValidationError(DEEMED_ALREADY, params={
        "last_day": f"{application.deemed_last_day:%d %b %Y}",
        "day": f"{rules.deemed_admission_day(application.received_on):%d %b %Y}"})


@transaction.atomic
def application_admit(*, application_id: int, actor, today: date, decided_on: date, resolution_ref: str = "",
                      board_meeting=None) -> Member:
    """The Board admits the applicant (s.20(1)): entered in the register from the day of the resolution."""
    application = _lock(application_id)
    permissions.require_change_register(actor, application.society)
    if application.state != AppState.APPLIED:
        raise ValidationError(NOT_OPEN)
    _check_decision_day(application, decided_on, today)
    if decided_on > application.deemed_last_day:
        raise _deemed_error(application)
    terms = _terms(application.society)
    if not rules.is_old_enough(application.person.age_on_day(decided_on), min_age=terms.min_age):
        raise ValidationError(TOO_YOUNG, params={"age": max(terms.min_age, rules.MIN_AGE)})
    member = _enter(application, admitted_on=decided_on, basis=AdmissionBasis.BOARD_RESOLUTION, actor=actor,
                    admission_board_meeting=board_meeting, admission_resolution_ref=resolution_ref[:60])
    application.admit(on=decided_on, member=member)
    application.resolution_ref, application.board_meeting = resolution_ref[:60], board_meeting
    application.save()
    activity.record(MembershipAction.APPLICATION_ADMITTED, actor=actor, society=application.society,
                    target=application, data={"name": application.person.name, "member": member.number,
                                              "admitted_on": decided_on, "resolution": resolution_ref})
    return member


def application_deem_admitted(application: MembershipApplication, today: date) -> str:
    """The sweeper's effect (membership.clocks.DEEMED_ADMISSION), on the row the frame locked and re-checked:
    admitted from day 91 counted from receipt, whatever day the sweeper runs (s.20(2)); without a vote until the
    payment the bye-laws require (s.26(2)). Notifies the applicant and the secretaries."""
    day = rules.deemed_admission_day(application.received_on)
    member = _enter(application, admitted_on=day, basis=AdmissionBasis.DEEMED, voting_pending=True)
    application.deem_admit(member=member)
    application.save()
    society = application.society
    activity.record(MembershipAction.APPLICATION_DEEMED_ADMITTED, actor=None, society=society, target=application,
                    data={"name": application.person.name, "member": member.number, "admitted_on": day,
                          "received_on": application.received_on, "swept_on": today})
    params = {"name": application.person.name, "society": society.name, "received": f"{application.received_on:%d %b %Y}",
              "day": f"{day:%d %b %Y}", "number": member.number}
    key = f"membership:application:{application.pk}:deemed"
    if application.applicant_id:
        notify(application.applicant, key=key, subject=DEEMED_SUBJECT, body=DEEMED_BODY, params=params,
               url=reverse("my_application", args=[application.pk]))
    for user in secretaries_by_society([society.pk]).get(society.pk, []):
        notify(user, key=key, subject=DEEMED_SUBJECT, body=DEEMED_BODY, params=params,
               url=reverse("society_application_detail", args=[society.pk, application.pk]))
    return f"{application.person.name}: deemed admitted to {society.name} from {day:%d %b %Y} as No. {member.number}"


@transaction.atomic
def application_refuse(*, application_id: int, actor, today: date, decided_on: date, reasons: str,
                       communicated_on: date, received_on: date, board_meeting=None):
    """The Board refuses with reasons (s.20(1)); the refusal is communicated within the 90 days or it does not
    count (s.20(2)). A decision of the society in the register of orders; the applicant's 60 days to appeal to
    the General Assembly run from their receipt of it (s.20(3))."""
    application = _lock(application_id)
    permissions.require_change_register(actor, application.society)
    if application.state != AppState.APPLIED:
        raise ValidationError(NOT_OPEN)
    _check_decision_day(application, decided_on, today)
    reasons = (reasons or "").strip()
    if not reasons:
        raise ValidationError({"reasons": REASONS_REQUIRED})
    _not_future(communicated_on, today, "communicated_on")
    _not_future(received_on, today, "received_on")
    if communicated_on < decided_on:
        raise ValidationError({"communicated_on": COMMUNICATED_BEFORE_DECISION})
    if received_on < communicated_on:
        raise ValidationError({"received_on": RECEIPT_BEFORE_COMMUNICATION})
    if communicated_on > application.deemed_last_day:
        raise _deemed_error(application)
    society = application.society
    order = order_issue(kind=orders.REFUSAL.code, subject=f"{application.person.name} — {society.name}",
                        made_on=decided_on, target=application, society=society, communicated_on=communicated_on,
                        received_on=received_on)
    held = rules.deletion_hold_last_day(decided_on, appeal_rule="membership_refusal_appeal_60d",
                                        received_on=received_on)
    application.refuse(on=decided_on, reasons=reasons, order=order, held_until=held)
    application.board_meeting = board_meeting
    application.save()
    appeal_by = rules.appeal_last_day("membership_refusal_appeal_60d", received_on)
    activity.record(MembershipAction.APPLICATION_REFUSED, actor=actor, society=society, target=application,
                    data={"name": application.person.name, "order": order.number, "decided_on": decided_on,
                          "communicated_on": communicated_on, "received_on": received_on,
                          "appeal_last_day": appeal_by, "record_held_until": held})
    if application.applicant_id:
        notify(application.applicant, key=f"membership:application:{application.pk}:refused",
               subject=REFUSED_SUBJECT, body=REFUSED_BODY,
               params={"society": society.name, "day": f"{decided_on:%d %b %Y}", "order": order.number,
                       "reasons": reasons, "appeal_by": f"{appeal_by:%d %b %Y}"},
               url=reverse("my_application", args=[application.pk]))
    return order


def appeal_last_day(application: MembershipApplication) -> date | None:
    order = application.refusal_order
    if order is None or order.received_on is None:
        return None
    return rules.appeal_last_day("membership_refusal_appeal_60d", order.received_on)


@transaction.atomic
def application_appeal(*, application_id: int, actor, today: date, filed_on: date, grounds: str = ""):
    """The refused applicant appeals to the General Assembly within 60 days of receiving the refusal (s.20(3)):
    online by the applicant, or entered by the secretary from a paper appeal."""
    application = _lock(application_id)
    own = application.applicant_id is not None and application.applicant_id == getattr(actor, "pk", None)
    if not (own or permissions.can_change_register(actor, application.society)):
        raise PermissionDenied(NOT_APPLICANT)
    if application.state != AppState.REFUSED:
        raise ValidationError(NOT_REFUSED)
    _not_future(filed_on, today, "filed_on")
    received = application.refusal_order.received_on
    if filed_on < received:
        raise ValidationError({"filed_on": ValidationError(APPEAL_BEFORE_RECEIPT,
                                                           params={"day": f"{received:%d %b %Y}"})})
    last_day = appeal_last_day(application)
    if filed_on > last_day:
        raise ValidationError(APPEAL_LATE, params={"day": f"{last_day:%d %b %Y}"})
    application.appeal(on=filed_on, grounds=(grounds or "").strip())
    application.save()
    activity.record(MembershipAction.APPLICATION_APPEALED, actor=actor, society=application.society,
                    target=application, data={"name": application.person.name, "filed_on": filed_on,
                                              "order": application.refusal_order.number})
    return application


def _meeting(society, general_meeting_id: int):
    from societies.governance.models import GeneralMeeting

    meeting = GeneralMeeting.objects.filter(pk=general_meeting_id, society=society).first()
    if meeting is None:
        raise ValidationError({"general_meeting": MEETING_NOT_OURS})
    return meeting


@transaction.atomic
def application_appeal_decide(*, application_id: int, actor, today: date, general_meeting_id: int, allowed: bool,
                              applicant_heard: bool, note: str = ""):
    """The General Assembly's decision on the appeal, recorded against the meeting that took it (final). Allowed:
    the applicant is admitted from the meeting's day and the refusal is set aside. Rejected: only after hearing
    the applicant (s.20(3)); the record is then held to the later of its hold and the decision."""
    application = _lock(application_id)
    society = application.society
    permissions.require_change_register(actor, society)
    if application.state != AppState.APPEALED:
        raise ValidationError(NOT_APPEALED)
    meeting = _meeting(society, general_meeting_id)
    _not_future(meeting.held_on, today)
    if meeting.held_on < application.appeal_filed_on:
        raise ValidationError(MEETING_BEFORE_APPEAL, params={"day": f"{application.appeal_filed_on:%d %b %Y}"})
    if not allowed and not applicant_heard:
        raise ValidationError(NOT_HEARD)
    decision = order_issue(kind=orders.GA_APPEAL_DECISION.code,
                           subject=f"{application.person.name} — {society.name}", made_on=meeting.held_on,
                           target=application, society=society, communicated_on=meeting.held_on)
    member = None
    if allowed:
        order_set_aside(application.refusal_order, by=decision, on=meeting.held_on, actor=actor)
        member = _enter(application, admitted_on=meeting.held_on, basis=AdmissionBasis.GA_APPEAL, actor=actor,
                        admission_general_meeting=meeting)
        application.allow_appeal(meeting=meeting, heard=applicant_heard, note=note.strip(), member=member)
    else:
        held = rules.deletion_hold_last_day(application.decided_on, appeal_rule="membership_refusal_appeal_60d",
                                            received_on=application.refusal_order.received_on)
        application.reject_appeal(meeting=meeting, heard=applicant_heard, note=note.strip(),
                                  held_until=max(held, meeting.held_on))
    application.save()
    activity.record(MembershipAction.APPLICATION_APPEAL_DECIDED, actor=actor, society=society, target=application,
                    data={"name": application.person.name, "allowed": allowed, "meeting": meeting.pk,
                          "held_on": meeting.held_on, "order": decision.number,
                          "member": member.number if member else None})
    return application
