"""Filing an appeal or review petition against an order of the register (issue 23 point 1): online by a party
aggrieved, or a paper one entered by an officer with its date of receipt. The forum, rule and limit come from
the order (appeals.rules.routes_for over orders.windows); a filing after its limit is registered out of time
with the appellant's explanation and waits for the forum's order on the delay — never accepted or refused here.
"""

from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from orders.models import Order
from registrar import activity
from registrar.capabilities import Act, may
from registrar.holidays import holiday_dates
from registrar.selectors import officers_in_district

from .. import rules
from ..actions import AppealAction
from ..models import Appeal, AppealDocument, CaseState, Forum, Route
from ..outages import outage_covering, outage_days
from ..parties import is_aggrieved
from .common import case_number, notify_parties

NOT_AGGRIEVED = _("Only a party to this order may appeal against it online. Anyone else aggrieved may file on "
                  "paper at the office.")
NOT_A_DECISION = _("This is a letter that decides nothing; there is nothing to appeal or review.")
SET_ASIDE = _("This order has already been set aside.")
BARRED = _("No appeal lies against an order made with the Reserve Bank's sanction (s.111(5)).")
NO_ROUTE = _("The Act gives no %(route)s against this order.")
TO_GENERAL_ASSEMBLY = _("This appeal lies to the General Assembly of the society (%(section)s): file it with the "
                        "society from your membership page.")
NOT_STARTED = _("The limit has not started: the date of %(trigger)s of the order is not recorded yet.")
QUESTION_OF_LAW = _("An appeal to the State Government lies only on a question of law (s.111(3)): state it.")
GROUNDS_NEEDED = _("State the grounds of the appeal.")
RELIEF_NEEDED = _("State the relief you seek.")
EXPLAIN_DELAY = _("This is filed after its last day (%(last)s). Explain the delay: the forum decides by a "
                  "recorded order whether it proceeds.")
RECEIPT_IN_FUTURE = _("The date of receipt cannot be after today.")
RECEIPT_BEFORE_ORDER = _("The date of receipt cannot be before the order was made (%(made)s).")
NAME_NEEDED = _("Give the appellant's name and address as written on the paper appeal.")
ALREADY_PENDING = _("You already have %(number)s pending against this order.")
OUTAGE_REASON = _("The last day %(last)s fell in the portal outage of %(outage)s (%(notice)s); a filing on the "
                  "first working day after it, %(moved)s, is in time.")
FILED_SUBJECT = _("%(number)s registered")
FILED_BODY = _("Your %(route)s against order %(order)s is registered as %(number)s. Forum: %(forum)s. "
               "%(state)s")
FILED_IN_TIME = _("It is in time.")
FILED_LATE = _("It is out of time; the forum will first decide, by a recorded order, whether it proceeds.")

SERIES = {Route.APPEAL: "APL", Route.REVIEW: "RVP"}


def _d(day):
    return f"{day:%d %b %Y}"


def route_and_limit(order: Order, route: str):
    """(option with outages, option without outages): the second is only to say why a filing is in time."""
    start = order.made_on - timedelta(days=1)
    end = start + timedelta(days=460)
    holidays = holiday_dates(start, end)
    return (rules.route_for(order, route, holidays | outage_days(start, end)),
            rules.route_for(order, route, holidays))


def _check_order(order: Order, route: str):
    if not order.decides:
        raise ValidationError(NOT_A_DECISION)
    if not order.in_force:
        raise ValidationError(SET_ASIDE)
    if route == Route.APPEAL and order.rbi_sanctioned:
        raise ValidationError(BARRED)
    option, without_outage = route_and_limit(order, route)
    if option is None:
        raise ValidationError(NO_ROUTE, params={"route": Route(route).label.lower()})
    if option.forum == Forum.GENERAL_ASSEMBLY:
        raise ValidationError(TO_GENERAL_ASSEMBLY, params={"section": order.order_kind.section})
    if option.trigger_on is None:
        raise ValidationError(NOT_STARTED, params={"trigger": option.window.trigger_label})
    return option, without_outage


