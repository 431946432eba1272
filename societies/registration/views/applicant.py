"""Applicant pages under /apply/: the promoters' own applications only (another applicant gets 404)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.access import login_required_403
from societies import uploads
from societies.selectors import societies_for_secretary

from .. import rules, selectors, services
from ..forms import (
    PROMOTER_PREFIX,
    PROMOTER_ROWS,
    PROMOTER_ROWS_MAX,
    AnswerForm,
    ApplicationForm,
    DeclarationForm,
    UploadForm,
    promoter_formset,
)
from ..models import AppState, DocumentKind, RegistrationApplication, Upload
from ..permissions import can_decide

NOT_ALLOWED_NOW = _("That cannot be done at this stage of the application.")
DRAFT_SAVED = _("Draft saved.")
PROMOTER_ROW_ADDED = _("Draft saved. A row for another promoter is added below.")
SUBMITTED = _("Application submitted. Your acknowledgement number is %(number)s.")
WITHDRAWN = _("Application withdrawn.")
ANSWERED = _("Your answers were sent.")
ANSWERED_WITH_DOCUMENTS = _("Your answers were sent with %(count)s corrected document(s).")
UPLOADED = _("“%(name)s” uploaded (%(kind)s).")
REPLACED = _("“%(name)s” replaces the earlier file (%(kind)s).")
REMOVED = _("“%(name)s” removed from the application.")
UPLOAD_REFUSED = _("“%(name)s” was not uploaded: %(reason)s")
_UPLOAD_ERRORS = "registration_upload_errors"


def _own(request, pk) -> RegistrationApplication:
    return get_object_or_404(RegistrationApplication.objects.select_related("district"), pk=pk,
                             applicant=request.user)


def _own_draft(request, pk):
    """The applicant's own draft, or (None, a redirect to its page with the reason) once it is submitted."""
    application = _own(request, pk)
    if application.state != AppState.DRAFT:
        messages.error(request, NOT_ALLOWED_NOW)
        return None, redirect("application_detail", pk=pk)
    return application, None


def _rows(request) -> int:
    try:
        return max(int(request.GET.get("rows", PROMOTER_ROWS)), 1)
    except ValueError:
        return PROMOTER_ROWS


def document_slots(application, errors: dict | None = None) -> list[dict]:
    """One place per document kind (the five s.10(1) requires first, then the others), each with its file(s)
    and the error of its last refused upload. "Other" holds any number of files; every other kind holds one."""
    errors = errors or {}
    required = selectors.required_upload_kinds()
    uploads = list(application.uploads.filter(query_item__isnull=True))
    kinds = [*required, *(k for k in DocumentKind.values if k not in required)]
    return [{"kind": kind, "label": DocumentKind(kind).label, "required": kind in required,
             "uploads": [u for u in uploads if u.kind == kind], "errors": errors.get(kind, []),
             "multiple": kind == DocumentKind.OTHER} for kind in kinds]


def _draft_page(request, application, form, formset, status=200):
    context = {"form": form, "formset": formset, "application": application if application.pk else None}
    if application.pk:
        errors = request.session.pop(f"{_UPLOAD_ERRORS}:{application.pk}", None)
        checklist = selectors.application_document_checklist(application)
        context.update({
            "checklist": checklist, "documents_complete": all(present for _k, _l, present in checklist),
            "slots": document_slots(application, errors), "fee": application.fee,
        })
    return render(request, "societies/applicant/form.html", context, status=status)


def _save_draft(request, application):
    """The draft form and its promoter rows: saved whatever is still empty (issue 25 § 2). "Add another
    promoter" saves and comes back with one more row; "Review and submit" saves and opens the review."""
    form = ApplicationForm(request.POST or None, instance=application)
    # A post without the promoter rows (no management form: a client that sends the particulars alone) leaves
    # the promoters as they are.
    with_rows = request.method != "POST" or f"{PROMOTER_PREFIX}-TOTAL_FORMS" in request.POST
    formset = promoter_formset(request.POST if request.method == "POST" and with_rows else None,
                               instance=application, rows=_rows(request))
    if request.method != "POST":
        return _draft_page(request, application, form, formset)
    if not (form.is_valid() and (not with_rows or formset.is_valid())):
        return _draft_page(request, application, form, formset, status=400)
    with transaction.atomic():
        application = form.save(commit=False)
        if application.pk is None:
            application.applicant = request.user
        application.save()
        if with_rows:
            formset.instance = application
            formset.save()
    edit_url = reverse("application_edit", args=[application.pk])
    if "add_promoter" in request.POST:
        rows = min(formset.total_form_count() + 1, PROMOTER_ROWS_MAX)
        messages.success(request, PROMOTER_ROW_ADDED)
        return redirect(f"{edit_url}?rows={rows}#promoter-{rows}")
    if "review" in request.POST:
        return redirect("application_review", pk=application.pk)
    messages.success(request, DRAFT_SAVED)
    return redirect(edit_url)


@login_required_403
def application_list(request):
    return render(request, "societies/applicant/list.html",
                  {"applications": selectors.application_list_for_applicant(request.user)})


@login_required_403
def application_new(request):
    return _save_draft(request, RegistrationApplication())


@login_required_403
def application_edit(request, pk):
    application, refused = _own_draft(request, pk)
    return refused or _save_draft(request, application)


