"""Office pages of proceedings under /office/proceedings/: the worklist in the officer's jurisdiction, and one
filing with approve / return-with-observations (s.45(1); 15 days from receipt, then deemed approved)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.calendar import days_left
from registrar.selectors import in_jurisdiction

from .. import rules
from ..forms.meetings import ReturnForm
from ..models import Proceedings
from ..permissions import can_supervise
from ..services.board import long_date
from ..services.proceedings import PAST_APPROVAL_DAY, proceedings_approve, proceedings_return

PAGE_SIZE = 25
APPROVED = _("Proceedings of the meeting of %(meeting)s approved on %(date)s. The society's secretary has been told.")
RETURNED = _("Proceedings of the meeting of %(meeting)s returned with observations on %(date)s. The society's "
             "secretary has been told.")
NOT_ALLOWED_NOW = _("These proceedings are no longer awaiting a decision.")
UNKNOWN_ACTION = _("Choose approve or return.")


def proceedings_list_for_officer(user, state: str | None):
    """Proceedings in the officer's jurisdiction, those awaiting a decision first by days left (the last day)."""
    queryset = in_jurisdiction(Proceedings.objects.all(), user, "society__district") \
        .select_related("society__district", "meeting")
    if state:
        queryset = queryset.filter(state=state)
    if state in (None, Proceedings.State.FILED):
        return queryset.order_by("approval_last_day", "pk")
    return queryset.order_by("-received_on", "-pk")


@officer_required
def office_proceedings(request):
    today = clock.today()
    state = request.GET.get("state")
    if state is None:
        state = Proceedings.State.FILED  # the worklist: awaiting a decision
    if state and state not in Proceedings.State.values:
        state = Proceedings.State.FILED
    page = Paginator(proceedings_list_for_officer(request.user, state or None), PAGE_SIZE).get_page(
        request.GET.get("page"))
    rows = [(p, days_left(p.approval_last_day, today) if p.state == Proceedings.State.FILED else None) for p in page]
    return render(request, "governance/proceedings/office_list.html", {
        "page": page, "rows": rows, "state": state, "today": today, "states": Proceedings.State.choices,
        "query_string": f"state={state}",
    })


def _get(request, pk) -> Proceedings:
    return get_for_officer(Proceedings.objects.select_related("society__district", "meeting__financial_year",
                                                              "filed_by", "decided_by"),
                           request.user, "society__district", pk=pk)


@officer_required
def office_proceedings_detail(request, pk):
    proceedings = _get(request, pk)
    today = clock.today()
    return_form = ReturnForm(request.POST or None)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "approve":
                proceedings_approve(proceedings_id=proceedings.pk, actor=request.user, today=today)
                messages.success(request, APPROVED % {"meeting": _held(proceedings),
                                                      "date": long_date(today)})
                return redirect("office_proceedings_detail", pk=pk)
            if action == "return":
                if return_form.is_valid():
                    proceedings_return(proceedings_id=proceedings.pk, actor=request.user, today=today,
                                       observations=return_form.cleaned_data["observations"])
                    messages.success(request, RETURNED % {"meeting": _held(proceedings),
                                                          "date": long_date(today)})
                    return redirect("office_proceedings_detail", pk=pk)
            else:
                messages.error(request, UNKNOWN_ACTION)
        except PermissionDenied as exc:
            raise PermissionDenied(str(exc)) from None
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect("office_proceedings_detail", pk=pk)
        except TransitionNotAllowed:
            messages.error(request, NOT_ALLOWED_NOW)
            return redirect("office_proceedings_detail", pk=pk)
    awaiting = proceedings.state == Proceedings.State.FILED
    return render(request, "governance/proceedings/office_detail.html", {
        "proceedings": proceedings, "meeting": proceedings.meeting, "society": proceedings.society, "today": today,
        "awaiting": awaiting, "can_decide": awaiting and today <= proceedings.approval_last_day
        and can_supervise(request.user, proceedings.society),
        "past_message": PAST_APPROVAL_DAY % {"day": long_date(proceedings.approval_last_day)}
        if awaiting and today > proceedings.approval_last_day else None,
        "days_left": days_left(proceedings.approval_last_day, today) if awaiting else None,
        "deemed_from": rules.proceedings_deemed_approved_on(proceedings.received_on),
        "return_form": return_form, "history": proceedings.meeting.proceedings.exclude(pk=proceedings.pk),
    }, status=400 if request.method == "POST" else 200)


def _held(proceedings) -> str:
    return long_date(proceedings.meeting.held_on) if proceedings.meeting.held_on else "—"
