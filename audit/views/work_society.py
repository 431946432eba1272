"""The society's pages of its audits (its secretary): the report and its class, each objection answered online,
the rectification with its evidence, the AGM's acceptance of the report and the Board's follow-up report
(s.85(2)). Another citizen: 404; anonymous: to the login page."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import login_required_403
from societies.governance.models import GeneralMeeting
from societies.governance.permissions import society_for_secretary

from .. import work_rules
from ..models import AuditReport, Objection, ObjectionState
from ..services import followup as followup_services
from ..services import objections as objection_services
from ..work_access import audit_for_secretary_or_404
from ..work_forms import AcceptanceForm, FollowupForm, RectifyForm, TextForm
from ..work_selectors import audit_list_for_society
from .work_office import report_pdf_response

EXPLAINED = _("Your explanation of item %(number)s is recorded.")
RECTIFIED = _("The rectification of item %(number)s is recorded with its evidence.")
ACCEPTANCE = _("The AGM's acceptance is recorded: the Board's report on the defects is due by %(day)s.")
FOLLOWUP = _("The Board's follow-up report is filed.")


def _errors(request, exc) -> None:
    for message in getattr(exc, "messages", None) or [str(exc)]:
        messages.error(request, message)


@login_required_403
def audit_society_list(request, pk):
    society = society_for_secretary(request.user, pk)
    return render(request, "audit/work/society_list.html", {
        "society": society, "audits": list(audit_list_for_society(society)[:50])})


@login_required_403
def audit_society_audit(request, pk):
    audit = audit_for_secretary_or_404(request.user, pk)
    report = AuditReport.objects.filter(audit=audit).select_related("accepted_meeting").first()
    items = list(Objection.objects.filter(report__audit=audit).select_related("direction__order").order_by("number"))
    meetings = []
    if report is not None and report.accepted_on is None:
        meetings = list(GeneralMeeting.objects.filter(
            society=audit.society, kind=GeneralMeeting.Kind.AGM, quorum_met=True, adjourned_to__isnull=True,
            held_on__gte=audit.reported_on).order_by("-held_on")[:10])
    return render(request, "audit/work/society.html", {
        "audit": audit, "report": report, "items": items, "today": clock.today(), "states": ObjectionState,
        "explain_form": TextForm(), "rectify_form": RectifyForm(), "followup_form": FollowupForm(),
        "acceptance_form": AcceptanceForm(meetings=meetings) if meetings else None,
        "explanation_last_day": work_rules.explanation_last_day(audit.reported_on) if audit.reported_on else None,
    })


def _item(request, pk, item):
    audit = audit_for_secretary_or_404(request.user, pk)
    return audit, get_object_or_404(Objection, pk=item, report__audit=audit)


@login_required_403
def audit_society_explain(request, pk, item):
    audit, objection = _item(request, pk, item)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = TextForm(request.POST)
    if not form.is_valid():
        messages.error(request, objection_services.EXPLANATION_REQUIRED)
        return redirect("audit_society_audit", pk=audit.pk)
    try:
        objection_services.objection_explain(objection_id=objection.pk, actor=request.user,
                                             text=form.cleaned_data["text"], today=clock.today())
    except (ValidationError, PermissionDenied) as exc:
        _errors(request, exc)
    else:
        messages.success(request, EXPLAINED % {"number": objection.number})
    return redirect("audit_society_audit", pk=audit.pk)


@login_required_403
def audit_society_rectify(request, pk, item):
    audit, objection = _item(request, pk, item)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = RectifyForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
        return redirect("audit_society_audit", pk=audit.pk)
    try:
        objection_services.objection_rectify(objection_id=objection.pk, actor=request.user,
                                             text=form.cleaned_data["text"], evidence=form.cleaned_data["evidence"],
                                             today=clock.today())
    except (ValidationError, PermissionDenied) as exc:
        _errors(request, exc)
    else:
        messages.success(request, RECTIFIED % {"number": objection.number})
    return redirect("audit_society_audit", pk=audit.pk)


@login_required_403
def audit_society_accept(request, pk):
    audit = audit_for_secretary_or_404(request.user, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        report = followup_services.audit_report_accept(audit_id=audit.pk, meeting_id=int(request.POST.get("meeting")
                                                                                      or 0),
                                                       actor=request.user, today=clock.today())
    except (ValidationError, PermissionDenied) as exc:
        _errors(request, exc)
    else:
        messages.success(request, ACCEPTANCE % {"day": f"{report.followup_due_on:%d-%m-%Y}"})
    return redirect("audit_society_audit", pk=audit.pk)


@login_required_403
def audit_society_followup(request, pk):
    audit = audit_for_secretary_or_404(request.user, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = FollowupForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, followup_services.FOLLOWUP_TEXT_REQUIRED)
        return redirect("audit_society_audit", pk=audit.pk)
    try:
        followup_services.audit_followup_file(audit_id=audit.pk, actor=request.user, text=form.cleaned_data["text"],
                                              document=form.cleaned_data["document"], today=clock.today())
    except (ValidationError, PermissionDenied) as exc:
        _errors(request, exc)
    else:
        messages.success(request, FOLLOWUP)
    return redirect("audit_society_audit", pk=audit.pk)


@login_required_403
def audit_society_report_pdf(request, pk):
    return report_pdf_response(audit_for_secretary_or_404(request.user, pk))
