"""What restructuring adds to the public register (openregister, ADR 0049): a section of the society's public page
and of the API detail — on an old society, what it was divided, amalgamated or merged into, when and by which
order; on a successor, what formed it ("formed by the division of …") — and the change-feed event of the effect.
The approval order itself is a public order (orders.APPROVAL, public=True). Imported from the app's ready()."""

from django.utils.translation import gettext_lazy as _

from openregister.feed import PublicChange, public_change
from openregister.sections import PublicSection, public_section

from .actions_effect import EffectAction
from .models import SchemeKind, SchemeRole, SchemeSociety, SchemeState
from .status_notes import public_url

FORMED_BY = {SchemeKind.DIVISION: _("Formed by the division of %(names)s on %(day)s."),
             SchemeKind.AMALGAMATION: _("Formed by the amalgamation of %(names)s on %(day)s."),
             SchemeKind.MERGER: _("%(names)s merged into this society on %(day)s.")}
BECAME = {SchemeKind.DIVISION: _("Divided on %(day)s into:"),
          SchemeKind.AMALGAMATION: _("Amalgamated on %(day)s into:"),
          SchemeKind.MERGER: _("Merged on %(day)s into:")}


def _schemes(society):
    """The schemes in effect this society took part in, with their parties (two queries)."""
    own = list(SchemeSociety.objects.filter(society=society, scheme__state=SchemeState.EFFECTIVE)
               .select_related("scheme__approval_order"))
    parties = list(SchemeSociety.objects.filter(scheme_id__in=[p.scheme_id for p in own], society__isnull=False)
                   .select_related("society").order_by("pk"))
    return [(p, [q for q in parties if q.scheme_id == p.scheme_id]) for p in own]


def _entries(society):
    entries = []
    for party, parties in _schemes(society):
        scheme = party.scheme
        day = f"{scheme.effective_on:%d %b %Y}"
        if party.role == SchemeRole.TRANSFEROR:
            others = [q.society for q in parties if q.role != SchemeRole.TRANSFEROR]
            text = BECAME[scheme.kind] % {"day": day}
            relation = "successors"
        else:
            others = [q.society for q in parties if q.role == SchemeRole.TRANSFEROR]
            text = FORMED_BY[scheme.kind] % {"names": ", ".join(s.name for s in others), "day": day}
            relation = "formed_from"
        order = scheme.approval_order
        entries.append({"text": text, "kind": scheme.kind, "relation": relation, "effective_on": scheme.effective_on,
                        "societies": [{"name": s.name, "registration_number": s.registration_number,
                                       "url": public_url(s)} for s in others],
                        "order": order})
    return entries


def _context(society, today):
    entries = _entries(society)
    return {"entries": entries} if entries else None


def _api(society, today):
    entries = _entries(society)
    if not entries:
        return None
    return [{"kind": e["kind"], "relation": e["relation"], "effective_on": e["effective_on"].isoformat(),
             "societies": [{"registration_number": s["registration_number"], "name": s["name"]}
                           for s in e["societies"]],
             "approval_order": e["order"].number if e["order"] else None} for e in entries]


public_section(PublicSection("restructuring", _("Division, amalgamation or merger"),
                             "openregister/sections/restructuring.html", _context, api=_api, order=15))


def _describe(entry):
    data = entry.data or {}
    return {"restructuring": data.get("kind"), "effective_on": data.get("effective_on"),
            "successors": [s.get("registration_number") for s in data.get("successors", [])]}


public_change(PublicChange(EffectAction.SOCIETY_RESTRUCTURED.value, "restructured", _describe))
