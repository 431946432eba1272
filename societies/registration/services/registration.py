"""Business actions of registration. Each locks the row, checks permission, transitions, saves, logs, and
schedules notices on commit. Views and the sweeper call these; nothing else changes an application's state."""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Sum
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed, can_proceed
from guardian.shortcuts import assign_perm

from orders import kinds as order_kinds
from orders.models import Order
from orders.naming import order_subject
from orders.services import order_issue, order_set_aside, orders_for
from orders.windows import review_window
from registrar import activity, bounds
from registrar.duplicates import AlreadyRecorded
from registrar.models import District
from registrar.notify import notify
from registrar.numbering import next_number
from registrar.selectors import officers_in_district
from societies.actions import SocietyAction
from societies.choices import RegistrationKind
from societies.models import Society

from .. import permissions, rules, selectors
from ..models import AppState, Certificate, QueryItem, QueryMemo, RegistrationApplication, Upload
from ..selectors import DOCUMENTS_MISSING, NAME_NOT_LIMITED, TOO_FEW_PROMOTERS  # noqa: F401  (re-exported)

QUERY_ALREADY_ANSWERED = _("This query was already answered on %(on)s.")
ANSWER_DOCUMENT_MISSING = _("Item %(n)s asks for a corrected “%(kind)s”: upload it as a PDF.")
DECLARATION_MISSING = _("The application cannot be submitted without the applicants' declaration.")
DISPATCH_AFTER_LAST_DAY = _("The last day for a decision has passed: the Act deems the society registered. "
                            "The order can no longer be sent.")
DISPATCH_IN_FUTURE = _("The dispatch date cannot be in the future.")
DISPATCH_BEFORE_RECEIPT = _("The dispatch date cannot be before the application was received.")
REASONS_REQUIRED = _("Record the reasons for refusal.")
QUERY_EMPTY = _("A query letter needs at least one item.")
NOT_A_BANK = _("Only a co-operative bank needs RBI/NABARD clearance.")
HEARING_IN_PAST = _("The hearing date cannot be in the past.")
HEARING_AFTER_LAST_DAY = _("The hearing falls after the last day for a decision (%(due)s, day 60). A refusal sent "
                           "after that day is too late: the society will be deemed registered (proviso to s.11). "
                           "Choose an earlier date, or tick the confirmation to schedule it anyway.")
RECEIVED_IN_FUTURE = _("The date of receipt cannot be in the future.")
NOT_YOUR_DISTRICT = _("This district is outside your jurisdiction.")
PAPER_ALREADY_ENTERED = _("This paper application is already entered: %(number)s, received on %(received)s.")
ALREADY_REGISTERED = _("This application is already registered: registration number %(number)s.")
PAST_DEEMED_NOT_CONFIRMED = _("The last day for a decision has already passed for this date of receipt: the "
                              "application will be deemed registered at the next sweep. Confirm to save it.")
REVIEW_WINDOW_CLOSED = _("The refusal can no longer be reviewed: s.111(2) allows a review only within 60 days of "
                         "the order's communication (%(communicated)s), and the last day was %(last)s.")


def _lock(application_id: int) -> RegistrationApplication:
    return RegistrationApplication.objects.select_for_update(of=("self",)).select_related("district").get(pk=application_id)


def _notify_in_tx(user, *, key, subject, body, params=None, url=""):
    """In the service's transaction: the notice and its outbox rows commit with the effect, or not at all
    (issue 11 § 4; a notice made after the commit was lost when the process died in between)."""
    notify(user, key=key, subject=subject, body=body, params=params, url=url)


def _existing_max(queryset, field: str, prefix: str) -> int:
    """Highest sequence already issued under `prefix` before the locked counter existed (the counter's floor)."""
    values = queryset.filter(**{f"{field}__startswith": prefix}).values_list(field, flat=True)
    return max((int(v.rsplit("/", 1)[1]) for v in values if v.rsplit("/", 1)[1].isdigit()), default=0)


