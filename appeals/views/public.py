"""The public daily cause list (issue 23 point 3): per officer and forum, the cases to be heard on a day — case
number, the order appealed, time, place — and never the parties' names, addresses or contacts."""

from datetime import date

from django.shortcuts import render

from registrar import clock

from .. import selectors
from ..models import Forum


def _day(value: str, today: date) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return today


def cause_list_context(request):
    today = clock.today()
    on = _day(request.GET.get("on", ""), today)
    forum = request.GET.get("forum", "")
    forum = forum if forum in Forum.values else ""
    officer = request.GET.get("officer", "")
    officer_id = int(officer) if officer.isdigit() else None
    hearings = list(selectors.cause_list(on, forum=forum, officer_id=officer_id))
    groups: dict = {}
    for hearing in hearings:
        groups.setdefault((hearing.officer, hearing.get_forum_display()), []).append(hearing)
    return {"on": on, "forum": forum, "forums": Forum.choices, "groups": [
        {"officer": officer, "forum": label, "hearings": rows} for (officer, label), rows in groups.items()]}


def cause_list(request):
    return render(request, "appeals/cause_list.html", cause_list_context(request))


def cause_list_pdf(request):
    from django.http import HttpResponse

    from ..documents import cause_list_pdf as build

    context = cause_list_context(request)
    response = HttpResponse(build(context), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="cause-list-{context["on"]:%Y-%m-%d}.pdf"'
    return response
