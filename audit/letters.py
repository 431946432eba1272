"""PDFs of the allotment and the fee (issue 18 point 8), English with Assamese, A4, signed like every document
the office issues (societies.documents.pdf_from_html; ADR 0033), each with a QR code to /verify/<token>/ of its
order in the register. (The report cover, the rectification direction and the flag order are the audit work's,
audit.documents.)"""

from datetime import date

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from societies.documents import pdf_from_html

from . import rules
from .models import Audit


def _verify(order) -> dict:
    url = settings.SITE_URL.rstrip("/") + reverse("verify_order", args=[order.token])
    return {"verify_url": url, "qr": segno.make(url, error="m").svg_data_uri(scale=3)}


def _signatory(user) -> dict:
    officer = getattr(user, "officer_profile", None) if user else None
    return {"name": user.display_name() if user else "", "rank": officer.get_rank_display() if officer else "",
            "office": officer.office.name if officer else ""}


def allotment_letter_html(audit: Audit) -> str:
    order = audit.allotment_order
    return render_to_string("audit/pdf/allotment_letter.html", {
        "audit": audit, "society": audit.society, "order": order, "signatory": _signatory(order.officer),
        "fy_start": date.fromordinal(rules.previous_fy_end(audit.fy_end).toordinal() + 1),
        "internal_target": rules.audit_internal_target(audit.fy_end), **_verify(order),
    })


def allotment_letter_pdf(audit: Audit) -> bytes:
    return pdf_from_html(allotment_letter_html(audit))


def fee_demand_pdf(audit: Audit, *, today: date) -> bytes:
    from dues.selectors import with_balances

    due = audit.fee_due
    position = with_balances(type(due).objects.filter(pk=due.pk), today).values("balance").get()
    return pdf_from_html(render_to_string("audit/pdf/fee_demand.html", {
        "audit": audit, "society": audit.society, "due": due, "order": due.order, "today": today,
        "balance": position["balance"], "signatory": _signatory(due.raised_by), **_verify(due.order),
    }))


def fee_receipt_pdf(audit: Audit, payment) -> bytes:
    due = audit.fee_due
    return pdf_from_html(render_to_string("audit/pdf/fee_receipt.html", {
        "audit": audit, "society": audit.society, "due": due, "payment": payment, "order": due.order,
        "signatory": _signatory(payment.recorded_by), **_verify(due.order),
    }))
