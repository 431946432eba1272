"""The PDFs of Bakijai, A4, English with Assamese beside it (the same document whoever downloads it), signed by the
office (societies.documents.pdf_from_html): hearing notice, the Schedule C certificate with its QR code, demand
notice, extension order, requisition to the Certificate Officer, attachment order, receipt, no-dues (closure)
certificate, and the debtor's statement."""

import segno
from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from orders.services import order_for
from societies.documents import pdf_from_html

from . import orders, rules
from .models import Certificate, CertState, Requisition

DOCS = ("hearing_notice", "certificate", "demand_notice", "extension", "co_requisition", "attachment", "receipt",
        "closure", "statement")


def _signatory(user):
    if user is None:
        return {"name": "", "rank": "", "office": ""}
    officer = getattr(user, "officer_profile", None)
    return {"name": user.get_full_name() or user.username, "rank": officer.get_rank_display() if officer else "",
            "office": officer.office.name if officer else ""}


def _qr(order):
    url = settings.SITE_URL.rstrip("/") + reverse("verify_order", args=[order.token])
    return url, segno.make(url, error="m").svg_data_uri(scale=3)


def context_for(requisition: Requisition, doc: str, item: str | None):
    from .services.money import certificate_position

    certificate = Certificate.objects.filter(requisition=requisition).select_related(
        "order", "signed_by__officer__office", "delegation", "closure").first()
    context = {"r": requisition, "certificate": certificate, "district": requisition.district, "doc": doc}
    order = None
    if doc == "hearing_notice":
        hearing = (requisition.hearings.filter(pk=item) if item and item.isdigit() else requisition.hearings).last()
        if hearing is None:
            raise Http404("No hearing fixed.")
        context["hearing"], order = hearing, hearing.notice
    elif certificate is None:
        raise Http404("No certificate on this requisition.")
    elif doc == "certificate":
        order = certificate.order
    elif doc == "demand_notice":
        if certificate.served_on is None:
            raise Http404("Not served yet.")
        order = order_for(certificate, orders.DEMAND_NOTICE.code)
    elif doc == "extension":
        extension = certificate.extensions.filter(pk=item).first() if item and item.isdigit() else \
            certificate.extensions.last()
        if extension is None:
            raise Http404("No extension.")
        context["extension"], order = extension, extension.order
    elif doc == "co_requisition":
        execution = getattr(certificate, "execution", None)
        if execution is None:
            raise Http404("No execution requested.")
        context["execution"], order = execution, execution.order
    elif doc == "attachment":
        attachment = requisition.attachments.filter(pk=item).first() if item and item.isdigit() else \
            requisition.attachments.last()
        if attachment is None:
            raise Http404("No attachment.")
        context["attachment"], order = attachment, attachment.order
    elif doc == "receipt":
        from dues.models import Payment

        payments = list(Payment.objects.filter(due_id__in=[certificate.due_id, certificate.costs_due_id],
                                               reference_number__startswith=item or "-").order_by("pk"))
        if not item or not payments:
            raise Http404("No such receipt.")
        context.update(receipt=item, payments=payments, amount=sum(p.amount for p in payments),
                       paid_on=payments[0].paid_on,
                       position_after=certificate_position(certificate, payments[0].paid_on))
    elif doc == "closure":
        if certificate.state != CertState.PAID:
            raise Http404("Not paid.")
        order = certificate.closure
    elif doc == "statement":
        from registrar import clock

        from .selectors import other_open_certificates

        today = clock.today()
        context.update(today=today, position=certificate_position(certificate, today),
                       others=other_open_certificates(requisition), payments=_payments(certificate))
    if certificate is not None:
        context.setdefault("position", certificate_position(certificate, certificate.granted_on))
        if certificate.pay_by:
            context["prosecution_last_day"] = rules.prosecution_last_day(rules.default_day(certificate.pay_by))
    if order is not None:
        context["order"] = order
        context["verify_url"], context["qr"] = _qr(order)
        context["signatory"] = _signatory(order.officer)
    return context


def _payments(certificate):
    from dues.models import Payment

    return Payment.objects.filter(due_id__in=[d for d in (certificate.due_id, certificate.costs_due_id) if d])


def render(requisition, doc, item=None) -> bytes:
    if doc not in DOCS:
        raise Http404("No such document.")
    with translation.override("en"):
        context = context_for(requisition, doc, item)
        return pdf_from_html(render_to_string(f"recovery/pdf/{doc}.html", context))


def response(requisition, doc, item=None) -> HttpResponse:
    pdf = render(requisition, doc, item)
    name = "".join(ch if ch.isalnum() else "-" for ch in f"{doc}-{requisition.number}")
    reply = HttpResponse(pdf, content_type="application/pdf")
    reply["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    return reply
