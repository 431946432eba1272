"""PDF documents of registration: the certificate (s.11), A4, with a QR code to the public verification page;
the query memo, the hearing notice and the refusal order live in `letters`."""

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from societies.documents import pdf_from_html, render_pdf, safe_url_fetcher


def verification_url(certificate) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("verify_certificate", args=[certificate.token])


def certificate_html(certificate) -> str:
    url = verification_url(certificate)
    return render_to_string("societies/pdf/certificate.html", {
        "certificate": certificate, "society": certificate.society, "application": certificate.application,
        "verify_url": url, "qr": segno.make(url, error="m").svg_data_uri(scale=3),
    })


def certificate_pdf(certificate) -> bytes:
    return pdf_from_html(certificate_html(certificate))


def certificate_filename(certificate) -> str:
    """`certificate-<registration number>.pdf`, the number's slashes made hyphens (SNT/REG/2026/0007 ->
    certificate-SNT-REG-2026-0007.pdf); the society's id if it has no number."""
    number = certificate.society.registration_number or str(certificate.society_id)
    return "certificate-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in number) + ".pdf"


from .letters import hearing_notice_pdf, query_memo_pdf, refusal_order_pdf  # noqa: E402

__all__ = ["certificate_filename", "certificate_html", "certificate_pdf", "hearing_notice_pdf", "query_memo_pdf", "refusal_order_pdf", "render_pdf",
           "safe_url_fetcher", "verification_url"]
