"""The PDFs of bye-laws (issue 16 point 6), English with Assamese beside it like the office's other letters, each
signed by pdf_from_html: the acknowledgement of a filing, the direction to reconsider, the certified copy of a
registered amendment (with the QR code that verifies it, s.12(3)), the refusal order, and a consolidated copy of
the bye-laws as in force on a date. Built from the records when asked for, so a copy printed again is the same."""

from datetime import date

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from orders.services import order_for
from orders.windows import windows_for
from registrar.selectors import officer_for
from societies.documents import pdf_from_html

from . import orders
from .models import AmendmentState
from .schedule_b import Heading
from .selectors import version_on

DOCUMENTS = {
    "acknowledgement": orders.ACKNOWLEDGEMENT.code,
    "direction": orders.DIRECTION.code,
    "certified-copy": orders.CERTIFIED_COPY.code,
    "refusal": None,   # the s.12 refusal or the s.141(2) rejection
}


def document_order(amendment, name: str):
    if name == "refusal":
        if amendment.state != AmendmentState.REFUSED:
            return None
        return order_for(amendment, orders.CREDIT_REJECTION.code if amendment.credit_structure
                         else orders.REFUSAL.code)
    return order_for(amendment, DOCUMENTS[name])


def _signatory(order) -> dict:
    if order is None or order.officer is None:
        return {"name": "", "rank": ""}
    profile = officer_for(order.officer)
    return {"name": order.officer.get_full_name() or order.officer.get_username(),
            "rank": profile.get_rank_display() if profile else ""}


def verify_url(order) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("verify_order", args=[order.token])


def amendment_pdf(amendment, name: str) -> bytes | None:
    order = document_order(amendment, name)
    if order is None:
        return None
    context = {"amendment": amendment, "society": amendment.society, "order": order,
               "clauses": list(amendment.clauses.all()), "signatory": _signatory(order),
               "windows": windows_for(order) if order.decides else []}
    if name == "certified-copy":
        url = verify_url(order)
        context.update(verify_url=url, qr=segno.make(url, error="m").svg_data_uri(scale=3),
                       version=getattr(amendment, "result_version", None))
    with translation.override("en"):
        html = render_to_string(f"bylaws/pdf/{name}.html", context)
    return pdf_from_html(html)


def consolidated_pdf(society, on: date) -> bytes | None:
    version = version_on(society, on)
    if version is None:
        return None
    clauses = list(version.clauses.all())
    with translation.override("as"):
        assamese = {h: str(Heading(h).label) for h in Heading.values}
    with translation.override("en"):
        headings = [(str(Heading(h).label), assamese[h], items) for h in Heading.values
                    if (items := [c for c in clauses if c.heading == h])]
        html = render_to_string("bylaws/pdf/consolidated.html", {
            "society": society, "version": version, "on": on, "headings": headings})
    return pdf_from_html(html)


def filename(society, what: str) -> str:
    number = "".join(c if c.isalnum() or c in "-_" else "-" for c in society.registration_number)
    return f"bye-laws-{what}-{number}.pdf"
