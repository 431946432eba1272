"""The secretary's annual returns under /society/<pk>/returns/ (s.129). Another user gets 404 for the society."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.db.models import F, Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import login_required_403

from ..forms.returns import CorrectionForm, ReturnForm
from ..models import AnnualReturn, FinancialYear
from ..permissions import can_supervise, is_secretary, secretary_grant, society_for_secretary
from ..services import returns as services

DRAFT_SAVED = _("Draft saved. You can come back and finish it later.")
FILED = _("Annual return filed. Your acknowledgement number is %(number)s.")
FILED_LATE = _("It was filed after the last day (%(last_day)s) and is marked late.")
CORRECTION_STARTED = _("A correction (version %(version)s) was started from the filed return. Change what was "
                       "wrong and file it.")
TO_AGREE = _("Saved, but before filing: %(message)s")
UPLOADS_KEPT = _("%(documents)s kept with the draft: you need not choose the file again. Correct what is marked "
                 "below.")
CHOOSE_AGAIN = _("A browser does not keep a chosen file when a page comes back with errors: choose %(document)s "
                 "again.")
CHANGED_MEANWHILE = _("The return changed in another window meanwhile. Check the figures and try again.")
PAGE_SIZE = 10


def _year(society, fy_pk) -> FinancialYear:
    return get_object_or_404(FinancialYear.objects.select_related("society__district"), pk=fy_pk, society=society)


def _secretary_year(user, pk, fy_pk) -> FinancialYear:
    """The year with its society, if `user` is the society's secretary: one query (society_for_secretary and
    _year together). 404 otherwise, whether the society, the year or the grant is missing."""
    year = (FinancialYear.objects.select_related("society__district")
            .annotate(viewer_is_secretary=secretary_grant(user, F("society_id")))
            .filter(pk=fy_pk, society_id=pk).first())
    if year is None or not year.viewer_is_secretary:
        raise Http404("No such society among yours.")
    return year


@login_required_403
def society_returns(request, pk):
    society = society_for_secretary(request.user, pk)
    today = clock.today()
    years = society.financial_years.prefetch_related(
        Prefetch("annual_returns", queryset=AnnualReturn.objects.order_by("version"))).order_by("-ends_on")
    page = Paginator(years, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = []
    for year in page:
        versions = list(year.annual_returns.all())
        rows.append({"year": year, "status": services.year_return_status(year, today),
                     "filed": [r for r in versions if r.state == AnnualReturn.State.FILED],
                     "draft": next((r for r in versions if r.state == AnnualReturn.State.DRAFT), None)})
    return render(request, "governance/returns/list.html", {
        "society": society, "page": page, "rows": rows, "today": today, "labels": services.STATUS_LABELS})


@login_required_403
def society_return_edit(request, pk, fy_pk):
    """Start, resume and file the year's return. One POST with plain form fields saves and (action=file) files."""
    year = _secretary_year(request.user, pk, fy_pk)
    society = year.society
    today = clock.today()
    versions = list(AnnualReturn.objects.filter(financial_year=year).order_by("-version"))
    draft = next((r for r in versions if r.state == AnnualReturn.State.DRAFT), None)
    latest = next((r for r in versions if r.state == AnnualReturn.State.FILED), None)
    if draft is None and latest is not None:
        # A filed return never changes: the only way forward is a correction.
        messages.error(request, services.ALREADY_FILED)
        return redirect("society_return_detail", pk=pk, fy_pk=fy_pk, version=latest.version)
    # The pre-filled Board figures only matter on the blank form: a POST sends every field, and the service
    # pre-fills whatever a caller leaves out.
    initial = None if draft or request.method == "POST" else services.draft_initial(year)
    form = ReturnForm(request.POST or None, request.FILES or None, instance=draft or AnnualReturn(),
                      initial=initial, year=year, today=today, filing=request.POST.get("action") == "file")
    if request.method == "POST" and form.is_valid():
        filing = form.filing
        try:
            if filing:
                ret = services.return_file(society=society, financial_year_id=year.pk, actor=request.user,
                                           today=today, data=form.data_fields(), files=form.upload_fields())
            else:
                saved = services.return_save_draft(society=society, financial_year_id=year.pk, actor=request.user,
                                                   data=form.data_fields(), files=form.upload_fields(), today=today)
        except PermissionDenied:
            raise
        except ValidationError as exc:
            _errors_to_form(form, exc)
        except IntegrityError:
            form.add_error(None, CHANGED_MEANWHILE)
        else:
            if not filing:
                messages.success(request, DRAFT_SAVED)
                for message in services.totals_to_agree(
                        {name: getattr(saved, name) for name in services.DATA_FIELDS}).values():
                    messages.warning(request, TO_AGREE % {"message": message})
                return redirect("society_return_edit", pk=pk, fy_pk=fy_pk)
            messages.success(request, FILED % {"number": ret.acknowledgement_number})
            if ret.filed_on > year.returns_last_day:
                messages.warning(request, FILED_LATE % {"last_day": f"{year.returns_last_day:%d %b %Y}"})
            return redirect("society_return_detail", pk=pk, fy_pk=fy_pk, version=ret.version)
    kept, lost = [], []
    if request.method == "POST" and form.errors:
        kept, lost = _keep_uploads(request, form, society=society, year=year, today=today)
        if kept:
            draft = AnnualReturn.objects.filter(financial_year=year, state=AnnualReturn.State.DRAFT).first()
    return render(request, "governance/returns/edit.html", {
        "society": society, "year": year, "form": form, "draft": draft, "today": today,
        "kept": UPLOADS_KEPT % {"documents": capfirst(", ".join(kept))} if kept else "",
        "choose_again": {name: CHOOSE_AGAIN % {"document": services.UPLOAD_LABELS[name]} for name in lost},
        "status": services.year_return_status(year, today), "previous": latest,
    }, status=400 if request.method == "POST" else 200)


