"""PDF letters of an application: for its applicant, and for officers who may decide it (others get 404)."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from registrar.access import login_required_403

from .. import documents
from ..models import AppState, RegistrationApplication
from ..permissions import can_decide


def _readable(request, pk) -> RegistrationApplication:
    application = get_object_or_404(RegistrationApplication.objects.select_related("district", "applicant"), pk=pk)
    if application.applicant_id != request.user.pk and not can_decide(request.user, application):
        raise Http404("No such application.")
    return application


def _pdf(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _slug(application) -> str:
    return (application.acknowledgement_number or str(application.pk)).replace("/", "-")


@login_required_403
def query_memo_pdf(request, pk, memo_pk):
    application = _readable(request, pk)
    memo = get_object_or_404(application.queries.select_related("sent_by__officer__office"), pk=memo_pk)
    memo.application = application
    return _pdf(documents.query_memo_pdf(memo), f"query-memo-{memo.number}-{_slug(application)}.pdf")


@login_required_403
def hearing_notice_pdf(request, pk):
    application = _readable(request, pk)
    if application.hearing_on is None:
        raise Http404("No hearing has been scheduled.")
    return _pdf(documents.hearing_notice_pdf(application), f"hearing-notice-{_slug(application)}.pdf")


@login_required_403
def refusal_order_pdf(request, pk):
    application = _readable(request, pk)
    if application.state != AppState.REFUSED:
        raise Http404("Registration has not been refused.")
    return _pdf(documents.refusal_order_pdf(application), f"refusal-order-{_slug(application)}.pdf")


@login_required_403
def acknowledgement_pdf(request, pk):
    """The printable acknowledgement of a received application: its number, date of receipt and last day."""
    application = _readable(request, pk)
    if not application.acknowledgement_number:
        raise Http404("The application has not been submitted.")
    from ..documents.acknowledgement import acknowledgement_pdf as build

    return _pdf(build(application), f"acknowledgement-{_slug(application)}.pdf")