def _next_acknowledgement_number(district, year: int) -> str:
    """RCS/SNT/2026/000123, taken under a row lock (registrar.numbering) so concurrent submissions never collide."""
    prefix = f"RCS/{district.code}/{year}/"
    floor = _existing_max(RegistrationApplication.objects, "acknowledgement_number", prefix)
    return f"{prefix}{next_number('acknowledgement', district, year, floor=floor):06d}"


def _next_registration_number(district, year: int) -> str:
    prefix = f"{district.code}/REG/{year}/"
    floor = _existing_max(Society.objects, "registration_number", prefix)
    return f"{prefix}{next_number('registration', district, year, floor=floor):04d}"


def _check_dispatch(application, dispatched_on: date, today: date) -> None:
    bounds.validate_since_commencement(dispatched_on)
    if dispatched_on > today:
        raise ValidationError(DISPATCH_IN_FUTURE)
    if application.received_on and dispatched_on < application.received_on:
        raise ValidationError(DISPATCH_BEFORE_RECEIPT)
    if application.decision_due_on and dispatched_on > application.decision_due_on:
        raise ValidationError(DISPATCH_AFTER_LAST_DAY)


def _create_society(application, *, registered_on: date, kind: str, issued_by) -> tuple[Society, Certificate]:
    society = Society.objects.create(
        registration_number=_next_registration_number(application.district, registered_on.year),
        name=application.proposed_name, society_type=application.society_type, district=application.district,
        address=application.address, area_of_operation=application.area_of_operation,
        fy_end_month=application.fy_end_month, fy_end_day=application.fy_end_day, registered_on=registered_on,
        registration_kind=kind, is_secondary=application.is_secondary,
        # lifecycles.md §15 item 2: a deemed bank without RBI/NABARD clearance is registered with banking blocked.
        banking_blocked=(kind == RegistrationKind.DEEMED and application.society_type == "cooperative_bank"),
    )
    # The promoter Board runs it (Society.governance_status defaults to promoter_board, s.35(1)); supervision
    # opens its Board row and first financial year in this same transaction.
    from societies.governance.services.supervision import supervision_start

    supervision_start(society, actor=issued_by)
    assign_perm("societies.act_as_secretary", application.applicant, society)
    certificate = Certificate.objects.create(society=society, application=application, issued_on=registered_on,
                                             is_deemed=(kind == RegistrationKind.DEEMED), issued_by=issued_by)
    return society, certificate


def _issue_certificate_order(certificate: Certificate, society: Society, *, kind: str, officer, communicated_on):
    """The certificate in the register (orders.kinds CERTIFICATE / DEEMED_CERTIFICATE). Its target is the
    Certificate row, not the application: every certificate has one (a society entered without an application
    too), and the Order carries the certificate's own token, so QR codes already printed keep verifying. Its
    number is the society's registration number."""
    return order_issue(kind=kind, subject=order_subject(society.name, society.registration_number),
                       made_on=certificate.issued_on, target=certificate, society=society, officer=officer,
                       number=society.registration_number, communicated_on=communicated_on,
                       token=certificate.token)


def _application_subject(application) -> str:
    return order_subject(application.proposed_name, application.acknowledgement_number or "")


def refusal_order(application) -> Order | None:
    """The refusal of this application in the register: the one in force, else the latest."""
    found = [o for o in orders_for(application) if o.kind == order_kinds.REFUSAL.code]
    in_force = [o for o in found if o.in_force]
    return (in_force or found or [None])[-1]


def refusal_review_window(application):
    """The s.111(2) review window of the refusal (orders.windows), from its effective communication date: the
    recorded dispatch, or the date made when a migrated order never had it recorded. None when not refused."""
    if application.state != AppState.REFUSED:
        return None
    order = refusal_order(application)
    communicated = order.effective_communication_date if order is not None else application.dispatched_on
    return review_window(order_kinds.REFUSAL, communicated)


def _detail_url(application) -> str:
    return reverse("application_detail", args=[application.pk])


# ---- applicant -----------------------------------------------------------------------------------------------

