"""`{% society_status society %}`: the legal and governance pills and the notes of societies.status, the same on
every page. A list view calls societies.status.attach_statuses(page, today) first, so the tag reads
`society.status` and asks nothing more of the database."""

from django import template

from registrar import clock

from ..status import status_of

register = template.Library()


@register.inclusion_tag("societies/partials/status.html")
def society_status(society, compact=False):
    status = getattr(society, "status", None)
    if status is None:
        status = status_of(society, clock.today())
    return {"society": society, "status": status, "compact": compact}
