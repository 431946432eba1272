"""The election's PDFs, each in English or Assamese (the language of the reader's choice, one document a
language): the election notice, the nomination scrutiny list, and the result declaration (the order's PDF).
Rendered with supervision's fetcher and font and signed like every document of the office (ADR 0033)."""

from django.template.loader import render_to_string
from django.utils import translation

from societies.documents import pdf_from_html

from ..models import Candidate
from .scrutiny import reason_text


def _context(election) -> dict:
    candidates = list(election.candidates.select_related("group", "member")
                      .order_by("group__kind", "group__area", "-votes", "name"))
    for c in candidates:
        c.reason_texts = [reason_text(r) for r in c.reasons]
    names = {c.pk: c.name for c in candidates}
    return {"election": election, "society": election.society, "groups": list(election.seat_groups.all()),
            "candidates": candidates, "valid": [c for c in candidates if c.scrutiny == Candidate.Scrutiny.ACCEPTED],
            "elected": [c for c in candidates if c.elected], "draws": named_draws(election, names)}


def named_draws(election, names: dict) -> list[dict]:
    """The recorded draws with the candidates' names and the seat group in the reader's language (the record
    keeps their ids)."""
    groups = {str(g.pk): str(g) for g in election.seat_groups.all()}
    return [dict(d, label=groups.get(str(d["group"]), d.get("label", "")),
                 tied_names=[names.get(i, "?") for i in d["tied"]],
                 drawn_names=[names.get(i, "?") for i in d["drawn"]]) for d in election.lot_draws]


def _render(template: str, election, lang: str, **extra) -> bytes:
    with translation.override(lang):
        html = render_to_string(template, {**_context(election), **extra, "lang": lang})
    return pdf_from_html(html)


def notice_pdf(election, *, lang: str = "en") -> bytes:
    return _render("membership/elections/pdf/notice.html", election, lang)


def scrutiny_pdf(election, *, lang: str = "en") -> bytes:
    return _render("membership/elections/pdf/scrutiny.html", election, lang)


def result_pdf(election, *, lang: str = "en") -> bytes:
    from .services import reservation_unfilled

    return _render("membership/elections/pdf/result.html", election, lang, unfilled=reservation_unfilled(election))


DOCUMENTS = {"notice": notice_pdf, "scrutiny": scrutiny_pdf, "result": result_pdf}
