"""The society's own register pages under /society/<pk>/members/: the secretary (who also records nominees
here) and the Directors of the current Board (read only). Anyone else gets 404."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import login_required_403
from societies.models import Society

from .. import permissions
from ..forms import NominationForm
from ..models import Member
from ..services.register import nomination_record
from .common import as_at_day, member_context, register_context, register_pdf

NOMINEE_SAVED = _("Nominee recorded from %(day)s. The earlier nomination stays in the history.")


def _society(request, pk) -> Society:
    society = Society.objects.select_related("district").filter(pk=pk).first()
    if society is None or not (permissions.is_secretary(request.user, society)
                               or permissions.is_board_member(request.user, society)):
        raise Http404("No such society among yours.")
    return society


@login_required_403
def society_members(request, pk):
    society = _society(request, pk)
    context = register_context(request, society, list_url_name="society_members",
                               pdf_url_name="society_members_pdf", member_url_name="society_member_detail")
    context["audience"] = "society"
    context["may_import"] = permissions.can_change_register(request.user, society)
    return render(request, "membership/register/list.html", context)


@login_required_403
def society_members_pdf(request, pk):
    return register_pdf(request, _society(request, pk))


@login_required_403
def society_member_detail(request, pk, number):
    society = _society(request, pk)
    member = get_object_or_404(Member.objects.select_related("person", "society"), society=society, number=number)
    today = clock.today()
    day, _error = as_at_day(request, today)
    may_change = permissions.can_change_register(request.user, society)
    form = NominationForm(request.POST or None, initial={"on": today}) if may_change else None
    if request.method == "POST":
        if form is None:
            raise Http404("Only the secretary records nominees.")
        if form.is_valid():
            try:
                nomination_record(member_id=member.pk, actor=request.user, today=today, **form.cleaned_data)
            except ValidationError as exc:
                form.add_error(None, " ".join(exc.messages))
            else:
                messages.success(request, NOMINEE_SAVED % {"day": f"{form.cleaned_data['on']:%d %b %Y}"})
                return redirect("society_member_detail", pk=pk, number=number)
    context = member_context(member, today=today, day=day)
    context.update({"society": society, "audience": "society", "list_url_name": "society_members",
                    "form": form})
    return render(request, "membership/member/detail.html", context,
                  status=400 if request.method == "POST" else 200)