@login_required_403
def application_detail(request, pk):
    application = _own(request, pk)
    is_draft = application.state == AppState.DRAFT
    return render(request, "societies/applicant/detail.html", {
        "application": application,
        "queries": application.queries.prefetch_related("items__documents"),
        "promoters": application.promoters.all(),
        "uploads": application.uploads.select_related("query_item__memo"),
        "checklist": selectors.application_document_checklist(application) if is_draft else None,
        "gaps": selectors.application_gaps(application) if is_draft else None,
        "letters": selectors.application_letters(application),
        "society_page_open": bool(application.society_id) and societies_for_secretary(request.user).filter(
            pk=application.society_id).exists(),
    })


def _review_page(request, application, declaration, *, status=200):
    promoters = list(application.promoters.all())
    return render(request, "societies/applicant/review.html", {
        "application": application, "promoters": promoters, "slots": document_slots(application),
        "gaps": selectors.application_gaps(application), "declaration": declaration,
        "refused": status != 200, "last_day_if_today": rules.registration_last_day(clock.today()),
    }, status=status)


@login_required_403
def application_review(request, pk):
    """The confirmation step: everything that will be submitted, what is still missing, and the declaration."""
    application, refused = _own_draft(request, pk)
    return refused or _review_page(request, application, DeclarationForm())


@login_required_403
def application_submit(request, pk):
    application = _own(request, pk)  # ownership first: a stranger gets 404 whatever the method
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if application.state != AppState.DRAFT:
        messages.error(request, NOT_ALLOWED_NOW)
        return redirect("application_detail", pk=pk)
    declaration = DeclarationForm(request.POST)
    declared = declaration.is_valid()
    try:
        application = services.application_submit(application_id=application.pk, actor=request.user,
                                                  today=clock.today(), declared=declared)
    except ValidationError:
        # Every gap at once, beside the declaration's own error (services.DECLARATION_MISSING is left to it).
        return _review_page(request, application, declaration, status=400)
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
    if memo.answered_on or not application.is_open:
        messages.error(request, NOT_ALLOWED_NOW)
        return redirect("application_detail", pk=pk)
    form = AnswerForm(request.POST or None, request.FILES or None, memo=memo)
    if request.method == "POST" and form.is_valid():
        documents = form.documents()
        try:
            services.application_answer_query(application_id=application.pk, memo_id=memo.pk, answers=form.answers(),
                                              documents=documents, actor=request.user, today=clock.today())
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, ANSWERED_WITH_DOCUMENTS % {"count": len(documents)} if documents else ANSWERED)
            return redirect("application_detail", pk=pk)
    return render(request, "societies/applicant/answer.html", {"application": application, "memo": memo, "form": form},
                  status=400 if form.is_bound else 200)


def _upload_refused(request, application, kind: str, errors: list[str]):
    """Keep the refusal for the document's own place on the draft page (shown once), then go back to it."""
    key = f"{_UPLOAD_ERRORS}:{application.pk}"
    stored = request.session.get(key, {})
    stored[kind] = errors
    request.session[key] = stored
    return redirect(f"{reverse('application_edit', args=[application.pk])}#doc-{kind}")


@login_required_403
def application_upload(request, pk):
    """One document into its own place. A refusal names the file and the reason, in that document's place."""
    application = _own(request, pk)  # ownership first: a stranger gets 404 whatever the method
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if application.state != AppState.DRAFT:
        messages.error(request, NOT_ALLOWED_NOW)
        return redirect("application_detail", pk=pk)
    kind = request.POST.get("kind") if request.POST.get("kind") in DocumentKind.values else DocumentKind.OTHER
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _upload_refused(request, application, kind, [e for errors in form.errors.values() for e in errors])
    uploaded = form.cleaned_data["file"]
    had = application.uploads.filter(kind=kind, query_item__isnull=True).exists() and kind != DocumentKind.OTHER
    try:
        services.application_document_upload(application_id=application.pk, actor=request.user, kind=kind,
                                             uploaded=uploaded)
    except ValidationError as exc:
        name = uploads.display_name(uploaded)
        return _upload_refused(request, application, kind, [
            message if name in message else str(UPLOAD_REFUSED % {"name": name, "reason": message})
            for message in exc.messages])
    label = DocumentKind(kind).label
    messages.success(request, (REPLACED if had else UPLOADED) % {"name": uploads.display_name(uploaded),
                                                                  "kind": label})
    return redirect(f"{reverse('application_edit', args=[pk])}#doc-{kind}")


@login_required_403
def application_document_remove(request, pk, upload_pk):
    application = _own(request, pk)  # ownership first: a stranger gets 404 whatever the method
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    upload = get_object_or_404(application.uploads, pk=upload_pk)
    try:
        name = services.application_document_remove(application_id=application.pk, actor=request.user,
                                                    upload_id=upload.pk)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
        return redirect("application_detail", pk=pk)
    messages.success(request, REMOVED % {"name": name})
    return redirect(f"{reverse('application_edit', args=[pk])}#doc-{upload.kind}")


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

    from ..documents import certificate_filename, certificate_pdf

    application = get_object_or_404(RegistrationApplication.objects.select_related("society__certificate"), pk=pk)
    if application.applicant_id != request.user.pk and not can_decide(request.user, application):
        raise Http404("No such application.")
    if application.society is None:
        raise Http404("No certificate yet.")
    certificate = application.society.certificate
    response = HttpResponse(certificate_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate_filename(certificate)}"'
    return response
