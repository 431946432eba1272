"""The Registrar's approval order of a scheme as a PDF (issue 17 point 5), English with Assamese beside it like the
office's other orders, signed by pdf_from_html, with the QR code that verifies it at /verify/<token>/. Built from
the records when asked for, so a copy printed again is the same order."""

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from orders.windows import windows_for
from registrar.selectors import officer_for
from societies.documents import pdf_from_html

from .models import OptionState, Recipient, SchemeKind, SchemeRole

TITLES_AS = {SchemeKind.DIVISION: "সমিতি বিভাজনৰ আঁচনি অনুমোদনৰ আদেশ",
             SchemeKind.AMALGAMATION: "সমিতিসমূহৰ একত্ৰীকৰণৰ আঁচনি অনুমোদনৰ আদেশ",
             SchemeKind.MERGER: "সমিতি সংযোজনৰ আঁচনি অনুমোদনৰ আদেশ"}
TITLES = {SchemeKind.DIVISION: "Order approving the scheme of division",
          SchemeKind.AMALGAMATION: "Order approving the scheme of amalgamation",
          SchemeKind.MERGER: "Order approving the merger"}


def verify_url(order) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("verify_order", args=[order.token])


def _signatory(order) -> dict:
    if order.officer is None:
        return {"name": "", "rank": ""}
    profile = officer_for(order.officer)
    return {"name": order.officer.get_full_name() or order.officer.get_username(),
            "rank": profile.get_rank_display() if profile else ""}


def _tally(notices) -> dict:
    def count(recipient, *options):
        return sum(1 for n in notices if n.recipient == recipient and n.option in options)

    rows = []
    for recipient, label, label_as in ((Recipient.MEMBER, "Members", "সদস্য"),
                                       (Recipient.CREDITOR, "Creditors", "ঋণদাতা")):
        rows.append({"label": label, "label_as": label_as,
                     "voted_for": count(recipient, OptionState.VOTED_FOR),
                     "assented": count(recipient, OptionState.ASSENTED),
                     "deemed": count(recipient, OptionState.DEEMED_ASSENT),
                     "withdrawing": count(recipient, OptionState.WITHDRAWING),
                     "paid": sum(1 for n in notices if n.recipient == recipient
                                 and n.option == OptionState.WITHDRAWING and n.claim_met_on)})
    return rows


def approval_pdf(scheme) -> bytes | None:
    order = scheme.approval_order
    if order is None:
        return None
    parties = list(scheme.parties.select_related("society").order_by("role", "pk"))
    notices = list(scheme.notices.all())
    url = verify_url(order)
    context = {
        "scheme": scheme, "order": order, "society": scheme.society, "title": TITLES[scheme.kind],
        "title_as": TITLES_AS[scheme.kind],
        "transferors": [p for p in parties if p.role == SchemeRole.TRANSFEROR],
        "successors": [p for p in parties if p.role != SchemeRole.TRANSFEROR],
        "tally": _tally(notices), "merger": scheme.kind == SchemeKind.MERGER,
        "windows": windows_for(order), "signatory": _signatory(order),
        "verify_url": url, "qr": segno.make(url, error="m").svg_data_uri(scale=3),
    }
    with translation.override("en"):
        html = render_to_string("restructuring/effect/approval_pdf.html", context)
    return pdf_from_html(html)
