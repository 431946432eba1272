"""Bringing the existing register in, on the secretary's society pages (/society/<pk>/members/import/...):
upload, the per-row report, confirm, progress, result; the template files and the report as CSV. Only the
society's secretary (the one who may change its register); anyone else gets 404."""

import csv
import io

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from registrar.access import login_required_403
from societies.models import Society

from .. import permissions
from ..imports import columns, reading
from ..models import RegisterImport
from ..services import imports as service

PROBLEMS_PAGE = 100
REFRESH_SECONDS = 2

NO_FILE = _("Choose the file of the register (CSV or XLSX).")
UPLOADED = _("“%(name)s” was received and is being checked.")
CONFIRMED = _("Confirmed: the members are being entered.")


def _society(request, pk) -> Society:
    society = Society.objects.select_related("district").filter(pk=pk).first()
    if society is None or not permissions.can_change_register(request.user, society):
        raise Http404("No such society among yours.")
    return society


def _job(request, pk, job_pk) -> tuple[Society, RegisterImport]:
    society = _society(request, pk)
    return society, get_object_or_404(RegisterImport, society=society, pk=job_pk)


def message_of(text: str, params: dict) -> str:
    """A stored message id, in the reader's language, with its parameters."""
    translated = gettext(text)
    try:
        return translated % params if params else translated
    except (KeyError, TypeError, ValueError):
        return text % params if params else text


