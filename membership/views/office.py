"""Officers' pages: a society's register (/office/societies/<pk>/members/), a member's page, its printout, and
the identity links to confirm (/office/people/links/). Officers in jurisdiction whose rank may read the register
(registrar.capabilities READ_MEMBER_REGISTER); another district's officer gets 404."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from registrar import clock
from registrar.access import get_for_officer, officer_required
from societies.models import Society

from .. import matching, permissions
from ..models import Member
from ..services import people
from .common import as_at_day, member_context, register_context, register_pdf

CONFIRMED = _("Link confirmed: %(subject)s is %(person)s.")
REJECTED = _("Link rejected: the records stay apart.")
SCANNED = _("Directors in office without a link were matched against the people on the registers: %(n)s new "
            "proposals.")


def _society(request, pk) -> Society:
    society = get_for_officer(Society.objects.select_related("district"), request.user, pk=pk)
    if not permissions.officer_may_read(request.user, society):
        raise PermissionDenied(permissions.NOT_LINK_OFFICER)
    return society


@officer_required
def office_society_members(request, pk):
    society = _society(request, pk)
    context = register_context(request, society, list_url_name="office_society_members",
                               pdf_url_name="office_society_members_pdf", member_url_name="office_member_detail")
    context["audience"] = "office"
    return render(request, "membership/register/list.html", context)


@officer_required
def office_society_members_pdf(request, pk):
    return register_pdf(request, _society(request, pk))


@officer_required
def office_member_detail(request, pk, number):
    society = _society(request, pk)
    member = get_object_or_404(Member.objects.select_related("person", "society"), society=society, number=number)
    today = clock.today()
    day, _error = as_at_day(request, today)
    context = member_context(member, today=today, day=day)
    context.update({"society": society, "audience": "office", "list_url_name": "office_society_members",
                    "links": list(member.person_links.select_related("person").order_by("-proposed_at"))})
    return render(request, "membership/member/detail.html", context)


@officer_required
@require_http_methods(["GET", "POST"])
def office_person_links(request):
    """Proposed identity links in the officer's jurisdiction: confirm or reject each (POST link, decision)."""
    if request.method == "POST":
        if not people.may_confirm_links(request.user):
            raise PermissionDenied(permissions.NOT_LINK_OFFICER)
        if request.POST.get("decision") == "scan":
            made = people.person_links_scan_directors(actor=request.user)
            messages.success(request, SCANNED % {"n": made})
            return redirect("office_person_links")
        link = get_object_or_404(people.links_open_for_officer(request.user), pk=request.POST.get("link") or 0)
        try:
            if request.POST.get("decision") == "confirm":
                people.person_link_confirm(link_id=link.pk, actor=request.user)
                messages.success(request, CONFIRMED % {"subject": link.subject_label, "person": link.person.name})
            elif request.POST.get("decision") == "reject":
                people.person_link_reject(link_id=link.pk, actor=request.user)
                messages.success(request, REJECTED)
            else:
                raise Http404("No such decision.")
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect("office_person_links")
    page = Paginator(people.links_open_for_officer(request.user), 25).get_page(request.GET.get("page"))
    return render(request, "membership/people/links.html", {
        "page": page, "warning": matching.FUZZY_WARNING, "may_decide": people.may_confirm_links(request.user),
        "today": clock.today(),
    })
