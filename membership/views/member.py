"""A member's own entries (/memberships/), reached from their home page: only entries whose person is linked
to the user's account. Another user's entry is 404. The person may also confirm or reject a link proposed to
them ("is this you?")."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import login_required_403

from .. import matching, selectors
from ..models import Member, PersonLink
from ..services import people
from .common import as_at_day, member_context

CONFIRMED = _("Thank you: the record is joined to you.")
REJECTED = _("Thank you: the record stays apart from you.")


@login_required_403
def my_memberships(request):
    entries = list(selectors.members_of_user(request.user))
    links = list(PersonLink.objects.filter(person__user=request.user, status=PersonLink.Status.PROPOSED)
                 .select_related("member__society", "member__person", "director__board__society"))
    return render(request, "membership/member/mine.html", {"entries": entries, "links": links,
                                                          "warning": matching.FUZZY_WARNING})


@login_required_403
def my_membership(request, member_pk):
    member = get_object_or_404(Member.objects.select_related("person", "society"), pk=member_pk,
                               person__user=request.user)
    today = clock.today()
    day, _error = as_at_day(request, today)
    context = member_context(member, today=today, day=day)
    context.update({"society": member.society, "audience": "member"})
    return render(request, "membership/member/detail.html", context)


@login_required_403
def my_person_link(request, pk):
    link = get_object_or_404(PersonLink.objects.select_related("person", "member__society", "member__person",
                                                               "director__board__society"),
                             pk=pk, person__user=request.user, status=PersonLink.Status.PROPOSED)
    if request.method == "POST":
        try:
            if request.POST.get("decision") == "confirm":
                people.person_link_confirm(link_id=link.pk, actor=request.user)
                messages.success(request, CONFIRMED)
            else:
                people.person_link_reject(link_id=link.pk, actor=request.user)
                messages.success(request, REJECTED)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect("my_memberships")
    return render(request, "membership/member/link.html", {"link": link, "warning": matching.FUZZY_WARNING})
