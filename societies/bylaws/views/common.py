"""What the audiences' views share: the amendment's redline and facts, PDF responses and date parsing."""

from datetime import date, datetime

from django.http import Http404, HttpResponse

from registrar.l10n import ascii_digits

from .. import documents
from ..models import AmendmentState
from ..redline import ClauseChange, word_diff
from ..schedule_b import Heading


def redline_rows(amendment) -> list[dict]:
    rows = []
    for clause in amendment.clauses.all():
        change = ClauseChange(clause.change, clause.number, clause.heading, clause.old_text, clause.new_text)
        rows.append({"clause": clause, "heading": Heading(clause.heading).label,
                     "segments": word_diff(change.old_text, change.new_text),
                     "against_pdf": clause.change == "changed" and not clause.old_text})
    return rows


def amendment_context(amendment, today: date) -> dict:
    period_ended = (amendment.state == AmendmentState.RECONSIDERATION_DIRECTED and amendment.reconsider_by
                    and today > amendment.reconsider_by)
    docs = [name for name in documents.DOCUMENTS if documents.document_order(amendment, name) is not None]
    return {"amendment": amendment, "society": amendment.society, "today": today, "redline": redline_rows(amendment),
            "period_ended": period_ended, "documents": docs, "last_day": amendment.current_last_day,
            "days_left": (amendment.current_last_day - today).days if amendment.current_last_day else None,
            "version": getattr(amendment, "result_version", None) if amendment.state == "registered" else None}


def pdf_response(data: bytes | None, name: str) -> HttpResponse:
    if data is None:
        raise Http404("No such document.")
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


def parse_day(value: str | None) -> date | None:
    value = ascii_digits((value or "").strip())
    for fmt in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date()  # noqa: DTZ007 (a calendar day, no time)
        except ValueError:
            continue
    return None
