"""The acknowledgement of an application received online or on paper (s.10(1)): its number, the date of receipt,
the last day for the Registrar's decision (s.10(2), s.11: 60 days) and the day from which the society is deemed
registered if nothing is sent by then (proviso to s.11). Printed by the applicant after submitting; signed like
every PDF the office issues (societies.documents.pdf_from_html)."""

from django.template.loader import render_to_string
from django.utils import translation

from societies.documents import pdf_from_html

from .. import rules


def acknowledgement_pdf(application) -> bytes:
    from .letters import _applicant_name

    # English with Assamese beside it, the same document whoever prints it (like the letters).
    with translation.override("en"):
        html = render_to_string("societies/pdf/acknowledgement.html", {
            "application": application, "applicant_name": _applicant_name(application),
            "deemed_from": (rules.deemed_registration_date(application.received_on)
                            if application.received_on else None),
            "promoter_count": application.promoters.count(),
            "uploads": list(application.uploads.filter(query_item__isnull=True)),
            "signatory": {"name": "", "rank": "", "office": ""},
        })
    return pdf_from_html(html)
