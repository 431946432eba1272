"""Scrutiny before the decision (s.10): starting it, query letters, RBI/NABARD clearance, the hearing before a
proposed refusal (proviso to s.10(2))."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from orders import kinds as order_kinds
from orders.naming import order_subject
from orders.services import order_issue
from registrar import activity, bounds
from societies.actions import SocietyAction

from .. import permissions
from ..models import QueryItem, QueryMemo, RegistrationApplication
from .common import (
    HEARING_AFTER_LAST_DAY,
    HEARING_IN_PAST,
    NOT_A_BANK,
    QUERY_EMPTY,
    _application_subject,
    _detail_url,
    _lock,
    _notify_in_tx,
)


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
