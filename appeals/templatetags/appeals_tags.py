"""The appeals against an order, on the register's order page (issue 23 point 4: the original order's page links
to the appeal and its outcome)."""

from django import template

from ..models import Appeal

register = template.Library()


@register.inclusion_tag("appeals/partials/order_appeals.html")
def order_appeals(order):
    appeals = list(Appeal.objects.filter(order_id=order.pk).select_related("decision_order").order_by("filed_on"))
    return {"order": order, "appeals": appeals}
