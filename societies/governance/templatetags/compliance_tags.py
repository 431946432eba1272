"""Template helpers for pages whose views belong to other areas (the secretary's home lists societies from
registrar.views.home): the society's overall compliance state and what is due next, as of the portal's today."""

from django import template

from registrar import clock

from .. import compliance
from ..timeline import due_next

register = template.Library()


@register.simple_tag
def society_compliance(society):
    """{% society_compliance society as card %}: the society's compliance card (a few queries per society; a
    secretary acts for one society or a handful)."""
    return compliance.compliance_card(society, clock.today())


@register.simple_tag
def society_due_next(society, count: int = 3):
    """{% society_due_next society as items %}: the next statutory last days still to meet."""
    return due_next(society, clock.today(), count)