@transaction.atomic
def application_submit(*, application_id: int, actor, today: date, declared: bool = True) -> RegistrationApplication:
    """s.10(1): submit a draft; it is received today and the 60-day clock starts. A draft saves with gaps; here
    every gap is refused at once (ValidationError with one message per gap: selectors.application_gaps), the
    five required documents included (paper applications entered by an officer are exempt: the paper file is
    at the office). The applicant's page asks for the declaration (`declared`) on its confirmation step."""
    application = _lock(application_id)
    permissions.require_applicant(actor, application)
    if not can_proceed(application.submit):
        raise TransitionNotAllowed(f"cannot submit an application that is {application.state}")
    # A draft saved with gaps, or before the bounds existed: refused here with the reasons, never by the CHECK
    # constraints.
    gaps = selectors.application_gaps(application)
    if not declared:
        gaps.append(str(DECLARATION_MISSING))
    if gaps:
        raise ValidationError(gaps)
    number = _next_acknowledgement_number(application.district, today.year)
    application.submit(received_on=today, acknowledgement_number=number)
    application.save()
    activity.record(SocietyAction.APPLICATION_SUBMITTED, actor=actor, target=application,
                    data={"acknowledgement_number": number, "received_on": today,
                          "decision_due_on": application.decision_due_on, "declared": declared})
    _notify_in_tx(actor, key=f"application:{application.pk}:submitted",
                  subject=_("Application received: %(number)s"),
                  body=_("Your application for %(name)s was received on %(received)s. The Registrar must decide "
                         "by %(due)s."),
                  params={"number": number, "name": application.proposed_name, "received": f"{today:%d %b %Y}",
                          "due": f"{application.decision_due_on:%d %b %Y}"},
                  url=_detail_url(application))
    for officer in officers_in_district(application.district):
        _notify_in_tx(officer.user, key=f"application:{application.pk}:submitted",
                      subject=_("New registration application %(number)s"),
                      body=_("%(name)s: last day for a decision %(due)s."),
                      params={"number": number, "name": application.proposed_name,
                              "due": f"{application.decision_due_on:%d %b %Y}"},
                      url=reverse("office_application_detail", args=[application.pk]))
    return application


def paper_is_past_last_day(received_on: date, today: date) -> bool:
    """A paper application whose 60 days have already run out when it is entered."""
    return rules.registration_last_day(received_on) < today


@transaction.atomic
def application_receive_paper(*, actor, district, received_on: date, today: date, proposed_name: str,
                              society_type: str, address: str, area_of_operation: str, authorised_share_capital,
                              chief_promoter_name: str, applicant_name: str, applicant_email: str = "",
                              is_secondary: bool = False, confirm_past_last_day: bool = False
                              ) -> RegistrationApplication:
    """s.10(1): an officer enters a paper application received by hand or post. Its clock starts on the date of
    receipt, not today; the paper file holds the promoter list. If the last day has already passed, the officer
    must confirm, and the next deemed-registration sweep deems it on its legal day (received_on + 61)."""
    if not permissions.can_enter_paper(actor):
        raise PermissionDenied(permissions.PAPER_NOT_ALLOWED)
    if not permissions.can_enter_paper(actor, district.pk):
        raise PermissionDenied(NOT_YOUR_DISTRICT)
    if received_on > today:
        raise ValidationError(RECEIVED_IN_FUTURE)
    bounds.validate_since_commencement(received_on)
    bounds.validate_not_negative(authorised_share_capital)
    if paper_is_past_last_day(received_on, today) and not confirm_past_last_day:
        raise ValidationError(PAST_DEEMED_NOT_CONFIRMED)
    if not rules.name_ends_limited(proposed_name):
        raise ValidationError(NAME_NOT_LIMITED)
    district = District.objects.select_for_update().get(pk=district.pk)
    # The natural key of a paper application (district, date of receipt, name), checked under the district's lock
    # and backed by the constraint one_paper_application_per_day: a double click or a second tab enters it once.
    existing = RegistrationApplication.objects.filter(
        district=district, received_by_hand=True, received_on=received_on,
        proposed_name__iexact=proposed_name.strip()).first()
    if existing is not None:
        raise AlreadyRecorded(PAPER_ALREADY_ENTERED, existing=existing, params={
            "number": existing.acknowledgement_number, "received": f"{received_on:%d %b %Y}"})
    applicant = actor
    if applicant_email:
        citizen = get_user_model().objects.filter(email__iexact=applicant_email.strip(), is_active=True,
                                                  officer__isnull=True).first()
        if citizen is not None:
            applicant = citizen
    created = RegistrationApplication.objects.create(
        applicant=applicant, district=district, proposed_name=proposed_name, society_type=society_type,
        address=address, area_of_operation=area_of_operation, authorised_share_capital=authorised_share_capital,
        chief_promoter_name=chief_promoter_name, is_secondary=is_secondary, received_by_hand=True,
        paper_applicant_name=applicant_name.strip(),
    )
    application = _lock(created.pk)
    number = _next_acknowledgement_number(district, received_on.year)
    application.submit(received_on=received_on, acknowledgement_number=number)
    application.save()
    activity.record(SocietyAction.PAPER_APPLICATION_RECEIVED, actor=actor, target=application,
                    data={"acknowledgement_number": number, "received_on": received_on, "entered_on": today,
                          "decision_due_on": application.decision_due_on, "applicant_name": applicant_name,
                          "past_last_day": paper_is_past_last_day(received_on, today)})
    if applicant != actor:
        _notify_in_tx(applicant, key=f"application:{application.pk}:submitted",
                      subject=_("Application received: %(number)s"),
                      body=_("Your application for %(name)s was received on %(received)s. The Registrar must "
                             "decide by %(due)s."),
                      params={"number": number, "name": application.proposed_name,
                              "received": f"{received_on:%d %b %Y}",
                              "due": f"{application.decision_due_on:%d %b %Y}"},
                      url=_detail_url(application))
    return application


