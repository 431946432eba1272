"""The list behind each member-statistics figure (/office/member-statistics/?figure=...): the rows the figure
counts, 50 a page, for officers (their jurisdiction). Names and member numbers only: officers in jurisdiction
read the register anyway (READ_MEMBER_REGISTER)."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from registrar import clock
from registrar.access import officer_required
from registrar.capabilities import Act, rank_may

from . import stats

PAGE_SIZE = 50


def _row(obj) -> dict:
    from societies.governance.models import Director

    if isinstance(obj, Director):
        return {"society": obj.board.society, "number": "", "name": obj.name, "detail": obj.get_office_display()}
    name = getattr(obj, "name", None) or obj.person.name
    return {"society": obj.society, "number": obj.number, "name": name,
            "detail": obj.get_gender_display() if hasattr(obj, "get_gender_display") else ""}


@officer_required
def office_member_statistics(request):
    if not rank_may(request.user, Act.READ_MEMBER_REGISTER):
        raise PermissionDenied
    today = clock.today()
    key = (request.GET.get("figure") or "members").strip()
    scope = stats.params(request.GET, today)
    try:
        rows = stats.figure_rows(request.user, today, scope, key=key)
    except KeyError:
        raise Http404("No such figure.") from None
    related = ("board__society",) if key.startswith(("board:", "office:")) else ("society",)
    if key.startswith(("admitted:", "ceased:")):
        related = ("society", "person")
    page = Paginator(rows.select_related(*related), PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = [_row(obj) for obj in page.object_list]
    label = next((f.label for f in stats.figures(today, scope) if f.key == key), key)
    query = "&".join(f"{k}={v}" for k, v in [("figure", key), *scope.items()])
    return render(request, "membership/voters/statistics_list.html", {
        "page": page, "label": label, "query": query, "today": today, "key": key,
    })
