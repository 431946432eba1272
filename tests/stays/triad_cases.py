from registrar import clock
from registrar.models import District
from tests.triad import Case

MARKER = "Stay Triad Order of the Sonitpur Office"


def make_order(subject=MARKER, *, district="SNT", made_on=None, kind="governance.flag_order", officer=None):
    """A decision of the Sonitpur office in the register (a flag order: reviewable, appealable)."""
    from orders.services import order_issue

    return order_issue(kind=kind, subject=subject, made_on=made_on or clock.today(),
                       district=District.objects.get(code=district), officer=officer)


def _order(personas):
    return {"pk": make_order().pk}, None, MARKER


def _stayed(personas):
    from orders.services import stay_grant

    order = make_order()
    stay_grant(order_id=order.pk, actor=personas["arcs_officer"], granted_on=order.made_on,
               pending="Review petition 1/2026", reasons="Triad", today=clock.today())
    return {"pk": order.pk}, None, MARKER


CASES = [
    Case("order_stay_grant", "office", build=_order, notes="GET: the order's stays and the form to stay it"),
    Case("order_stay_vacate", "office", build=_stayed, notes="GET: the stay in force and the form to vacate it"),
]
