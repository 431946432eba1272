"""The decision (ss.10(2), 11): registration with its certificate, refusal, deemed registration on day 61, and
reopening a refusal on review within its 60 days (s.111(2)). Each decision enters the register of orders."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed, can_proceed
from guardian.shortcuts import assign_perm

from orders import kinds as order_kinds
from orders.models import Order
from orders.naming import order_subject
from orders.services import order_issue, order_set_aside, orders_for
from orders.windows import review_window
from registrar import activity
from registrar.duplicates import AlreadyRecorded
from registrar.selectors import officers_in_district
from societies.actions import SocietyAction
from societies.choices import RegistrationKind
from societies.models import Society

from .. import permissions, rules
from ..models import AppState, Certificate, RegistrationApplication
from ..signals import society_registered
from .common import (
    ALREADY_REGISTERED,
    REASONS_REQUIRED,
    REVIEW_WINDOW_CLOSED,
    _application_subject,
    _check_dispatch,
    _detail_url,
    _lock,
    _next_registration_number,
    _notify_in_tx,
)


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
    society_registered.send(sender=RegistrationApplication, application=application, society=society,
                            on=dispatched_on, today=today)
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
    society_registered.send(sender=RegistrationApplication, application=application, society=society,
                            on=deemed_on, today=today or deemed_on)
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
