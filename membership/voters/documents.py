"""Printable voter lists and objection decisions (s.26(3)): English or Assamese, through the portal's one PDF
writer (societies.documents.pdf_from_html, bundled Lohit font). The notice-board copy of a list is printed in
the language asked (?lang=en|as, else the page's)."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from registrar import clock

from ..models import VoterList, VoterObjection

KINDS = ("provisional", "final")
LANGS = ("en", "as")


def _lang(request) -> str:
    asked = (request.GET.get("lang") or "").strip()
    return asked if asked in LANGS else (translation.get_language() or "en").split("-")[0]


def _pdf(request, template: str, context: dict, filename: str) -> HttpResponse:
    from societies.documents import pdf_from_html

    lang = _lang(request)
    with translation.override(lang):
        html = render_to_string(template, {**context, "lang": lang, "today": clock.today()})
    response = HttpResponse(pdf_from_html(html), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}-{lang}.pdf"'
    return response


def list_rows(voter_list: VoterList, kind: str) -> tuple[list, list]:
    """(with a vote, without a vote) as affixed: the provisional lists as prepared, the final as decided."""
    field = "has_vote_provisional" if kind == "provisional" else "has_vote"
    rows = list(voter_list.entries.order_by("number"))
    return [r for r in rows if getattr(r, field)], [r for r in rows if not getattr(r, field)]


def voter_list_pdf(request, voter_list: VoterList, kind: str) -> HttpResponse:
    with_vote, without_vote = list_rows(voter_list, kind)
    affixed = voter_list.provisional_affixed_on if kind == "provisional" else voter_list.final_affixed_on
    return _pdf(request, "membership/voters/pdf/list.html", {
        "voter_list": voter_list, "society": voter_list.society, "kind": kind, "affixed_on": affixed,
        "with_vote": with_vote, "without_vote": without_vote,
    }, f"voter-list-{kind}-{voter_list.society_id}-{voter_list.year_ended_on:%Y}")


def objection_decision_pdf(request, objection: VoterObjection) -> HttpResponse:
    return _pdf(request, "membership/voters/pdf/objection.html", {
        "objection": objection, "voter_list": objection.voter_list, "society": objection.voter_list.society,
    }, f"voter-objection-{objection.pk}")
