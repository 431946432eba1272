"""The closing's PDFs, English with Assamese beside it like the office's other letters (societies/pdf/letter_base),
each signed by pdf_from_html and carrying the QR code that verifies it at /verify/<token>/: the certificate of
dissolution (s.100(5)) and the order closing the liquidation (s.97, s.100(2)-(4)). Built from the records when
asked for, so a copy printed again is the same."""

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from registrar.l10n import display_date, money
from registrar.selectors import officer_for
from societies.documents import pdf_from_html

from .status_notes_closing import liquidator_name

TEMPLATES = {"certificate": "liquidation/closing/pdf/certificate.html",
             "closing-order": "liquidation/closing/pdf/closing_order.html"}


def _signatory(order) -> dict:
    if order is None or order.officer is None:
        return {"name": "", "rank": ""}
    profile = officer_for(order.officer)
    return {"name": order.officer.get_full_name() or order.officer.get_username(),
            "rank": profile.get_rank_display() if profile else ""}


def closing_pdf(closing, name: str) -> bytes | None:
    """The signed PDF `name` ("certificate" or "closing-order") of a dissolved society, or None before it."""
    order = closing.certificate if name == "certificate" else closing.closing_order
    if order is None or name not in TEMPLATES:
        return None
    case = closing.winding_up
    url = settings.SITE_URL.rstrip("/") + reverse("verify_order", args=[order.token])
    context = {
        "closing": closing, "case": case, "society": case.society, "order": order, "signatory": _signatory(order),
        "verify_url": url, "qr": segno.make(url, error="m").svg_data_uri(scale=3),
        "liquidator": liquidator_name(case), "extensions": list(closing.extensions.all()),
        "dissolved_en": display_date(closing.dissolved_on, "d F Y", lang="en"),
        "dissolved_as": display_date(closing.dissolved_on, "d F Y", lang="as"),
        "made_en": display_date(order.made_on, "d F Y", lang="en"),
        "made_as": display_date(order.made_on, "d F Y", lang="as"),
        "surplus": money(closing.surplus_amount), "assets": money(closing.assets_realised),
        "paid": money(closing.liabilities_paid), "fee": money(closing.fee_amount),
        "cancellation": case.cancellation_order,
    }
    with translation.override("en"):
        html = render_to_string(TEMPLATES[name], context)
    return pdf_from_html(html)


def filename(society, name: str) -> str:
    number = "".join(c if c.isalnum() or c in "-_" else "-" for c in society.registration_number)
    return f"{name}-{number}.pdf"