@transaction.atomic
def application_answer_query(*, application_id: int, memo_id: int, answers: dict[int, str], actor,
                             today: date, documents: dict | None = None) -> QueryMemo:
    """The applicants answer a query letter item by item. The 60-day clock keeps running. `documents` maps an
    item's pk to the corrected PDF it asks for (QueryItem.document_kind): each is kept as an Upload of that kind
    tied to the item, beside the document first received (which stays as it was), within the application's
    quota. An item that asks for a document is answered only with one."""
    from societies.uploads import check_application_quota, check_pdf

    documents = documents or {}
    application = _lock(application_id)
    permissions.require_applicant(actor, application)
    if not application.is_open:
        raise ValidationError(_("This application is no longer open."))
    memo = application.queries.select_for_update().get(pk=memo_id)
    if memo.answered_on:
        raise ValidationError(QUERY_ALREADY_ANSWERED, params={"on": f"{memo.answered_on:%d %b %Y}"})
    items = list(memo.items.all())
    lacking = [item for item in items if item.document_kind and item.pk not in documents]
    if lacking:
        raise ValidationError([ANSWER_DOCUMENT_MISSING % {"n": item.number, "kind": item.get_document_kind_display()}
                               for item in lacking])
    by_pk = {item.pk: item for item in items}
    documents = {pk: uploaded for pk, uploaded in documents.items() if pk in by_pk}
    for uploaded in documents.values():
        check_pdf(uploaded)
    if documents:
        kept = application.uploads.aggregate(n=Count("pk"), size=Sum("size"))
        check_application_quota(count=kept["n"] + len(documents),
                                total_bytes=(kept["size"] or 0) + sum(u.size for u in documents.values()))
    for item in items:
        if item.pk in answers:
            item.answer = answers[item.pk].strip()
            item.save(update_fields=["answer"])
    sent = []
    for item_pk, uploaded in documents.items():
        item = by_pk[item_pk]
        Upload.objects.create(application=application, kind=item.document_kind or Upload.Kind.OTHER, file=uploaded,
                              original_name=uploaded.name[:200], size=uploaded.size, query_item=item)
        sent.append(item.number)
    memo.answered_on = today
    memo.save(update_fields=["answered_on"])
    activity.record(SocietyAction.QUERY_ANSWERED, actor=actor, target=application,
                    data={"query": memo.number, **({"documents": sorted(sent)} if sent else {})})
    if application.assigned_officer:
        _notify_in_tx(application.assigned_officer, key=f"application:{application.pk}:query:{memo.number}:answered",
                      subject=_("Query answered: %(number)s"), body=_("The applicants answered query %(q)s."),
                      params={"number": application.acknowledgement_number, "q": memo.number},
                      url=reverse("office_application_detail", args=[application.pk]))
    return memo


