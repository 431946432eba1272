"""Voter-list pages for each audience:

- the secretary (/society/<pk>/members/voter-lists/): affix the provisional lists, record the Board's decision
  on each objection, affix the final lists, print them;
- a member (/memberships/<member_pk>/voter-lists/, from their home page): the society's lists as affixed, an
  objection within the 10 days, the printed lists and the decision on their objection;
- the office (/office/societies/<pk>/voter-lists/<list_pk>/): one year's lists, read only (the deadlines board
  links here for lists that are late).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.access import get_for_officer, login_required_403, officer_required
from societies.governance.permissions import society_for_secretary
from societies.models import Society

from .. import permissions
from ..models import ListState, Member, ObjectionState, VoterList, VoterObjection
from . import documents, services
from .documents import KINDS

AFFIXED = _("Provisional voter lists affixed on %(day)s. Members may object until %(last)s.")
FINAL_AFFIXED = _("Final voter lists affixed on %(day)s.")
DECIDED = _("The Board's decision is recorded.")
OBJECTED = _("Your objection is received. The Board will decide it before the final lists are affixed.")
NOT_NOW = _("That cannot be done now: the lists have moved on. Reload the page.")


def _errors(request, exc: ValidationError) -> None:
    for message in exc.messages:
        messages.error(request, message)


def _last_closed_year_end(society, today):
    """The close of the last co-operative year before today (the society's own year end)."""
    from datetime import timedelta

    from societies.governance.rules import financial_year_end_on_or_after, financial_year_start

    this_end = financial_year_end_on_or_after(today, society.fy_end_month, society.fy_end_day)
    return financial_year_start(this_end) - timedelta(days=1)


def _lists(society):
    return list(VoterList.objects.filter(society=society).order_by("-year_ended_on")[:5])


@login_required_403
def society_voter_lists(request, pk):
    society = society_for_secretary(request.user, pk)
    today = clock.today()
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "affix_provisional":
                voter_list = services.voter_list_affix_provisional(
                    society_id=society.pk, year_ended_on=_last_closed_year_end(society, today), actor=request.user,
                    today=today)
                messages.success(request, AFFIXED % {"day": f"{today:%d %b %Y}",
                                                     "last": f"{voter_list.objection_last_day:%d %b %Y}"})
            elif action == "affix_final":
                services.voter_list_affix_final(list_id=int(request.POST.get("list") or 0), actor=request.user,
                                                today=today)
                messages.success(request, FINAL_AFFIXED % {"day": f"{today:%d %b %Y}"})
            elif action == "decide":
                objection = get_object_or_404(VoterObjection, pk=int(request.POST.get("objection") or 0),
                                              voter_list__society=society)
                services.voter_objection_decide(objection_id=objection.pk, actor=request.user, today=today,
                                                uphold=request.POST.get("decision") == "uphold",
                                                reasons=request.POST.get("reasons", ""))
                messages.success(request, DECIDED)
            else:
                raise Http404("No such action.")
        except ValidationError as exc:
            _errors(request, exc)
        except (TransitionNotAllowed, VoterList.DoesNotExist):
            messages.error(request, NOT_NOW)
        return redirect("society_voter_lists", pk=society.pk)
    lists = _lists(society)
    current = lists[0] if lists else None
    closed = _last_closed_year_end(society, today)
    return render(request, "membership/voters/society.html", {
        "society": society, "today": today, "lists": lists, "current": current,
        "may_affix": not (current and current.year_ended_on == closed and current.state != ListState.DUE),
        "closed": closed, "count": len(lists),
        "objections": list(current.objections.select_related("entry", "objector__person").order_by("pk"))
        if current else [],
        "entries": list(current.entries.order_by("number")[:500]) if current and current.state != "due" else [],
    })


def _society_list(request, pk, list_pk):
    society = society_for_secretary(request.user, pk)
    return get_object_or_404(VoterList.objects.select_related("society"), pk=list_pk, society=society)


@login_required_403
def society_voter_list_pdf(request, pk, list_pk, kind):
    voter_list = _society_list(request, pk, list_pk)
    return _list_pdf(request, voter_list, kind)


def _list_pdf(request, voter_list, kind):
    if kind not in KINDS or (kind == "final" and voter_list.state != ListState.FINAL) or \
            voter_list.state == ListState.DUE:
        raise Http404("Those lists are not affixed.")
    return documents.voter_list_pdf(request, voter_list, kind)


def _own_member(request, member_pk) -> Member:
    return get_object_or_404(Member.objects.select_related("society", "person"), pk=member_pk,
                             person__user=request.user)


@login_required_403
def my_voter_lists(request, member_pk):
    member = _own_member(request, member_pk)
    today = clock.today()
    current = (VoterList.objects.filter(society=member.society).exclude(state=ListState.DUE)
               .order_by("-year_ended_on").first())
    if request.method == "POST":
        if current is None:
            raise Http404("No lists affixed.")
        try:
            services.voter_objection_file(list_id=current.pk, entry_id=int(request.POST.get("entry") or 0),
                                          actor=request.user, today=today, grounds=request.POST.get("grounds", ""))
            messages.success(request, OBJECTED)
        except ValidationError as exc:
            _errors(request, exc)
        except PermissionDenied as exc:
            messages.error(request, str(exc))
        return redirect("my_voter_lists", member_pk=member.pk)
    entries = list(current.entries.order_by("number")[:2000]) if current else []
    field = "has_vote" if current and current.state == ListState.FINAL else "has_vote_provisional"
    return render(request, "membership/voters/member.html", {
        "member": member, "society": member.society, "today": today, "current": current,
        "with_vote": [e for e in entries if getattr(e, field)],
        "without_vote": [e for e in entries if not getattr(e, field)],
        "window_open": bool(current and current.state == ListState.PROVISIONAL
                            and today <= current.objection_last_day),
        "mine": list(VoterObjection.objects.filter(objector__person__user=request.user, voter_list=current)
                     .select_related("entry")) if current else [],
        "count": len(entries),
    })


@login_required_403
def my_voter_list_pdf(request, member_pk, list_pk, kind):
    member = _own_member(request, member_pk)
    voter_list = get_object_or_404(VoterList.objects.select_related("society"), pk=list_pk, society=member.society)
    return _list_pdf(request, voter_list, kind)


@login_required_403
def voter_objection_pdf(request, pk):
    """The Board's decision on an objection: for the objector, and for the society's secretary."""
    objection = get_object_or_404(VoterObjection.objects.select_related("voter_list__society", "entry",
                                                                        "objector__person"), pk=pk)
    society = objection.voter_list.society
    if not (objection.objector.person.user_id == request.user.pk or permissions.is_secretary(request.user, society)):
        raise Http404("No such objection among yours.")
    if objection.state == ObjectionState.PENDING:
        raise Http404("Not decided yet.")
    return documents.objection_decision_pdf(request, objection)


@officer_required
def office_voter_list(request, pk, list_pk):
    society = get_for_officer(Society.objects.select_related("district"), request.user, pk=pk)
    if not permissions.officer_may_read(request.user, society):
        raise PermissionDenied(permissions.NOT_LINK_OFFICER)
    voter_list = get_object_or_404(VoterList, pk=list_pk, society=society)
    return render(request, "membership/voters/office.html", {
        "society": society, "voter_list": voter_list, "today": clock.today(),
        "with_vote": voter_list.entries.filter(has_vote=True).count(),
        "without_vote": voter_list.entries.filter(has_vote=False).count(),
        "objections": list(voter_list.objections.select_related("entry", "objector").order_by("pk")),
    })
