"""The office's pages of the audit work: one audit's report and objections with the Registrar's rectification
direction (s.85(1)), accepting a rectification, the Chief Auditor's re-audit (s.86), the report PDF, and the
ARCS's list of objections still open after the direction's date. Officers of the district (audit.permissions
.office_audits: an auditor of rank sees only their own audits); another district: 404; a citizen: 403."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import officer_required
from registrar.capabilities import Act, may

from .. import work_rules
from ..models import AuditReport, Objection, ObjectionState
from ..permissions import audit_office_or_404
from ..services import followup as followup_services
from ..services import objections as objection_services
from ..work_forms import CloseForm, DirectionForm, ReauditForm
from ..work_selectors import objection_list_overdue
from .work_auditor import close

DIRECTED = _("Direction %(number)s issued: the society is to rectify by %(day)s.")
REAUDIT = _("Re-audit ordered by order %(number)s.")


def _directable(items, audit, today):
    """Explained items, and unanswered ones once the society's chance to explain is over (s.85(1))."""
    chance_over = audit.reported_on is not None and work_rules.explanation_opportunity_over(audit.reported_on, today)
    return [i for i in items if i.state == ObjectionState.EXPLAINED or (i.state == ObjectionState.OPEN and chance_over)]


@officer_required
def audit_work_office(request, pk, direction_form=None):
    audit = audit_office_or_404(request.user, pk)
    today = clock.today()
    report = AuditReport.objects.filter(audit=audit).first()
    items = list(Objection.objects.filter(report__audit=audit).select_related("direction__order").order_by("number"))
    district = audit.society.district_id
    directable = _directable(items, audit, today)
    may_direct = may(request.user, Act.DIRECT_AUDIT_RECTIFICATION, district) and bool(directable)
    return render(request, "audit/work/office.html", {
        "audit": audit, "report": report, "items": items, "today": today,
        "direction_form": direction_form or (DirectionForm(items=directable) if may_direct else None),
        "may_close": may(request.user, Act.CLOSE_AUDIT_OBJECTION, district), "close_form": CloseForm(),
        "may_reaudit": may(request.user, Act.ORDER_REAUDIT, district) and report is not None,
        "reaudit_form": ReauditForm(), "directions": list(audit.directions.select_related("order")),
        "explanation_last_day": work_rules.explanation_last_day(audit.reported_on) if audit.reported_on else None,
        "reaudit_last_day": work_rules.reaudit_last_day(report.accepted_on) if report and report.accepted_on else None,
    })


@officer_required
def audit_work_direct(request, pk):
    audit = audit_office_or_404(request.user, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    items = _directable(Objection.objects.filter(report__audit=audit).order_by("number"), audit, clock.today())
    form = DirectionForm(request.POST, items=items)
    if form.is_valid():
        data = form.cleaned_data
        try:
            direction = objection_services.rectification_direct(
                audit_id=audit.pk, actor=request.user, objection_ids=[int(i) for i in data["items"]],
                rectify_by=data["rectify_by"], text=data["text"], today=clock.today())
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        except PermissionDenied as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, DIRECTED % {"number": direction.order.number,
                                                  "day": f"{direction.rectify_by:%d-%m-%Y}"})
            return redirect("audit_work_office", pk=audit.pk)
    return audit_work_office(request, pk, direction_form=form)


@officer_required
def audit_work_office_close(request, pk, item):
    audit = audit_office_or_404(request.user, pk)
    objection = get_object_or_404(Objection, pk=item, report__audit=audit)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    close(request, objection)
    return redirect("audit_work_office", pk=audit.pk)


@officer_required
def audit_work_reaudit(request, pk):
    audit = audit_office_or_404(request.user, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ReauditForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reasons for the re-audit."))
        return redirect("audit_work_office", pk=audit.pk)
    try:
        reaudit = followup_services.audit_reaudit_order(audit_id=audit.pk, actor=request.user,
                                                        reasons=form.cleaned_data["reasons"], today=clock.today())
    except (ValidationError, PermissionDenied) as exc:
        for message in getattr(exc, "messages", [str(exc)]):
            messages.error(request, message)
    else:
        messages.success(request, REAUDIT % {"number": reaudit.order.number})
    return redirect("audit_work_office", pk=audit.pk)


def report_pdf_response(audit) -> HttpResponse:
    report = AuditReport.objects.filter(audit=audit).first()
    if report is None or not report.pdf:
        raise Http404("No report issued.")
    with report.pdf.open("rb") as handle:
        response = HttpResponse(handle.read(), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="audit-report-{audit.fy_label}-{audit.pk}.pdf"'
    return response


@officer_required
def audit_work_office_report_pdf(request, pk):
    return report_pdf_response(audit_office_or_404(request.user, pk))


@officer_required
def audit_objections_overdue(request):
    today = clock.today()
    rows = list(objection_list_overdue(request.user, today)[:500])
    return render(request, "audit/work/overdue.html", {"rows": rows, "count": len(rows), "today": today})
