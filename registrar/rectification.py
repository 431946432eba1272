"""Rectification orders: a Registrar sets aside an automatic effect that fired only because facts were recorded late.

A sweeper applies the Act's automatic effects on the facts the database holds (ADR 0007). When the real facts
were otherwise and were merely entered late — the certificate was posted on day 58 but recorded on day 63, the
AGM was held in time but its proceedings were entered after the deadline — the Registrar makes a recorded
*rectification order* citing the real date and reasons. The order undoes the effect; the activity log keeps both
the original entry (append-only, never edited) and a `registrar.effect_rectified` entry.

How a domain makes one of its automatic effects rectifiable
-----------------------------------------------------------
Register a function for the activity code the sweeper writes, in the app's `rectifiers.py` (imported by the
app's AppConfig.ready())::

    from registrar.rectification import rectifier

    @rectifier(SocietyAction.DEEMED_REGISTERED,
               description=_("Deemed registration (proviso to s.11) ..."),
               outcomes=[("certificate", _("A certificate was dispatched")), ("refusal", _("A refusal was"))])
    def deemed_registration(entry, *, real_date, order, actor, today) -> str:
        ...  # lock the domain rows, check the real facts, undo the effect
        return "one sentence saying what the order did"

- `entry` is the ActivityEntry the sweeper wrote (with `.society`); it is locked and must not be changed.
- `real_date` is the date the fact really happened (already checked: not after `today`).
- `order` is the saved RectificationOrder (number, reasons, and `outcome` — one of the declared `outcomes`
  keys, or "" when none are declared).
- The function runs inside the service's transaction. It checks that the real facts support setting the effect
  aside and raises `django.core.exceptions.ValidationError` with a user-facing message when they do not (the
  whole order then rolls back, number included). It undoes the effect on its own rows, writing nothing to the
  activity log: the service writes the single `registrar.effect_rectified` entry and notifies.
- It returns a one-sentence summary, stored on the order and in the activity entry.

Only entries written by the System (actor empty: a sweeper) can be rectified; an officer's own decision is
reviewed under the Act's review and appeal sections, not here.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from orders.kinds import RECTIFICATION
from orders.naming import order_subject
from orders.services import order_issue

from . import activity
from .actions import RegistrarAction
from .capabilities import Act, may, rank_may
from .models import ActivityEntry, RectificationOrder
from .notify import notify
from .numbering import next_number
from .selectors import district_arcs, in_jurisdiction, society_secretaries

NOT_A_REGISTRAR = _("Only the Registrar, or an Additional, Joint or Deputy Registrar, may make a rectification "
                    "order. You can see this automatic effect but not set it aside.")
NOT_IN_JURISDICTION = _("This entry is outside your jurisdiction.")
NOT_RECTIFIABLE = _("This entry is not an automatic effect that a rectification order can set aside.")
ALREADY_RECTIFIED = _("This automatic effect has already been set aside by rectification order %(number)s.")
REAL_DATE_IN_FUTURE = _("The real date cannot be in the future.")
REASONS_REQUIRED = _("Record the reasons for the order.")
OUTCOME_REQUIRED = _("Choose what really happened.")

NOTICE_SUBJECT = _("Rectification order %(number)s")
NOTICE_BODY = _("By order %(number)s the Registrar set aside “%(effect)s” (entry #%(seq)s): the real date was "
                "%(real_date)s. %(summary)s")

Rectify = Callable[..., str]


@dataclass(frozen=True)
class Rectifier:
    action: str
    func: Rectify
    description: str
    outcomes: tuple[tuple[str, str], ...] = ()


_REGISTRY: dict[str, Rectifier] = {}


def rectifier(action_code: str, *, description: str, outcomes: Sequence[tuple[str, str]] = ()):
    """Register `fn(entry, *, real_date, order, actor, today) -> str` as the way to set aside `action_code`."""

    def decorate(func: Rectify) -> Rectify:
        code = str(action_code)
        if code in _REGISTRY and _REGISTRY[code].func is not func:
            raise ValueError(f"a rectifier for {code!r} is already registered")
        _REGISTRY[code] = Rectifier(code, func, description, tuple((str(k), v) for k, v in outcomes))
        return func

    return decorate


def get(action_code: str) -> Rectifier | None:
    return _REGISTRY.get(str(action_code))


def rectifiable_actions() -> list[str]:
    return sorted(_REGISTRY)


# ---- permissions ----------------------------------------------------------------------------------------------

def is_registrar_level(user) -> bool:
    """The Registrar (RCS) or an officer of a statewide rank (Additional, Joint, Deputy Registrar)."""
    return rank_may(user, Act.RECTIFY_EFFECT)


def can_rectify(user, entry: ActivityEntry) -> bool:
    """A Registrar-level officer with jurisdiction over the entry's society."""
    return may(user, Act.RECTIFY_EFFECT, entry.society.district_id if entry.society_id else None)


