"""How restructuring explains a society's status (societies.status): "Divided into A and B on 1 Jun 2027",
"Amalgamated into C …", "Merged into D …", each successor linked to its page in the public register.

One provider for the three statuses (s.13(5), s.14(5), s.15 by analogy): two queries for any list (the old
societies' transferor rows with their effective schemes, then those schemes' successors)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from societies.choices import LegalStatus
from societies.status import StatusLink, StatusNote, status_note

from .models import SchemeRole, SchemeSociety, SchemeState

TEXT = {LegalStatus.DIVIDED: _("Divided into %(names)s on %(day)s"),
        LegalStatus.AMALGAMATED: _("Amalgamated into %(names)s on %(day)s"),
        LegalStatus.MERGED_OUT: _("Merged into %(names)s on %(day)s")}


def public_url(society) -> str:
    return reverse("public_register_society", args=[society.registration_number])


def joined(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


def successors_by_society(society_ids) -> dict[int, tuple]:
    """{old society id: (scheme, [successor societies])} for the schemes in effect that took them (two queries)."""
    rows = list(SchemeSociety.objects.filter(role=SchemeRole.TRANSFEROR, society_id__in=society_ids,
                                             scheme__state=SchemeState.EFFECTIVE).select_related("scheme"))
    successors: dict[int, list] = {}
    for party in (SchemeSociety.objects.filter(scheme_id__in={r.scheme_id for r in rows})
                  .exclude(role=SchemeRole.TRANSFEROR).select_related("society").order_by("pk")):
        if party.society is not None:
            successors.setdefault(party.scheme_id, []).append(party.society)
    return {r.society_id: (r.scheme, successors.get(r.scheme_id, [])) for r in rows}


def _provider(status):
    def explain(societies, today):
        found = successors_by_society([s.pk for s in societies])
        notes = {}
        for society in societies:
            if society.pk not in found:
                continue
            scheme, successors = found[society.pk]
            text = TEXT[status] % {"names": joined([s.name for s in successors]),
                                   "day": f"{scheme.effective_on:%d %b %Y}"}
            notes[society.pk] = StatusNote(text, tuple(StatusLink(s.registration_number, public_url(s)) for s in successors),
                                           until=None)
        return notes

    explain.__name__ = f"explain_{status}"
    return explain


explain_divided = status_note(legal=LegalStatus.DIVIDED)(_provider(LegalStatus.DIVIDED))
explain_amalgamated = status_note(legal=LegalStatus.AMALGAMATED)(_provider(LegalStatus.AMALGAMATED))
explain_merged_out = status_note(legal=LegalStatus.MERGED_OUT)(_provider(LegalStatus.MERGED_OUT))
