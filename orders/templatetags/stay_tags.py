"""`{% stay_panel order as panel %}`: what templates/orders/partials/stay_panel.html shows, for the request's
user (orders.views.stays.stay_panel_context)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def stay_panel(context, order):
    from orders.views.stays import stay_panel_context

    request = context.get("request")
    return stay_panel_context(order, getattr(request, "user", None))
