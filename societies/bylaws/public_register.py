"""What the bye-laws add to the public register (openregister): a section of the society's public page and of
the API detail (the version in force, its date, how many versions), the certified amendment as a public order,
and the change-feed event when an amendment is registered. Imported from BylawsConfig.ready."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from openregister.feed import PublicChange, public_change
from openregister.sections import PublicSection, public_section

from . import selectors


def _current(society, today):
    versions = list(selectors.versions_of(society))
    current = next((v for v in versions if v.effective_from <= today), None)
    return current, versions


def _context(society, today):
    current, versions = _current(society, today)
    if current is None:
        return None
    return {"current": current, "count": len(versions),
            "url": reverse("public_bylaws", args=[society.public_token])}


def _api(society, today):
    current, versions = _current(society, today)
    if current is None:
        return None
    return {"version": current.number, "in_force_from": current.effective_from.isoformat(),
            "transcribed": current.transcribed, "versions": len(versions),
            "consolidated_pdf": reverse("public_bylaws_pdf", args=[society.public_token])}


public_section(PublicSection("bye_laws", _("Bye-laws"), "openregister/sections/bye_laws.html", _context,
                             api=_api, order=20))
public_change(PublicChange("bylaws.amendment_registered", "amendment_registered"))