@transaction.atomic
def application_withdraw(*, application_id: int, actor, today: date) -> RegistrationApplication:
    """The applicants withdraw before a decision (DEFAULT of lifecycles.md §1)."""
    application = _lock(application_id)
    permissions.require_applicant(actor, application)
    application.withdraw(on=today)
    application.save()
    activity.record(SocietyAction.APPLICATION_WITHDRAWN, actor=actor, target=application, data={"on": today})
    return application


# ---- office --------------------------------------------------------------------------------------------------

@transaction.atomic
def application_start_scrutiny(*, application_id: int, actor) -> RegistrationApplication:
    application = _lock(application_id)
    permissions.require_decider(actor, application)
    application.start_scrutiny()
    if application.assigned_officer_id is None:
        application.assigned_officer = actor
    application.save()
    activity.record(SocietyAction.SCRUTINY_STARTED, actor=actor, target=application)
    return application


@transaction.atomic
def application_send_query(*, application_id: int, actor, today: date, items: list[dict]) -> QueryMemo:
    """s.10: a numbered query letter. items: [{"subject", "reason", "note"}]. The clock is not paused."""
    if not items:
        raise ValidationError(QUERY_EMPTY)
    application = _lock(application_id)
    permissions.require_decider(actor, application)
    application.start_scrutiny()  # submitted/under_scrutiny -> under_scrutiny
    application.save()
    number = application.queries.count() + 1
    memo = QueryMemo.objects.create(application=application, number=number, sent_on=today, sent_by=actor)
    QueryItem.objects.bulk_create([
        QueryItem(memo=memo, number=i, subject=item["subject"], reason=item["reason"], note=item.get("note", ""),
                  document_kind=item.get("document_kind") or "")
        for i, item in enumerate(items, start=1)
    ])
    # A letter (decides nothing): numbered QRY/<district>/<year>/NNNNNN, communicated the day it is sent (the
    # applicants are notified below, in this transaction).
    order_issue(kind=order_kinds.QUERY_MEMO.code,
                subject=order_subject(application.proposed_name,
                                      f"{application.acknowledgement_number}, query {number}"),
                made_on=today, target=memo, district=application.district, officer=actor, communicated_on=today)
    activity.record(SocietyAction.QUERY_SENT, actor=actor, target=application,
                    data={"query": number, "items": len(items)})
    _notify_in_tx(application.applicant, key=f"application:{application.pk}:query:{number}",
                  subject=_("Query on your application %(number)s"),
                  body=_("The Registrar's office has raised %(n)s point(s). Please answer them online."),
                  params={"number": application.acknowledgement_number, "n": len(items)},
                  url=_detail_url(application))
    return memo


@transaction.atomic
def application_await_clearance(*, application_id: int, actor) -> RegistrationApplication:
    """s.10(2), s.4(6): a co-operative bank waits for RBI/NABARD. The 60-day clock keeps running (AMBIG)."""
    application = _lock(application_id)
    permissions.require_decider(actor, application)
    if application.society_type != "cooperative_bank":
        raise ValidationError(NOT_A_BANK)
    application.await_clearance()
    application.save()
    activity.record(SocietyAction.CLEARANCE_REQUESTED, actor=actor, target=application)
    return application


def hearing_after_last_day(application, hearing_on: date) -> bool:
    """A hearing after day 60 leaves no time to send a refusal: the society would be deemed registered first."""
    return bool(application.decision_due_on) and hearing_on > application.decision_due_on


