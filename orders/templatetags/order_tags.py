"""`{% society_orders society "office" %}` / `{% society_orders society "secretary" %}`: the society's last ten
orders for its office page and the secretary's page (templates/orders/partials/society_orders.html). The
office links each to its page in the register and to the register filtered by the society; the secretary, who
has no office pages, to each order's public verification page."""

from django import template

from registrar import clock

register = template.Library()

LIMIT = 10


@register.inclusion_tag("orders/partials/society_orders.html")
def society_orders(society, audience="office"):
    from orders.kinds import get_kind
    from orders.selectors import order_status
    from orders.selectors import society_orders as last_orders

    today = clock.today()
    rows = []
    for order in last_orders(society, LIMIT):
        try:
            label = get_kind(order.kind).label
        except KeyError:
            label = order.kind
        rows.append((order, order_status(order, today), label))
    return {"society": society, "rows": rows, "office": audience == "office", "limit": LIMIT}
