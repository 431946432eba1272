"""Office pages of officers and of moving a transferred officer's open cases (issue 13 point 1).

`/office/officers/` lists the officers in the viewer's jurisdiction (the Directorate: all) with how many open
cases each holds (orders.cases, one aggregate per declared kind). `/office/officers/<pk>/transfer/` shows one
officer's open cases by kind and, for the Directorate (Act.TRANSFER_CASES), the form choosing the successor;
the post moves them all (orders.transfers). Jurisdiction first (an officer of another district: 404), then the
rank: an ARCS sees the page with the reason and gets 403 on post.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import officer_required
from registrar.bounds import long_date
from registrar.capabilities import Act, rank_may
from registrar.confirm import confirm_page, confirmed
from registrar.forms import add_service_errors
from registrar.models import Officer
from registrar.selectors import in_jurisdiction, jurisdiction_district_ids

from ..cases import declared_cases, open_case_counts
from ..transfer_forms import TransferForm
from ..transfers import MAY_NOT_TRANSFER, officer_transfer_cases

CASES_MOVED = _("%(count)s open cases of %(from)s moved to %(to)s on %(date)s; %(to)s has been told.")
CONFIRM_TITLE = _("Move these open cases?")
CONFIRM_SUMMARY = _("Move all %(count)s open cases of %(from)s to %(to)s today, %(date)s. They cannot be moved back "
                    "in one step.")


def _officers(user):
    """Officers whose districts meet the viewer's jurisdiction; the Directorate sees every officer."""
    queryset = Officer.objects.select_related("user", "office").prefetch_related("districts")
    ids = jurisdiction_district_ids(user)
    if ids is None:
        return queryset
    return queryset.filter(districts__in=ids).distinct()


@officer_required
def officer_list(request):
    officers = list(_officers(request.user).order_by("-is_active", "rank", "user__first_name", "user__username"))
    counts = open_case_counts([officer.user_id for officer in officers])
    rows = [{"officer": officer, "open": counts.get(officer.user_id, 0),
             "districts": ", ".join(d.name for d in officer.districts.all())} for officer in officers]
    return render(request, "orders/office/officers.html", {
        "rows": rows, "may_transfer": rank_may(request.user, Act.TRANSFER_CASES)})


def _cases(officer, viewer) -> list[dict]:
    """The officer's open cases by declared kind, as far as the viewer's jurisdiction reaches."""
    groups = []
    for kind in declared_cases():
        rows = in_jurisdiction(kind.held_by(officer.user), viewer, kind.district_path)
        rows = list(rows.select_related(*kind.related, kind.district_path).order_by("pk"))
        groups.append({"kind": kind, "rows": [{"text": kind.describe(row), "url": kind.url(row),
                                               "district": _district_name(kind, row)} for row in rows]})
    return groups


def _district_name(kind, row) -> str:
    obj = row
    for part in kind.district_path.split("__"):
        obj = getattr(obj, part)
    return obj.name if obj is not None else ""


def _page(request, officer, form=None, status=200):
    allowed = rank_may(request.user, Act.TRANSFER_CASES)
    groups = _cases(officer, request.user)
    total = sum(len(group["rows"]) for group in groups)
    if allowed and form is None and total:
        form = TransferForm(officer=officer)
    return render(request, "orders/office/transfer.html", {
        "officer": officer, "groups": groups, "total": total, "form": form if allowed else None,
        "not_allowed": "" if allowed else MAY_NOT_TRANSFER}, status=status)



@officer_required
def officer_transfer_cases_page(request, pk):
    officer = get_object_or_404(_officers(request.user), pk=pk)  # another district's officer: 404
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method == "GET":
        return _page(request, officer)
    if not rank_may(request.user, Act.TRANSFER_CASES):
        return _page(request, officer, status=403)
    form = TransferForm(request.POST, officer=officer)
    if not form.is_valid():
        return _page(request, officer, form=form, status=400)
    successor = form.cleaned_data["successor"]
    names = {"from": officer.user.get_full_name() or officer.user.username,
             "to": successor.user.get_full_name() or successor.user.username, "date": long_date(clock.today())}
    if not confirmed(request):
        total = sum(len(group["rows"]) for group in _cases(officer, request.user))
        return confirm_page(request, title=CONFIRM_TITLE, button=_("Move the cases"), danger=True,
                            summary=CONFIRM_SUMMARY % {"count": total, **names},
                            back_url=reverse("officer_transfer_cases", args=[officer.pk]),
                            facts=[(_("From"), names["from"]), (_("To"), names["to"])])
    try:
        moved = officer_transfer_cases(from_user=officer.user, to_user=successor.user, actor=request.user,
                                       today=clock.today())
    except PermissionDenied:
        return _page(request, officer, status=403)
    except ValidationError as exc:
        add_service_errors(form, exc)
        return _page(request, officer, form=form, status=400)
    messages.success(request, CASES_MOVED % {"count": sum(len(ids) for ids in moved.values()), **names})
    return redirect("officer_list")
