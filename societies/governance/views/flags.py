"""Office pages of compliance flags: the open flags in the officer's jurisdiction, and one flag with the
Registrar's order. Every officer of the district sees them; only a Registrar-level officer may decide (an ARCS
gets the page with an explanation, and a 403 with the same explanation if they post)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.bounds import long_date
from registrar.confirm import confirm_page, confirmed
from registrar.selectors import in_jurisdiction

from ..forms.flags import FlagOrderForm
from ..models import ComplianceFlag
from ..permissions import NOT_REGISTRAR, is_registrar_level
from ..services import flags as flag_services

PAGE_SIZE = 25
CONFIRMED = _("Flag on %(society)s confirmed by order %(number)s dated %(date)s.")
DISMISSED = _("Flag on %(society)s dismissed by order %(number)s dated %(date)s.")
CONFIRM_TITLE = _("Confirm this flag by order?")
CONFIRM_SUMMARY = _("Confirm the flag on %(society)s by an order dated %(date)s. The order is numbered and enters "
                    "the register; the society is told.")


def _flags(user):
    return in_jurisdiction(ComplianceFlag.objects.select_related("society", "society__district"), user,
                           "society__district")


@officer_required
def flag_list(request):
    flags = _flags(request.user).filter(state=ComplianceFlag.State.OPEN).order_by("raised_on", "pk")
    page = Paginator(flags, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "governance/flags/list.html", {
        "page": page, "may_decide": is_registrar_level(request.user),
        "not_allowed": "" if is_registrar_level(request.user) else NOT_REGISTRAR,
    })


@officer_required
def flag_detail(request, pk):
    flag = get_for_officer(_flags(request.user), request.user, "society__district", pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    may_decide = is_registrar_level(request.user) and flag.state == ComplianceFlag.State.OPEN
    form = FlagOrderForm(request.POST or None) if may_decide else None
    status = 200
    if request.method == "POST":
        if not is_registrar_level(request.user):
            status = 403
        elif flag.state != ComplianceFlag.State.OPEN:
            messages.error(request, flag_services.FLAG_NOT_OPEN % {"number": flag.order_number})
            return redirect("office_flag_detail", pk=flag.pk)
        elif form.is_valid() and form.cleaned_data["decision"] == "confirm" and not confirmed(request):
            return confirm_page(request, title=CONFIRM_TITLE, button=_("Confirm the flag"), danger=True,
                                summary=CONFIRM_SUMMARY % {"society": flag.society.name,
                                                           "date": long_date(clock.today())},
                                back_url=reverse("office_flag_detail", args=[flag.pk]),
                                facts=[(_("Society"), flag.society.name), (_("Order"), form.cleaned_data["order_text"])])
        elif form.is_valid():
            decide = flag_services.flag_confirm if form.cleaned_data["decision"] == "confirm" \
                else flag_services.flag_dismiss
            try:
                decided = decide(flag_id=flag.pk, actor=request.user, order_text=form.cleaned_data["order_text"],
                                 today=clock.today())
            except PermissionDenied:
                status = 403
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
                status = 400
            else:
                done = CONFIRMED if decided.state == ComplianceFlag.State.CONFIRMED else DISMISSED
                messages.success(request, done % {"society": flag.society.name, "number": decided.order_number,
                                                  "date": long_date(decided.decided_on or clock.today())})
                return redirect("office_flag_detail", pk=flag.pk)
        else:
            status = 400
    return render(request, "governance/flags/detail.html", {
        "flag": flag, "form": form, "may_decide": may_decide,
        "not_allowed": NOT_REGISTRAR if not is_registrar_level(request.user) else "",
    }, status=status)
