"""What supersession adds to the public register (openregister, ADR 0049): a section of the society's public page
and of the API detail with the public facts of its supersessions — superseded or suspended on which day (s.125),
administrators until when, and the day a new Board was elected. Never the ground, the opinion, the report or the
objections (an inquiry's matter is not public). Two queries at most. Imported from administration_ready."""

from django.utils.translation import gettext_lazy as _

from openregister.sections import PublicSection, public_section

from .models import IN_CHARGE_STATES, Supersession, SupersessionState

SUPERSEDED_ON = _("The Board was superseded on %(day)s (s.125).")
SUSPENDED_ON = _("The Board was suspended on %(day)s (s.125).")
UNTIL = _("Departmental administrators act as the Board until %(day)s.")
ENDED = _("A new Board was elected on %(day)s.")
SHOWN = (*IN_CHARGE_STATES, SupersessionState.ENDED)


def _cases(society):
    return list(Supersession.objects.filter(society=society, state__in=SHOWN, superseded_on__isnull=False)
                .order_by("-superseded_on", "-pk")[:5])


def _entries(society):
    entries = []
    for case in _cases(society):
        day = f"{case.superseded_on:%d %b %Y}"
        lines = [str((SUSPENDED_ON if case.state == SupersessionState.SUSPENDED else SUPERSEDED_ON) % {"day": day})]
        if case.state in IN_CHARGE_STATES and case.period_ends_on:
            lines.append(str(UNTIL % {"day": f"{case.period_ends_on:%d %b %Y}"}))
        if case.ended_on:
            lines.append(str(ENDED % {"day": f"{case.ended_on:%d %b %Y}"}))
        entries.append({"lines": lines, "case": case})
    return entries


def _context(society, today):
    entries = _entries(society)
    return {"entries": entries} if entries else None


def _api(society, today):
    cases = _cases(society)
    if not cases:
        return None
    return [{"state": c.state, "superseded_on": c.superseded_on.isoformat(),
             "administrators_until": c.period_ends_on.isoformat() if c.period_ends_on else None,
             "ended_on": c.ended_on.isoformat() if c.ended_on else None} for c in cases]


public_section(PublicSection("supersession", _("Supersession of the Board"),
                             "openregister/sections/supersession.html", _context, api=_api, order=20))
