"""Office pages of rectification: the list of automatic effects that can be set aside, and one order's page.

Every officer sees the effects in their jurisdiction; only a Registrar-level officer may make an order (an ARCS
gets the page with an explanation, and a 403 with the same explanation if they post).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .. import clock, rectification
from ..access import get_for_officer, officer_required
from ..actions import label as action_label
from ..bounds import long_date
from ..confirm import confirm_page, confirmed
from ..models import ActivityEntry, RectificationOrder
from ..widgets import DayInput

PAGE_SIZE = 25
ORDER_MADE = _("Rectification order %(number)s made on %(date)s: “%(effect)s” for %(society)s is set aside (real "
               "date %(real_date)s).")
CONFIRM_TITLE = _("Make this rectification order?")
CONFIRM_SUMMARY = _("Set aside “%(effect)s” for %(society)s by a rectification order dated %(date)s, on the real date "
                    "%(real_date)s.")


class RectificationForm(forms.Form):
    real_date = forms.DateField(label=_("Real date"), widget=DayInput(),
                                help_text=_("The date the fact really happened, e.g. the date of posting."))
    outcome = forms.ChoiceField(label=_("What really happened"), required=False)
    reasons = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 4}),
                              help_text=_("Cite the evidence: the dispatch register, the postal receipt, the minutes."))

    def __init__(self, *args, outcomes=(), **kwargs):
        super().__init__(*args, **kwargs)
        if outcomes:
            self.fields["outcome"].choices = [("", "—"), *outcomes]
            self.fields["outcome"].required = True
        else:
            del self.fields["outcome"]


@officer_required
def rectification_list(request):
    page = Paginator(rectification.rectifiable_entries(request.user), PAGE_SIZE).get_page(request.GET.get("page"))
    recent_orders = list(rectification.orders_for_officer(request.user)[:10])
    return render(request, "registrar/office/rectification_list.html", {
        "page": page, "recent_orders": recent_orders,
        "may_rectify": rectification.is_registrar_level(request.user),
        "not_allowed": "" if rectification.is_registrar_level(request.user) else rectification.NOT_A_REGISTRAR,
    })


def _entry(request, seq) -> ActivityEntry:
    entry = get_for_officer(rectification.entries_for_officer(request.user), request.user, "society__district",
                            seq=seq)
    if not rectification.is_rectifiable(entry):
        raise Http404("Not a rectifiable automatic effect.")
    return entry


def _effect(entry) -> dict:
    return {"effect": action_label(entry.action), "society": entry.society.name if entry.society else "—"}


@officer_required
def rectification_order(request, seq):
    entry = _entry(request, seq)  # jurisdiction first: another district's officer gets 404 whatever the method
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    spec = rectification.get(entry.action)
    order = RectificationOrder.objects.filter(entry=entry).select_related("made_by").first()
    may_rectify = rectification.can_rectify(request.user, entry)
    today = clock.today()
    form = None
    if order is None and may_rectify:
        form = RectificationForm(request.POST or None, outcomes=spec.outcomes)
    status = 200
    if request.method == "POST":
        if not may_rectify:
            status = 403
        elif order is not None:
            messages.error(request, rectification.ALREADY_RECTIFIED % {"number": order.number})
            return redirect("rectification_order", seq=entry.seq)
        elif form.is_valid() and not confirmed(request):
            data = form.cleaned_data
            return confirm_page(request, title=CONFIRM_TITLE, button=_("Make the order"), danger=True,
                                summary=CONFIRM_SUMMARY % {**_effect(entry), "date": long_date(today),
                                                           "real_date": long_date(data["real_date"])},
                                back_url=reverse("rectification_order", args=[entry.seq]),
                                facts=[(_("Society"), entry.society.name if entry.society else "—"),
                                       (_("Real date"), long_date(data["real_date"])), (_("Reasons"), data["reasons"])])
        elif form.is_valid():
            data = form.cleaned_data
            try:
                made = rectification.effect_rectify(
                    entry_seq=entry.seq, actor=request.user, real_date=data["real_date"], reasons=data["reasons"],
                    today=today, outcome=data.get("outcome", ""))
            except PermissionDenied:
                status = 403
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
                status = 400
            else:
                messages.success(request, ORDER_MADE % {"number": made.number, "date": long_date(made.made_on),
                                                        **_effect(entry), "real_date": long_date(made.real_date)})
                return redirect("rectification_order", seq=entry.seq)
        else:
            status = 400
    return render(request, "registrar/office/rectification_order.html", {
        "entry": entry, "spec": spec, "order": order, "form": form, "may_rectify": may_rectify, "today": today,
        "not_allowed": rectification.NOT_A_REGISTRAR if not may_rectify else "",
    }, status=status)
