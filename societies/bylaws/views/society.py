"""The secretary's pages: the society's bye-laws and amendments, filing an amendment (s.12), replying to a
direction to reconsider, recording the s.68 notice, and the documents."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import login_required_403
from registrar.forms import add_service_errors
from societies.governance.permissions import society_for_secretary

from .. import documents, selectors, services
from ..clausefile import render as render_clauses
from ..forms import AmendmentForm, NoticeForm, ReplyForm
from ..services.common import version_in_force
from ..services.votes import register_facts
from .common import amendment_context, pdf_response

FILED = _("Amendment filed. The Registrar must decide by %(day)s. Print the acknowledgement below.")
FILED_LATE = _("The amendment was filed after its last day (%(day)s: the earlier of a month from the resolution "
               "and 30 days from the meeting). It is accepted, and the lateness is on record.")
REPLIED = _("Reply sent. The Registrar must decide by %(day)s.")
NOTICE_RECORDED = _("Notice of the new address recorded.")


@login_required_403
def society_bylaws(request, pk):
    society = society_for_secretary(request.user, pk)
    return render(request, "bylaws/society/index.html", {
        "society": society, "versions": list(selectors.versions_of(society)),
        "amendments": society.bylaw_amendments.order_by("-received_on"), "today": clock.today()})


@login_required_403
def society_amendment_new(request, pk):
    society = society_for_secretary(request.user, pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    base = version_in_force(society, today)
    register = register_facts(society, today)   # prefilled from the voter list valid today, where one exists
    initial = {"clause_text": render_clauses(base.clauses.all()) if base and base.transcribed else "",
               "members_on_register": register.on_register if register else None}
    form = AmendmentForm(request.POST or None, request.FILES or None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                amendment = services.amendment_file(actor=request.user, society_id=society.pk, today=today, **data)
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, FILED % {"day": f"{amendment.decision_due_on:%d %b %Y}"})
                if amendment.forward_late or amendment.copy_late:
                    messages.warning(request, FILED_LATE % {"day": f"{amendment.filing_last_day:%d %b %Y}"})
                return redirect("society_amendment_detail", pk=society.pk, amendment=amendment.pk)
    return render(request, "bylaws/society/new.html", {
        "society": society, "form": form, "base": base, "today": today, "register": register}, status=status)


def _amendment(request, pk, amendment):
    society = society_for_secretary(request.user, pk)
    found = society.bylaw_amendments.select_related("society", "society__district").filter(pk=amendment).first()
    if found is None:
        raise Http404("No such amendment.")
    return found


@login_required_403
def society_amendment_detail(request, pk, amendment):
    amendment = _amendment(request, pk, amendment)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    action = request.POST.get("action") if request.method == "POST" else None
    reply = ReplyForm(request.POST if action == "reply" else None)
    notice = NoticeForm(request.POST if action == "notice" else None, initial={"given_on": today})
    status = 200
    if action in ("reply", "notice"):
        form, status = (reply if action == "reply" else notice), 400
        if form.is_valid():
            try:
                if action == "reply":
                    done = services.amendment_reply(actor=request.user, amendment_id=amendment.pk, today=today,
                                                    text=form.cleaned_data["text"])
                    messages.success(request, REPLIED % {"day": f"{done.final_due_on:%d %b %Y}"})
                else:
                    services.amendment_record_address_notice(actor=request.user, amendment_id=amendment.pk,
                                                             given_on=form.cleaned_data["given_on"], today=today)
                    messages.success(request, NOTICE_RECORDED)
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                return redirect("society_amendment_detail", pk=pk, amendment=amendment.pk)
    context = amendment_context(amendment, today)
    context.update(reply_form=reply, notice_form=notice, audience="society", posted_forms=[reply, notice])
    return render(request, "bylaws/society/detail.html", context, status=status)


@login_required_403
def society_amendment_pdf(request, pk, amendment, document):
    amendment = _amendment(request, pk, amendment)
    if document not in documents.DOCUMENTS:
        raise Http404("No such document.")
    return pdf_response(documents.amendment_pdf(amendment, document),
                        documents.filename(amendment.society, document))