def _keep_uploads(request, form, *, society, year, today) -> tuple[list[str], list[str]]:
    """The page came back with errors: keep the PDFs that were chosen and passed the PDF checks with the draft (a
    browser never re-sends a chosen file), so only a refused file must be chosen again. Returns (labels kept,
    fields to choose again)."""
    chosen = [name for name in services.UPLOAD_FIELDS if request.FILES.get(name)]
    good = {name: form.cleaned_data[name] for name in chosen
            if name not in form.errors and form.cleaned_data.get(name)}
    if good:
        try:
            services.return_save_draft(society=society, financial_year_id=year.pk, actor=request.user, data={},
                                       files=good, today=today)
        except (ValidationError, IntegrityError):
            good = {}
    lost = [name for name in chosen if name not in good]
    return [str(services.UPLOAD_LABELS[name]) for name in good], lost


def _errors_to_form(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error.messages[0])
    else:
        for message in exc.messages:
            form.add_error(None, message)


@login_required_403
def society_return_detail(request, pk, fy_pk, version):
    """The acknowledgement of one filed version (printable), with every version and its reason."""
    society = society_for_secretary(request.user, pk)
    year = _year(society, fy_pk)
    versions = list(AnnualReturn.objects.filter(financial_year=year).select_related("filed_by", "corrects")
                    .order_by("version"))
    ret = next((r for r in versions if r.version == version), None)
    if ret is None:
        raise Http404("No such version.")
    if ret.state == AnnualReturn.State.DRAFT:
        return redirect("society_return_edit", pk=pk, fy_pk=fy_pk)
    return render(request, "governance/returns/detail.html", {
        "society": society, "year": year, "ret": ret, "versions": versions, "office_view": False,
        "latest_filed": max((r.version for r in versions if r.state == AnnualReturn.State.FILED), default=0),
        "has_draft": any(r.state == AnnualReturn.State.DRAFT for r in versions),
        "late": ret.filed_on > year.returns_last_day})


@login_required_403
def society_return_correct(request, pk, fy_pk):
    society = society_for_secretary(request.user, pk)
    year = _year(society, fy_pk)
    latest = AnnualReturn.objects.filter(financial_year=year, state=AnnualReturn.State.FILED) \
        .order_by("-version").first()
    if latest is None:
        messages.error(request, services.NOTHING_TO_CORRECT)
        return redirect("society_returns", pk=pk)
    form = CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            draft = services.return_start_correction(society=society, financial_year_id=year.pk,
                                                     actor=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            _errors_to_form(form, exc)
        else:
            messages.success(request, CORRECTION_STARTED % {"version": draft.version})
            return redirect("society_return_edit", pk=pk, fy_pk=fy_pk)
    return render(request, "governance/returns/correct.html", {
        "society": society, "year": year, "latest": latest, "form": form},
        status=400 if request.method == "POST" else 200)


@login_required_403
def society_return_document(request, pk, fy_pk, version, kind):
    """An uploaded PDF of one version: for the secretary or an officer supervising the society; never public."""
    ret = get_object_or_404(AnnualReturn.objects.select_related("society"), society_id=pk,
                            financial_year_id=fy_pk, version=version)
    if not (is_secretary(request.user, ret.society) or can_supervise(request.user, ret.society)):
        raise Http404("No such document.")
    if kind not in services.UPLOAD_FIELDS or not getattr(ret, kind):
        raise Http404("No such document.")
    try:
        handle = getattr(ret, kind).open("rb")
    except FileNotFoundError:
        raise Http404("No such document.") from None
    return FileResponse(handle, content_type="application/pdf", as_attachment=True,
                        filename=f"{kind}-{ret.financial_year_id}-v{ret.version}.pdf")
