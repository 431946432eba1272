"""The PDFs of the scheme's notices (issue 17 point 5, R1): the notice to a member or creditor (one per person,
or all of a transferor's in one file for printing), and the list of options exercised. English with Assamese
beside it, like the office's other letters, signed by pdf_from_html. Built from the records when asked for."""

from django.template.loader import render_to_string

from societies.documents import pdf_from_html

from . import rules
from .models import SchemeRole
from .selectors import notices_of

DOCUMENTS = ("notices", "options")


def _context(scheme, transferor) -> dict:
    parties = list(scheme.parties.select_related("society").order_by("role", "pk"))
    return {
        "scheme": scheme, "society": transferor.society, "transferor": transferor, "parties": parties,
        "transferors": [p for p in parties if p.role == SchemeRole.TRANSFEROR],
        "successors": [p for p in parties if p.role != SchemeRole.TRANSFEROR],
        "rule_id": rules.OPTION_RULE[scheme.kind], "section": rules.SECTION[scheme.kind],
        "silence_is_assent": rules.silence_is_assent(scheme.kind),
        "signatory": {"name": "", "rank": ""},
    }


def notices_pdf(scheme, transferor, notices) -> bytes:
    """The notice of the scheme to each person in `notices` (one page or more each)."""
    context = _context(scheme, transferor)
    context["notices"] = list(notices)
    return pdf_from_html(render_to_string("restructuring/pdf/notice.html", context))


def options_pdf(scheme, transferor) -> bytes:
    """The list of the options exercised: every notice of the transferor with its service and option."""
    context = _context(scheme, transferor)
    context["notices"] = list(notices_of(scheme, transferor=transferor))
    return pdf_from_html(render_to_string("restructuring/pdf/options.html", context))


def filename(scheme, transferor, name: str) -> str:
    return f"scheme-{scheme.pk}-{transferor.society.registration_number.replace('/', '-')}-{name}.pdf"
