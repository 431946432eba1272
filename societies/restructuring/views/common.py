"""What the audiences' pages share: the scheme's summary context and PDF responses."""

from datetime import timedelta

from django.http import HttpResponse

from .. import rules
from ..models import SchemeRole
from ..selectors import scheme_counts, windows_closed


def scheme_context(scheme, today) -> dict:
    parties = list(scheme.parties.select_related("society").order_by("role", "pk"))
    return {
        "scheme": scheme, "today": today, "parties": parties,
        "transferors": [p for p in parties if p.role == SchemeRole.TRANSFEROR],
        "successors": [p for p in parties if p.role != SchemeRole.TRANSFEROR],
        "counts": scheme_counts(scheme), "rule_id": rules.OPTION_RULE[scheme.kind],
        "section": rules.SECTION[scheme.kind], "silence_is_assent": rules.silence_is_assent(scheme.kind),
        "windows_closed": windows_closed(scheme, today),
        # The day every window is closed (and, for a division or an amalgamation, the last deemed assent).
        "closed_from": scheme.windows_close_on + timedelta(days=1) if scheme.windows_close_on else None,
    }


def pdf_response(data: bytes, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response
