"""Permission-triad cases for the register of orders' pages (walked by tests/test_permission_triad.py)."""

from datetime import date

from tests.triad import Case

MARKER = "Register Triad Order about a Sonitpur Society"


def _order(personas):
    from tests.orders.helpers import make_order

    order = make_order(subject=MARKER, made_on=date(2026, 11, 2))
    return {"pk": order.pk}, None, MARKER


def _register(personas):
    from tests.orders.helpers import make_order

    make_order(subject=MARKER, made_on=date(2026, 11, 2))
    return {}, None, MARKER


def _token(personas):
    from tests.orders.helpers import make_order

    return {"token": make_order(subject=MARKER).token}, None, ""


CASES = [
    Case("orders_register", "office", build=_register,
         notes="the other district's ARCS gets the page without Sonitpur's order"),
    Case("order_detail", "office", build=_order),
    Case("verify_order", "public", build=_token, notes="any order by its token; unknown token 404: test_verify.py"),
]
