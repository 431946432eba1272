"""Reversing the effects of an order set aside: ONE REVERSAL SERVICE PER EFFECT KIND (issue 23 point 4).

When a review or an appeal sets an order aside (allowed, or modified so far as it sets the order aside), the
order's effects on the records must be undone: a refused application returns to scrutiny, a registration is set
aside, a Board ended by order is restored, a demand certificate is withdrawn. The appeal does not know those
records; the module that owns them does. So each module registers one function per kind of order whose effect
it can reverse, keyed by the order kind's code (orders.kinds), and `order_reverse` does the rest.

How a module registers its reversal (e.g. recovery/ for a demand certificate, later liquidation/)
---------------------------------------------------------------------------------------------------
In the module's own `reversals.py`, imported from its AppConfig.ready()::

    from appeals.reversals import reversal_for

    @reversal_for("recovery.demand_certificate",
                  description=_("Demand certificate withdrawn; collections stop and the due is re-opened"))
    def demand_certificate_withdrawn(order, *, by, actor, today) -> str:
        certificate = DemandCertificate.objects.select_for_update().get(pk=order.target_id)
        if certificate.state == "collected":
            raise ValidationError(_("The amount is already collected; a refund is ordered separately."))
        certificate.withdraw(on=today)
        certificate.save()
        return "Demand certificate RCS/CDC/... withdrawn."

- `order` is the orders.Order being set aside (locked by the service; its `target` is your record).
- `by` is the Order that sets it aside (the review or appellate order), `today` the date it is made.
- The function runs inside the service's transaction: lock your rows, check that the effect can still be
  undone (raise django.core.exceptions.ValidationError with a user-facing message when it cannot; the whole
  outcome then rolls back, numbers included), undo it on your own rows, and return one sentence saying what was
  done. It writes NO activity entry and sends no notice itself: `order_reverse` writes `orders.set_aside` (the
  register's entry) and one `appeals.effect_reversed` entry naming the original decision's activity entry, so
  the log holds both the original and the reversal.
- One function per kind: registering a second one for the same code raises ValueError at start-up.
- Effects a sweeper applied (a deemed registration, a Board dissolved for no AGM) are not orders anyone
  appeals: they are set aside by rectification (registrar.rectification, ADR 0007), which has its own
  `@rectifier` registry. An order kind with no registered reversal has no effect beyond the order itself (a
  letter, a flag dismissed): setting it aside changes the register only, and the entry says so.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from orders.models import Order
from orders.services import order_set_aside
from registrar import activity
from registrar.models import ActivityEntry

from .actions import AppealAction

NO_EFFECT = _("The order had no effect on the records beyond itself; the register shows it set aside.")

Reverse = Callable[..., str]


@dataclass(frozen=True)
class Reversal:
    kind: str
    func: Reverse
    description: object


_REGISTRY: dict[str, Reversal] = {}


def reversal_for(kind_code: str, *, description):
    """Register `fn(order, *, by, actor, today) -> str` as the reversal of orders of kind `kind_code`."""

    def decorate(func: Reverse) -> Reverse:
        code = str(kind_code)
        if code in _REGISTRY and _REGISTRY[code].func is not func:
            raise ValueError(f"a reversal for order kind {code!r} is already registered")
        _REGISTRY[code] = Reversal(code, func, description)
        return func

    return decorate


def get(kind_code: str) -> Reversal | None:
    return _REGISTRY.get(str(kind_code))


def registered_kinds() -> list[str]:
    return sorted(_REGISTRY)


def unregister(kind_code: str) -> None:
    """For tests that register a stand-in reversal."""
    _REGISTRY.pop(str(kind_code), None)


def order_reverse(order: Order, *, by: Order, actor, today: date) -> str:
    """Set `order` aside by `by` and reverse its effects through the reversal registered for its kind. Inside the
    caller's transaction (the appeal's outcome service). Returns the summary sentence."""
    original = _original_seq(order)
    spec = get(order.kind)
    summary = str(spec.func(order, by=by, actor=actor, today=today) or "") if spec else gettext(NO_EFFECT)
    order_set_aside(order, by=by, on=today, actor=actor)
    activity.record(AppealAction.EFFECT_REVERSED, actor=actor, society=order.society, target=order, data={
        "order": order.number, "kind": order.kind, "by": by.number, "on": today, "original_seq": original,
        "summary": summary, "reversal": spec.kind if spec else ""})
    return summary


def _original_seq(order: Order) -> int | None:
    """The seq of the decision's own activity entry: the latest entry about the order's target made by the
    deciding module (not the register's or this module's own entries)."""
    if order.target_type_id is None:
        return None
    content_type = ContentType.objects.get_for_id(order.target_type_id)
    label = f"{content_type.app_label}.{content_type.model}:{order.target_id}"
    return (ActivityEntry.objects.filter(target=label).exclude(action__startswith="orders.")
            .exclude(action__startswith="appeals.").order_by("-seq").values_list("seq", flat=True).first())