@transaction.atomic
def application_schedule_hearing(*, application_id: int, actor, today: date, hearing_on: date, grounds: str = "",
                                 hearing_time=None, place: str = "", confirm_after_last_day: bool = False):
    """Proviso to s.10(2): before refusing, hear the applicants. The notice's grounds, time and place are stored on
    the application (the hearing notice and the refusal order print them) and copied into the activity entry."""
    if hearing_on < today:
        raise ValidationError(HEARING_IN_PAST)
    bounds.check_act_date(hearing_on, today=today, ahead_years=bounds.HEARING_AHEAD_YEARS)
    application = _lock(application_id)
    permissions.require_decider(actor, application)
    if hearing_after_last_day(application, hearing_on) and not confirm_after_last_day:
        raise ValidationError(HEARING_AFTER_LAST_DAY, params={"due": f"{application.decision_due_on:%d %b %Y}"})
    application.schedule_hearing(hearing_on=hearing_on, notice_on=today, hearing_time=hearing_time,
                                 place=place.strip(), grounds=grounds.strip())
    application.save()
    # A letter: the notice of hearing, numbered HRG/..., communicated the day it is issued (notified below).
    order_issue(kind=order_kinds.HEARING_NOTICE.code, subject=_application_subject(application), made_on=today,
                target=application, district=application.district, officer=actor, communicated_on=today)
    activity.record(SocietyAction.HEARING_SCHEDULED, actor=actor, target=application, data={
        "hearing_on": hearing_on, "hearing_time": hearing_time.strftime("%H:%M") if hearing_time else "",
        "place": place.strip(), "grounds": grounds.strip(), "notice_on": today,
        "after_last_day": hearing_after_last_day(application, hearing_on)})
    _notify_in_tx(application.applicant, key=f"application:{application.pk}:hearing",
                  subject=_("Hearing on your application %(number)s"),
                  body=_("The Registrar proposes to refuse registration. You will be heard on %(on)s."),
                  params={"number": application.acknowledgement_number, "on": f"{hearing_on:%d %b %Y}"},
                  url=_detail_url(application))
    return application


@transaction.atomic
def application_register(*, application_id: int, actor, today: date, dispatched_on: date) -> Society:
    """s.11: register the society; the certificate went out on `dispatched_on` (by the last day)."""
    application = _lock(application_id)
    permissions.require_decider(actor, application)
    # The state under the lock, before anything is created: registering twice (a double click, two tabs) answers
    # with the registration that exists, never with the society's unique constraints.
    if application.state in (AppState.REGISTERED, AppState.DEEMED_REGISTERED) and application.society_id:
        raise AlreadyRecorded(ALREADY_REGISTERED, existing=application.society,
                              params={"number": application.society.registration_number})
    if not can_proceed(application.register):
        raise TransitionNotAllowed(f"cannot register an application that is {application.state}")
    _check_dispatch(application, dispatched_on, today)
    society, certificate = _create_society(application, registered_on=dispatched_on,
                                           kind=RegistrationKind.CERTIFICATE, issued_by=actor)
    application.register(dispatched_on=dispatched_on, society=society)
    application.save()
    _issue_certificate_order(certificate, society, kind=order_kinds.CERTIFICATE.code, officer=actor,
                             communicated_on=dispatched_on)
    activity.record(SocietyAction.REGISTERED, actor=actor, society=society, target=application,
                    data={"registration_number": society.registration_number, "dispatched_on": dispatched_on})
    _notify_in_tx(application.applicant, key=f"application:{application.pk}:registered",
                  subject=_("%(name)s is registered"),
                  body=_("Registration number %(reg)s, registered on %(on)s."),
                  params={"name": society.name, "reg": society.registration_number,
                          "on": f"{dispatched_on:%d %b %Y}"},
                  url=_detail_url(application))
    return society