def appeal_file(*, order_id: int, actor, route: str, grounds: str, relief: str, today: date,
                question_of_law: str = "", delay_explanation: str = "", documents=(), received_on: date | None = None,
                appellant_name: str = "", appellant_address: str = "", appellant_phone: str = "",
                appellant_email: str = "") -> Appeal:
    """File online (`received_on` None: the actor is the appellant, filed today) or enter a paper filing
    (`received_on` given: the actor is an officer with jurisdiction, the appellant is named). `documents`:
    (title, UploadedFile) pairs."""
    grounds, relief = (grounds or "").strip(), (relief or "").strip()
    question_of_law, delay_explanation = (question_of_law or "").strip(), (delay_explanation or "").strip()
    with transaction.atomic():
        order = Order.objects.select_for_update(of=("self",)).select_related("society", "district").get(pk=order_id)
        paper = received_on is not None
        if paper:
            if not may(actor, Act.HEAR_APPEAL, order.district_id):
                raise PermissionDenied(NOT_AGGRIEVED)
        elif not is_aggrieved(actor, order):
            raise PermissionDenied(NOT_AGGRIEVED)
        option, without_outage = _check_order(order, route)
        filed_on = received_on if paper else today
        errors: dict[str, list] = {}

        def error(field, message, **params):
            errors.setdefault(field, []).append(ValidationError(message, params=params or None))

        if paper and filed_on > today:
            error("received_on", RECEIPT_IN_FUTURE)
        if paper and filed_on < order.made_on:
            error("received_on", RECEIPT_BEFORE_ORDER, made=_d(order.made_on))
        if paper and not (appellant_name.strip() and appellant_address.strip()):
            error("appellant_name", NAME_NEEDED)
        if not grounds:
            error("grounds", GROUNDS_NEEDED)
        if not relief:
            error("relief", RELIEF_NEEDED)
        if option.rule_id == "appeal_state_government_60d" and not question_of_law:
            error("question_of_law", QUESTION_OF_LAW)
        in_time = rules.filed_in_time(option, filed_on)
        if not in_time and not delay_explanation:
            error("delay_explanation", EXPLAIN_DELAY, last=_d(option.last_day))
        if not paper and Appeal.objects.filter(order=order, appellant=actor, route=route,
                                               state__in=[CaseState.AWAITING_DELAY_ORDER, CaseState.PENDING]).exists():
            number = Appeal.objects.filter(order=order, appellant=actor, route=route).values_list(
                "number", flat=True).first()
            error("__all__", ALREADY_PENDING, number=number)
        if errors:
            raise ValidationError(errors)
        because = ""
        if in_time and without_outage is not None and without_outage.last_day is not None \
                and filed_on > without_outage.last_day:
            outage = outage_covering(without_outage.last_day)
            if outage is not None:
                because = gettext(OUTAGE_REASON) % {"last": _d(without_outage.last_day), "outage": str(outage),
                                                    "notice": outage.notice, "moved": _d(option.last_day)}
        district = order.district or (order.society.district if order.society_id else None)
        appeal = Appeal(
            number=case_number(SERIES[route], district, filed_on.year), order=order, route=route,
            forum=option.forum, rule_id=option.rule_id, section=option.window.section, district=district,
            society=order.society, appellant=None if paper else actor,
            appellant_name=(appellant_name.strip() if paper else (actor.get_full_name() or actor.username))[:200],
            appellant_address=appellant_address.strip(), appellant_phone=appellant_phone.strip()[:20],
            appellant_email=(appellant_email.strip() if paper else actor.email or ""), online=not paper,
            entered_by=actor if paper else None, filed_on=filed_on, grounds=grounds, relief=relief,
            question_of_law=question_of_law, trigger_on=option.trigger_on, last_day=option.last_day,
            service_target_on=rules.service_target(option.forum, filed_on), in_time=in_time,
            in_time_because=because[:300], delay_explanation=delay_explanation if not in_time else "",
            state=CaseState.PENDING if in_time else CaseState.AWAITING_DELAY_ORDER,
        )
        appeal.save()
        for title, upload in documents:
            AppealDocument.objects.create(appeal=appeal, title=(title or upload.name)[:200], file=upload)
        activity.record(AppealAction.FILED if in_time else AppealAction.FILED_OUT_OF_TIME, actor=actor,
                        society=order.society, target=appeal, data={
                            "number": appeal.number, "order": order.number, "route": route, "forum": option.forum,
                            "rule_id": option.rule_id, "filed_on": filed_on, "last_day": option.last_day,
                            "in_time": in_time, "because": appeal.in_time_because, "paper": paper})
        params = {"number": appeal.number, "route": appeal.get_route_display().lower(), "order": order.number,
                  "forum": appeal.get_forum_display(), "state": gettext(FILED_IN_TIME if in_time else FILED_LATE)}
        notify_parties(appeal, key=f"appeal:{appeal.pk}:filed", subject=FILED_SUBJECT, body=FILED_BODY,
                       params=params)
        from registrar.notify import notify

        for officer in officers_in_district(district) if district else []:
            notify(officer.user, key=f"appeal:{appeal.pk}:filed", subject=FILED_SUBJECT, body=FILED_BODY,
                   params=params, url=reverse("office_appeal_detail", args=[appeal.pk]))
    return appeal
