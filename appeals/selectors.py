"""Reads of appeals and disputes: jurisdiction-filtered lists (the office list and the picture's figures read
the same function), a party's own cases, the public cause list (no personal details)."""

from datetime import date, timedelta

from django.db.models import Q, QuerySet

from registrar.selectors import in_jurisdiction

from .models import OPEN_STATES, Appeal, CaseState, Dispute, DisputeState, Hearing
from .parties import order_parties

AGES = {"0-30": (0, 30), "31-90": (31, 90), "91+": (91, None)}
APPEAL_STATES = ("open", "disposed_month", "past_target", "all")
DISPUTE_OPEN = (DisputeState.REFERRED, DisputeState.REGISTRAR_DECIDING, DisputeState.OFFICER_DECIDING,
                DisputeState.ARBITRATION)


def _age(qs: QuerySet, field: str, age: str, today: date) -> QuerySet:
    if age not in AGES:
        return qs
    low, high = AGES[age]
    qs = qs.filter(**{f"{field}__lte": today - timedelta(days=low)})
    if high is not None:
        qs = qs.filter(**{f"{field}__gte": today - timedelta(days=high)})
    return qs


def appeal_list_for_officer(user, today: date, *, state: str = "open", forum: str = "", age: str = "") -> QuerySet:
    qs = in_jurisdiction(Appeal.objects.all(), user).select_related("order", "district")
    if state == "open":
        qs = qs.filter(state__in=OPEN_STATES)
    elif state == "disposed_month":
        qs = qs.filter(decided_on__year=today.year, decided_on__month=today.month)
    elif state == "past_target":
        qs = qs.filter(state__in=OPEN_STATES, service_target_on__lt=today)
    if forum:
        qs = qs.filter(forum=forum)
    return _age(qs, "filed_on", age, today).order_by("filed_on", "pk")


def dispute_list_for_officer(user, today: date, *, state: str = "open", age: str = "") -> QuerySet:
    qs = in_jurisdiction(Dispute.objects.all(), user).select_related("society", "district")
    if state == "open":
        qs = qs.filter(state__in=DISPUTE_OPEN)
    elif state == "disposed_month":
        qs = qs.filter(decided_on__year=today.year, decided_on__month=today.month)
    elif state == "past_target":
        qs = qs.filter(state__in=DISPUTE_OPEN, service_target_on__lt=today)
    return _age(qs, "referred_on", age, today).order_by("referred_on", "pk")


def appeals_of_party(user) -> QuerySet:
    """A party's own cases: filed by them, or against an order about their application or their society."""
    from guardian.shortcuts import get_objects_for_user

    societies = get_objects_for_user(user, "societies.act_as_secretary", accept_global_perms=False)
    from societies.registration.models import RegistrationApplication

    applications = RegistrationApplication.objects.filter(applicant=user).values_list("pk", flat=True)
    from django.contrib.contenttypes.models import ContentType

    app_type = ContentType.objects.get_for_model(RegistrationApplication)
    return (Appeal.objects.filter(Q(appellant=user) | Q(society__in=societies)
                                  | Q(order__target_type=app_type, order__target_id__in=list(applications)))
            .select_related("order").distinct().order_by("-filed_on", "-pk"))


def disputes_of_party(user) -> QuerySet:
    return Dispute.objects.filter(Q(claimant=user) | Q(respondent=user)).select_related("society").order_by(
        "-referred_on", "-pk")


def appealable_orders_for(user, today: date) -> list:
    """Orders the user is a party to with a review or appeal open today (the 'appeal' buttons of My cases)."""
    from django.contrib.contenttypes.models import ContentType

    from orders.models import Order
    from societies.registration.models import RegistrationApplication

    from .services.filing import route_and_limit

    app_type = ContentType.objects.get_for_model(RegistrationApplication)
    ids = list(RegistrationApplication.objects.filter(applicant=user).values_list("pk", flat=True))
    candidates = (Order.objects.in_force().decisions().filter(target_type=app_type, target_id__in=ids)
                  .select_related("society", "district")[:50])
    found = []
    for order in candidates:
        if not any(p.pk == user.pk for p in order_parties(order)):
            continue
        routes = [route_and_limit(order, route)[0] for route in ("review", "appeal")]
        routes = [r for r in routes if r is not None and r.trigger_on is not None]
        if routes:
            found.append((order, routes))
    return found


def cause_list(on: date, *, officer_id: int | None = None, forum: str = "") -> QuerySet:
    """The hearings of a day, per officer and forum; the page shows case numbers and the order appealed, never
    the parties' names, addresses or contacts."""
    qs = (Hearing.objects.filter(on=on)
          .select_related("appeal", "appeal__order", "dispute", "officer", "district").order_by("officer", "at", "pk"))
    if officer_id:
        qs = qs.filter(officer_id=officer_id)
    if forum:
        qs = qs.filter(forum=forum)
    return qs


__all__ = ["CaseState"]


def general_assembly_appeals_for_officer(user) -> list:
    """The membership appeals pending before a General Assembly (s.20(3), s.23(2)), handled by membership and
    listed here so that the register of appeals is complete: (kind label, society, order, filed on)."""
    from membership.models import AppState, MembershipApplication, Termination, TermState

    refusals = in_jurisdiction(MembershipApplication.objects.filter(state=AppState.APPEALED), user,
                               "society__district").select_related("society", "refusal_order")[:50]
    terminations = in_jurisdiction(Termination.objects.filter(state=TermState.APPEALED), user,
                                   "society__district").select_related("society", "order")[:50]
    rows = [("20(3)", a.society, a.refusal_order, a.appeal_filed_on) for a in refusals]
    rows += [("23(2)", t.society, t.order, t.appeal_filed_on) for t in terminations]
    return sorted(rows, key=lambda row: (row[3] or date.min))