def neutralise(value: str) -> str:
    """A value echoed into a CSV a spreadsheet will open: a leading =, +, -, @, tab or CR is quoted with an
    apostrophe so the spreadsheet shows it as text instead of running it (CSV injection)."""
    value = str(value or "")
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@login_required_403
@require_http_methods(["GET", "POST"])
def register_import(request, pk):
    society = _society(request, pk)
    error = ""
    if request.method == "POST":
        uploaded = request.FILES.get("file")
        if uploaded is None:
            error = str(NO_FILE)
        elif uploaded.size > reading.MAX_BYTES:  # refused before reading it into memory
            error = str(reading.TOO_LARGE % {"name": service.reading_name(uploaded.name),
                                             "mb": reading.MAX_BYTES // (1024 * 1024)})
        else:
            try:
                job = service.register_import_upload(society_id=society.pk, actor=request.user,
                                                     name=uploaded.name, data=uploaded.read())
            except ValidationError as exc:
                error = " ".join(exc.messages)
            else:
                messages.success(request, UPLOADED % {"name": job.file_name})
                return redirect("society_register_import_report", pk=society.pk, job_pk=job.pk)
    jobs = list(RegisterImport.objects.filter(society=society).defer("content", "rows")[:10])
    return render(request, "membership/import/upload.html", {
        "society": society, "error": error, "jobs": jobs, "columns": columns.COLUMNS,
        "max_mb": reading.MAX_BYTES // (1024 * 1024), "max_rows": reading.MAX_ROWS,
    }, status=400 if error else 200)


@login_required_403
def register_import_template(request, pk, fmt):
    society = _society(request, pk)
    if fmt not in ("csv", "xlsx"):
        raise Http404("Templates are CSV or XLSX.")
    if fmt == "xlsx":
        body, kind = columns.template_xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        body, kind = columns.template_csv(), "text/csv; charset=utf-8"
    response = HttpResponse(body, content_type=kind)
    response["Content-Disposition"] = f'attachment; filename="register-of-members-template-{society.pk}.{fmt}"'
    return response


def _progress_redirect(society, job):
    if job.state in (RegisterImport.State.QUEUED, RegisterImport.State.IMPORTING, RegisterImport.State.DONE,
                     RegisterImport.State.FAILED):
        name = ("society_register_import_result" if job.state in (RegisterImport.State.DONE,
                                                                  RegisterImport.State.FAILED)
                else "society_register_import_progress")
        return redirect(name, pk=society.pk, job_pk=job.pk)
    return None


@login_required_403
def register_import_report(request, pk, job_pk):
    """The per-row report: every problem with its row, column, value and reason; or, with none, the confirm."""
    society, job = _job(request, pk, job_pk)
    moved = _progress_redirect(society, job)
    if moved is not None:
        return moved
    page = Paginator(service.register_import_problems(job), PROBLEMS_PAGE).get_page(request.GET.get("page"))
    assamese = {en: as_ for _key, en, as_, _req, _help in columns.COLUMNS}
    problems = [(p, message_of(p.message, p.params), assamese.get(p.column, "")) for p in page]
    response = render(request, "membership/import/report.html", {
        "society": society, "job": job, "page": page, "problems": problems,
        "file_error": message_of(job.file_error, job.file_error_params) if job.file_error else "",
        "shown": page.paginator.count, "refresh": REFRESH_SECONDS if job.state == RegisterImport.State.CHECKING
        else None,
    })
    if job.state == RegisterImport.State.CHECKING:
        response["Refresh"] = str(REFRESH_SECONDS)
    return response


@login_required_403
def register_import_report_csv(request, pk, job_pk):
    """The report as CSV (row, column, value, reason in English and in the reader's language). Echoed values
    are neutralised against formula injection."""
    society, job = _job(request, pk, job_pk)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["row", "column", "value", "reason", gettext("Reason")])
    if job.file_error:
        writer.writerow(["", "", neutralise(job.file_name), job.file_error % job.file_error_params
                         if job.file_error_params else job.file_error,
                         neutralise(message_of(job.file_error, job.file_error_params))])
    for p in service.register_import_problems(job).iterator():
        english = p.message % p.params if p.params else p.message
        writer.writerow([p.row, neutralise(p.column), neutralise(p.value), neutralise(english),
                         neutralise(message_of(p.message, p.params))])
    response = HttpResponse(("\ufeff" + out.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="register-import-{society.pk}-{job.pk}-report.csv"'
    return response


@login_required_403
@require_http_methods(["GET", "POST"])
def register_import_confirm(request, pk, job_pk):
    society, job = _job(request, pk, job_pk)
    if job.state != RegisterImport.State.READY:
        moved = _progress_redirect(society, job)
        return moved or redirect("society_register_import_report", pk=society.pk, job_pk=job.pk)
    if request.method == "POST" and request.POST.get("confirmed") == "yes":
        try:
            service.register_import_confirm(job_id=job.pk, actor=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("society_register_import_report", pk=society.pk, job_pk=job.pk)
        messages.success(request, CONFIRMED)
        return redirect("society_register_import_progress", pk=society.pk, job_pk=job.pk)
    sample = job.rows[:5]
    return render(request, "membership/import/confirm.html", {"society": society, "job": job, "sample": sample,
                                                              "count": len(job.rows)})


@login_required_403
def register_import_progress(request, pk, job_pk):
    society, job = _job(request, pk, job_pk)
    if job.state in (RegisterImport.State.DONE, RegisterImport.State.FAILED):
        return redirect("society_register_import_result", pk=society.pk, job_pk=job.pk)
    if job.state in (RegisterImport.State.CHECKING, RegisterImport.State.READY, RegisterImport.State.REFUSED):
        return redirect("society_register_import_report", pk=society.pk, job_pk=job.pk)
    response = render(request, "membership/import/progress.html", {"society": society, "job": job,
                                                                   "refresh": REFRESH_SECONDS})
    response["Refresh"] = str(REFRESH_SECONDS)
    return response


@login_required_403
def register_import_result(request, pk, job_pk):
    society, job = _job(request, pk, job_pk)
    if job.state not in (RegisterImport.State.DONE, RegisterImport.State.FAILED):
        moved = _progress_redirect(society, job)
        return moved or redirect("society_register_import_report", pk=society.pk, job_pk=job.pk)
    return render(request, "membership/import/result.html", {
        "society": society, "job": job,
        "file_error": message_of(job.file_error, job.file_error_params) if job.file_error else ""})
