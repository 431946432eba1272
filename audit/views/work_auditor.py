"""The auditor's work pages (a departmental auditor by the allotment, a panel firm by its invitation): record the
start, the books, completion; file the report with its objections; accept or send back a rectification. Anyone
else, including the auditor of another audit: 404 (audit.permissions.audit_for_auditor_or_404)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import login_required_403
from registrar.forms import add_service_errors

from .. import rules
from ..models import AuditStatus, AuditWork, Objection
from ..permissions import audit_for_auditor_or_404
from ..services import objections as objection_services
from ..services import work
from ..work_forms import BooksForm, CloseForm, DayForm, ObjectionFormSet, ReportForm

STARTED = _("The start of the audit is recorded.")
BOOKS = _("The books produced are recorded.")
COMPLETED = _("The completion is recorded: the report is due by %(day)s (s.84).")
FILED = _("The report is filed and sent to the society and the Registrar.")
ACCEPTED = _("Item %(number)s accepted and closed.")
SENT_BACK = _("Item %(number)s sent back to the society.")


def _items(audit):
    return list(Objection.objects.filter(report__audit=audit).select_related("direction__order").order_by("number"))


@login_required_403
def audit_work_auditor(request, pk):
    audit = audit_for_auditor_or_404(request.user, pk)
    today = clock.today()
    forms = {"start": DayForm(prefix="start", initial={"on": today}),
             "complete": DayForm(prefix="complete", initial={"on": today})}
    books = AuditWork.objects.filter(audit=audit).first()
    forms["books"] = BooksForm(prefix="books", initial={
        "books_produced": books.books_produced if books else "", "books_produced_on": books and books.books_produced_on,
        "accounts_written_up": books.accounts_written_up if books else False,
        "write_up_cost": books and books.write_up_cost, "write_up_note": books.write_up_note if books else ""})
    if request.method == "POST":
        action = request.POST.get("action", "")
        form = forms.get(action)
        if form is not None:
            form = type(form)(request.POST, prefix=action)
            forms[action] = form
            if form.is_valid():
                try:
                    message = _do(action, audit, request.user, form.cleaned_data, today)
                except (ValidationError, PermissionDenied) as exc:
                    add_service_errors(form, exc if isinstance(exc, ValidationError) else ValidationError(str(exc)))
                else:
                    messages.success(request, message)
                    return redirect("audit_work_auditor", pk=audit.pk)
    return render(request, "audit/work/auditor.html", {
        "audit": audit, "forms": forms, "books": books, "items": _items(audit), "close_form": CloseForm(),
        "today": today, "internal_target": rules.audit_internal_target(audit.fy_end), "statuses": AuditStatus})


def _do(action, audit, user, data, today):
    if action == "start":
        work.audit_start(audit_id=audit.pk, actor=user, started_on=data["on"], today=today)
        return STARTED
    if action == "complete":
        done = work.audit_complete(audit_id=audit.pk, actor=user, completed_on=data["on"], today=today)
        return COMPLETED % {"day": f"{done.report_due_on:%d-%m-%Y}"}
    work.audit_record_books(audit_id=audit.pk, actor=user, today=today, **data)
    return BOOKS


@login_required_403
def audit_work_report(request, pk):
    audit = audit_for_auditor_or_404(request.user, pk)
    panel = audit.auditor_kind == "panel"
    form = ReportForm(request.POST or None, panel=panel)
    items = ObjectionFormSet(request.POST or None, prefix="item")
    if request.method == "POST" and form.is_valid() and items.is_valid():
        data = form.cleaned_data
        try:
            work.audit_report_file(
                audit_id=audit.pk, actor=request.user, today=clock.today(), findings=form.findings(),
                marks=data["marks"], opinion=data["opinion"], summary=form.summary(),
                objections=[item for f in items.forms if (item := f.item()) is not None],
                director_ineligible=data["director_ineligible"],
                director_ineligible_details=data["director_ineligible_details"], udin=data.get("udin", ""))
        except ValidationError as exc:
            add_service_errors(form, exc)
        except PermissionDenied as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, FILED)
            return redirect("audit_work_auditor", pk=audit.pk)
    return render(request, "audit/work/report_form.html", {"audit": audit, "form": form, "items": items})


@login_required_403
def audit_work_auditor_close(request, pk, item):
    audit = audit_for_auditor_or_404(request.user, pk)
    objection = get_object_or_404(Objection, pk=item, report__audit=audit)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    close(request, objection)
    audit.refresh_from_db(fields=["closed_on"])
    # the last item accepted closes the audit, and the auditor's access with it (issue 18 point 1)
    return redirect("audit_auditor_list") if audit.closed_on else redirect("audit_work_auditor", pk=audit.pk)


def close(request, objection) -> None:
    """Accept or send back (shared with the office page): the service checks who may."""
    form = CloseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a decision."))
        return
    data, today = form.cleaned_data, clock.today()
    try:
        if data["decision"] == "accept":
            objection_services.objection_accept(objection_id=objection.pk, actor=request.user,
                                                remarks=data["remarks"], today=today)
            messages.success(request, ACCEPTED % {"number": objection.number})
        else:
            objection_services.objection_send_back(objection_id=objection.pk, actor=request.user,
                                                   remarks=data["remarks"], today=today)
            messages.success(request, SENT_BACK % {"number": objection.number})
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
