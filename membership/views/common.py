"""What the register pages of every audience share: the "as at" day, the page, the printout."""

from datetime import date
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from registrar import clock

from .. import selectors
from ..models import MembershipSettings

PAGE_SIZE = 50
PRINT_LIMIT = 1000  # rows per printed part: a PACS register prints in parts (?part=2, ...)
EARLIEST = date(1900, 1, 1)

BAD_DAY = _("Enter the date as YYYY-MM-DD, not in the future.")


def as_at_day(request, today: date) -> tuple[date, str]:
    """The day the register is shown as at (?on=YYYY-MM-DD), today by default; ("", message) when invalid."""
    raw = (request.GET.get("on") or "").strip()
    if not raw:
        return today, ""
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return today, str(BAD_DAY)
    if day > today or day < EARLIEST:
        return today, str(BAD_DAY)
    return day, ""


def register_context(request, society, *, list_url_name: str, pdf_url_name: str, member_url_name: str) -> dict:
    """The page of the register: two queries (count, rows) whatever the society's size."""
    today = clock.today()
    day, day_error = as_at_day(request, today)
    q = (request.GET.get("q") or "").strip()[:100]
    current_only = request.GET.get("current") == "1"
    rows = selectors.register_as_at(society.pk, day, q=q, include_former=not current_only, annotate=False)
    page = selectors.register_page(Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page")), day)
    filters = {k: v for k, v in (("on", day.isoformat() if day != today else ""), ("q", q),
                                 ("current", "1" if current_only else "")) if v}
    return {
        "society": society, "today": today, "day": day, "day_error": day_error, "q": q,
        "current_only": current_only, "page": page, "query_string": urlencode(filters),
        "filtered": bool(q or current_only), "list_url_name": list_url_name, "pdf_url_name": pdf_url_name,
        "member_url_name": member_url_name, "print_limit": PRINT_LIMIT,
    }


def register_pdf(request, society) -> HttpResponse:
    """The register as at the day, printed (signed A4 PDF through societies.documents.pdf_from_html)."""
    from societies.documents import pdf_from_html

    today = clock.today()
    day, _error = as_at_day(request, today)
    current_only = request.GET.get("current") == "1"
    try:
        part = max(1, int(request.GET.get("part") or 1))
    except ValueError:
        part = 1
    rows = selectors.register_as_at(society.pk, day, include_former=not current_only)
    total = rows.count()
    chunk = list(rows[(part - 1) * PRINT_LIMIT: part * PRINT_LIMIT])
    parts = max(1, -(-total // PRINT_LIMIT))
    terms = MembershipSettings.objects.filter(society=society).first()
    html = render_to_string("membership/pdf/register.html", {
        "society": society, "day": day, "today": today, "rows": chunk, "part": part, "parts": parts,
        "total": total, "counts": selectors.register_counts(society.pk, day), "terms": terms,
        "current_only": current_only,
    })
    response = HttpResponse(pdf_from_html(html), content_type="application/pdf")
    response["Content-Disposition"] = (f'inline; filename="register-{society.pk}-{day.isoformat()}'
                                       f'{"-part" + str(part) if parts > 1 else ""}.pdf"')
    return response


def member_context(member, *, today: date, day: date) -> dict:
    return {
        "member": member, "today": today, "day": day,
        "entry": selectors.member_entry(member, day),
        "history": selectors.member_history(member),
        "nominations": list(member.nominations.order_by("-valid_from")),
        "ledger": list(member.share_entries.select_related("counterpart").order_by("on", "pk")),
    }