@transaction.atomic
def application_refuse(*, application_id: int, actor, today: date, reasons: str, dispatched_on: date):
    """s.10(2): refuse after the hearing, with reasons; the order went out on `dispatched_on`."""
    if not reasons.strip():
        raise ValidationError(REASONS_REQUIRED)
    application = _lock(application_id)
    permissions.require_decider(actor, application)
    _check_dispatch(application, dispatched_on, today)
    application.refuse(reasons=reasons.strip(), dispatched_on=dispatched_on)
    application.save()
    # Made and communicated on the dispatch date: the order went out that day (it is the date the Act counts).
    order_issue(kind=order_kinds.REFUSAL.code, subject=_application_subject(application), made_on=dispatched_on,
                target=application, district=application.district, officer=actor, communicated_on=dispatched_on)
    activity.record(SocietyAction.APPLICATION_REFUSED, actor=actor, target=application,
                    data={"dispatched_on": dispatched_on})
    _notify_in_tx(application.applicant, key=f"application:{application.pk}:refused",
                  subject=_("Registration refused: %(number)s"),
                  body=_("The Registrar refused registration. Reasons: %(reasons)s"),
                  params={"number": application.acknowledgement_number, "reasons": application.refusal_reasons},
                  url=_detail_url(application))
    return application


def application_deem_registered(application: RegistrationApplication, *, today: date | None = None) -> Society:
    """Proviso to s.11, applied by the sweeper on a locked row: registered from the legal day, by the system.

    The system certificate enters the register made on the legal day, with no officer. It is not dispatched: it
    is issued through the portal, and the applicants and officers are notified below in this transaction, on the
    day the sweep runs (`today`; the legal day when not given). That day is its date of communication. It
    decides nothing an officer could review, so no window runs from it."""
    deemed_on = rules.deemed_registration_date(application.received_on)
    society, certificate = _create_society(application, registered_on=deemed_on, kind=RegistrationKind.DEEMED,
                                           issued_by=None)
    application.deem_registered(society=society)
    application.save()
    _issue_certificate_order(certificate, society, kind=order_kinds.DEEMED_CERTIFICATE.code, officer=None,
                             communicated_on=max(today or deemed_on, deemed_on))
    activity.record(SocietyAction.DEEMED_REGISTERED, actor=None, society=society, target=application,
                    data={"deemed_on": deemed_on, "decision_due_on": application.decision_due_on,
                          "registration_number": society.registration_number})
    params = {"name": society.name, "reg": society.registration_number, "on": f"{deemed_on:%d %b %Y}"}
    subject = _("%(name)s is deemed registered")
    body = _("No decision was sent within 60 days. Under the proviso to section 11 the society is deemed registered "
             "from %(on)s. Registration number %(reg)s.")
    _notify_in_tx(application.applicant, key=f"application:{application.pk}:deemed", subject=subject, body=body,
                  params=params, url=_detail_url(application))
    officers = [o.user for o in officers_in_district(application.district)]
    if application.assigned_officer and application.assigned_officer not in officers:
        officers.append(application.assigned_officer)
    for user in officers:
        _notify_in_tx(user, key=f"application:{application.pk}:deemed", subject=subject, body=body, params=params,
                      url=reverse("office_application_detail", args=[application.pk]))
    return society


@transaction.atomic
def application_reopen_on_review(*, application_id: int, actor, today: date) -> RegistrationApplication:
    """s.111(2) review of a refusal, only within 60 days of the refusal's communication (registrar_review_60d;
    ValidationError REVIEW_WINDOW_CLOSED after). The refusal order is set aside on review, so a fresh decision can
    be entered. ADR 0006: the old 60-day clock is not revived; no deemed registration."""
    application = _lock(application_id)
    permissions.require_decider(actor, application)
    if not can_proceed(application.reopen_on_review):
        raise TransitionNotAllowed(f"cannot reopen an application that is {application.state}")
    window = refusal_review_window(application)
    if window is None or not window.is_open(today):
        communicated, last = (window.trigger_on, window.last_day) if window is not None else (None, None)
        raise ValidationError(REVIEW_WINDOW_CLOSED, params={
            "communicated": f"{communicated:%d %b %Y}" if communicated else "—",
            "last": f"{last:%d %b %Y}" if last else "—"})
    refusal = refusal_order(application)
    application.reopen_on_review()
    application.save()
    activity.record(SocietyAction.APPLICATION_REOPENED, actor=actor, target=application,
                    data={"refusal": refusal.number if refusal else "", "on": today})
    if refusal is not None and refusal.in_force:
        order_set_aside(refusal, by=None, on=today, actor=actor)
    return application

