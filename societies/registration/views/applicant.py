"""Applicant pages under /apply/: the promoters' own applications only (another applicant gets 404)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.access import login_required_403

from .. import rules, selectors, services
from ..forms import AnswerForm, ApplicationForm, PromoterFormSet, UploadForm
from ..models import AppState, RegistrationApplication, Upload
from ..permissions import can_decide

NOT_ALLOWED_NOW = _("That cannot be done at this stage of the application.")
DRAFT_SAVED = _("Draft saved.")
SUBMITTED = _("Application submitted. Your acknowledgement number is %(number)s.")
WITHDRAWN = _("Application withdrawn.")
ANSWERED = _("Your answers were sent.")
UPLOADED = _("Document uploaded.")


def _own(request, pk) -> RegistrationApplication:
    return get_object_or_404(RegistrationApplication.objects.select_related("district"), pk=pk,
                             applicant=request.user)


@login_required_403
def application_list(request):
    return render(request, "societies/applicant/list.html",
                  {"applications": selectors.application_list_for_applicant(request.user)})


@login_required_403
def application_new(request):
    form = ApplicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        application = form.save(commit=False)
        application.applicant = request.user
        application.save()
        messages.success(request, DRAFT_SAVED)
        return redirect("application_edit", pk=application.pk)
    return render(request, "societies/applicant/form.html", {"form": form, "formset": None})


@login_required_403
def application_edit(request, pk):
    application = _own(request, pk)
    if application.state != AppState.DRAFT:
        messages.error(request, NOT_ALLOWED_NOW)
        return redirect("application_detail", pk=pk)
    form = ApplicationForm(request.POST or None, instance=application)
    formset = PromoterFormSet(request.POST or None, instance=application)
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        with transaction.atomic():
            form.save()
            formset.save()
        messages.success(request, DRAFT_SAVED)
        return redirect("application_edit", pk=pk)
    checklist = selectors.application_document_checklist(application)
    return render(request, "societies/applicant/form.html",
                  {"form": form, "formset": formset, "application": application, "checklist": checklist,
                   "documents_complete": all(present for _k, _l, present in checklist),
                   "upload_form": UploadForm(), "fee": rules.registration_fee(application.authorised_share_capital)})


@login_required_403
def application_detail(request, pk):
    application = _own(request, pk)
    return render(request, "societies/applicant/detail.html", {
        "application": application,
        "queries": application.queries.prefetch_related("items"),
        "promoters": application.promoters.all(),
        "uploads": application.uploads.all(),
        "upload_form": UploadForm() if application.state == AppState.DRAFT else None,
        "checklist": selectors.application_document_checklist(application)
        if application.state == AppState.DRAFT else None,
    })


@login_required_403
def application_submit(request, pk):
    application = _own(request, pk)  # ownership first: a stranger gets 404 whatever the method
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        application = services.application_submit(application_id=application.pk, actor=request.user,
                                                  today=clock.today())
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
        return redirect("application_edit", pk=pk)
    except TransitionNotAllowed:
        messages.error(request, NOT_ALLOWED_NOW)
        return redirect("application_detail", pk=pk)
    messages.success(request, SUBMITTED % {"number": application.acknowledgement_number})
    return redirect("application_detail", pk=pk)


@login_required_403
def application_withdraw(request, pk):
    application = _own(request, pk)  # ownership first: a stranger gets 404 whatever the method
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        services.application_withdraw(application_id=application.pk, actor=request.user, today=clock.today())
        messages.success(request, WITHDRAWN)
    except TransitionNotAllowed:
        messages.error(request, NOT_ALLOWED_NOW)
    return redirect("application_detail", pk=pk)


@login_required_403
def application_answer(request, pk, memo_pk):
    application = _own(request, pk)
    memo = get_object_or_404(application.queries.prefetch_related("items"), pk=memo_pk)
    form = AnswerForm(request.POST or None, memo=memo)
    if request.method == "POST" and form.is_valid():
        try:
            services.application_answer_query(application_id=application.pk, memo_id=memo.pk, answers=form.answers(),
                                              actor=request.user, today=clock.today())
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
        else:
            messages.success(request, ANSWERED)
        return redirect("application_detail", pk=pk)
    return render(request, "societies/applicant/answer.html", {"application": application, "memo": memo, "form": form})


@login_required_403
def application_upload(request, pk):
    application = _own(request, pk)  # ownership first: a stranger gets 404 whatever the method
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if application.state != AppState.DRAFT:
        messages.error(request, NOT_ALLOWED_NOW)
        return redirect("application_detail", pk=pk)
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.application_document_upload(application_id=application.pk, actor=request.user,
                                                 kind=form.cleaned_data["kind"], uploaded=form.cleaned_data["file"])
        except ValidationError as exc:
            for error in exc.messages:
                messages.error(request, error)
        else:
            messages.success(request, UPLOADED)
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("application_edit", pk=pk)


@login_required_403
def document_download(request, pk, upload_pk):
    """Served only to the applicant or an officer who may decide the application; never from a public URL."""
    upload = get_object_or_404(Upload.objects.select_related("application"), pk=upload_pk, application_id=pk)
    application = upload.application
    if application.applicant_id != request.user.pk and not can_decide(request.user, application):
        raise Http404("No such document.")
    try:
        handle = upload.file.open("rb")
    except FileNotFoundError:
        raise Http404("No such document.") from None
    except PermissionError:
        raise PermissionDenied from None
    return FileResponse(handle, content_type="application/pdf", as_attachment=True, filename=upload.original_name)


@login_required_403
def certificate_download(request, pk):
    """The certificate PDF, for the applicant or an officer who may decide the application."""
    from django.http import HttpResponse

    from ..documents import certificate_pdf

    application = get_object_or_404(RegistrationApplication.objects.select_related("society__certificate"), pk=pk)
    if application.applicant_id != request.user.pk and not can_decide(request.user, application):
        raise Http404("No such application.")
    if application.society is None:
        raise Http404("No certificate yet.")
    response = HttpResponse(certificate_pdf(application.society.certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{application.society.pk}.pdf"'
    return response