def is_rectifiable(entry: ActivityEntry) -> bool:
    """Written by the System (a sweeper) for an action some domain knows how to set aside."""
    return entry.actor_id is None and entry.action in _REGISTRY


# ---- reads ----------------------------------------------------------------------------------------------------

def entries_for_officer(user) -> QuerySet:
    """Automatic effects in the officer's jurisdiction that a rectifier exists for, newest first."""
    qs = ActivityEntry.objects.filter(action__in=rectifiable_actions(), actor__isnull=True)
    return in_jurisdiction(qs, user, "society__district").select_related("society", "society__district")


def rectifiable_entries(user) -> QuerySet:
    """The office list: rectifiable automatic effects without an order yet, newest first."""
    return entries_for_officer(user).filter(rectification__isnull=True).order_by("-seq")


def orders_for_officer(user) -> QuerySet:
    return (in_jurisdiction(RectificationOrder.objects.all(), user, "society__district")
            .select_related("entry", "society", "made_by").order_by("-made_on", "-pk"))


# ---- the service ----------------------------------------------------------------------------------------------

def _next_order_number(year: int) -> str:
    """RCS/RECT/2026/0001: one statewide series per year (a ReferenceCounter with no district)."""
    return f"RCS/RECT/{year}/{next_number('rectification', None, year):04d}"


@transaction.atomic
def effect_rectify(*, entry_seq: int, actor, real_date: date, reasons: str, today: date,
                   outcome: str = "") -> RectificationOrder:
    """Set aside the automatic effect logged as entry `entry_seq` by a recorded order citing the real date.

    PermissionDenied unless `actor` is a Registrar-level officer with jurisdiction; ValidationError when the
    entry is not rectifiable or already rectified, the real date is in the future, reasons are missing, or the
    domain's rectifier finds that the real facts do not support setting the effect aside.
    """
    entry = (ActivityEntry.objects.select_for_update(of=("self",)).select_related("society", "society__district")
             .get(seq=entry_seq))
    if not can_rectify(actor, entry):
        raise PermissionDenied(NOT_A_REGISTRAR)
    if not is_rectifiable(entry):
        raise ValidationError(NOT_RECTIFIABLE)
    existing = RectificationOrder.objects.filter(entry=entry).values_list("number", flat=True).first()
    if existing:
        raise ValidationError(ALREADY_RECTIFIED, params={"number": existing})
    if real_date > today:
        raise ValidationError(REAL_DATE_IN_FUTURE)
    reasons = (reasons or "").strip()
    if not reasons:
        raise ValidationError(REASONS_REQUIRED)
    spec = _REGISTRY[entry.action]
    if spec.outcomes and outcome not in dict(spec.outcomes):
        raise ValidationError(OUTCOME_REQUIRED)

    order = RectificationOrder.objects.create(
        number=_next_order_number(today.year), entry=entry, real_date=real_date, reasons=reasons,
        outcome=outcome if spec.outcomes else "", made_by=actor, made_on=today, society=entry.society,
    )
    # In the register before the domain's rectifier runs, so that it can set aside the Order of the effect it
    # undoes (a deemed certificate) by this one: orders.services.order_for(order, RECTIFICATION.code).
    order_issue(kind=RECTIFICATION.code, made_on=today, target=order, society=entry.society, officer=actor,
                number=order.number,
                subject=order_subject(entry.society.name if entry.society_id else "",
                                      f"rectification of entry #{entry.seq}"))
    summary = str(spec.func(entry, real_date=real_date, order=order, actor=actor, today=today) or "")
    order.summary = summary
    order.save(update_fields=["summary"])
    activity.record(RegistrarAction.EFFECT_RECTIFIED, actor=actor, society=entry.society, target=order, data={
        "order": order.number, "rectified_seq": entry.seq, "rectified_action": entry.action,
        "real_date": real_date, "outcome": order.outcome, "reasons": reasons, "summary": summary,
    })
    _notify_on_commit(order, entry, summary)
    return order


def _notify_on_commit(order: RectificationOrder, entry: ActivityEntry, summary: str) -> None:
    society = entry.society
    recipients = society_secretaries(society) + district_arcs(society.district if society else None)
    params = {"number": order.number, "effect": entry.action_label, "seq": entry.seq,
              "real_date": f"{order.real_date:%d %b %Y}", "summary": summary}
    url = reverse("rectification_order", args=[entry.seq])
    seen = set()
    for user in recipients:
        if user.pk in seen:
            continue
        seen.add(user.pk)
        link = url if user.is_officer else (reverse("society_timeline", args=[society.pk]) if society else "")
        transaction.on_commit(lambda user=user, link=link: notify(
            user, key=f"rectification:{order.number}", subject=NOTICE_SUBJECT, body=NOTICE_BODY, params=params,
            url=link))
