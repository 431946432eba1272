"""The office's read pages (R1): the schemes in the officer's districts with their option windows, and one
scheme (its parties, the notices with each person's service, window and option). The names of members and
creditors are personal data: shown to the ranks that may read a register of members (READ_MEMBER_REGISTER);
others see the counts. R2's conditions-before-effect panel (approval, payments, registrations, effect) is a
template tag on the scheme page."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may

from .. import documents
from ..models import OptionState, Recipient, Scheme, SchemeRole, SchemeState
from ..selectors import notices_of, scheme_list_for_officer
from .common import pdf_response, scheme_context

STATES = (("open", _("Not finished")), *SchemeState.choices, ("all", _("All")))
PAGE_SIZE = 100


@officer_required
def office_schemes(request):
    state = request.GET.get("state") or "open"
    if state not in dict(STATES):
        state = "open"
    page = Paginator(scheme_list_for_officer(request.user, state=state), 50).get_page(request.GET.get("page"))
    return render(request, "restructuring/office/list.html", {"page": page, "state": state, "states": STATES,
                                                              "today": clock.today()})


def _scheme(request, pk) -> Scheme:
    return get_for_officer(Scheme.objects.select_related("society", "district", "approval_order"), request.user,
                           pk=pk)


@officer_required
def office_scheme_detail(request, pk):
    scheme = _scheme(request, pk)
    today = clock.today()
    may_read = may(request.user, Act.READ_MEMBER_REGISTER, scheme.district_id)
    recipient = request.GET.get("to") if request.GET.get("to") in Recipient.values else ""
    option = request.GET.get("option") if request.GET.get("option") in OptionState.values else ""
    page = None
    if may_read:
        page = Paginator(notices_of(scheme, recipient=recipient or None, option=option or None),
                         PAGE_SIZE).get_page(request.GET.get("page"))
    context = scheme_context(scheme, today)
    context.update(society=scheme.society, page=page, may_read=may_read, recipient=recipient, option=option,
                   options=OptionState.choices, recipients=Recipient.choices)
    return render(request, "restructuring/office/detail.html", context)


@officer_required
def office_scheme_options_pdf(request, pk, party):
    scheme = _scheme(request, pk)
    if not may(request.user, Act.READ_MEMBER_REGISTER, scheme.district_id):
        raise Http404("No such document.")
    transferor = scheme.parties.select_related("society").filter(pk=party, role=SchemeRole.TRANSFEROR).first()
    if transferor is None:
        raise Http404("No such society in this scheme.")
    return pdf_response(documents.options_pdf(scheme, transferor), documents.filename(scheme, transferor, "options"))
