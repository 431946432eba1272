"""The Schedule B headings: the matters a society's bye-laws must provide for (s.9(3): bye-laws are confined to
the matters of Schedule B and never override the Act). Every clause sits under one heading; a new society's
bye-laws start from this skeleton (`skeleton()`), and an office may load a model text (the national model
bye-laws of PACS, say) as a clause file under the same headings (societies.bylaws.clausefile).

The grouping follows the Schedule as rules.yaml cites it (Schedule B 8(a): the financial year; 8(e): the cap
on one member's shares, under "capital and funds"). The wording of the headings is the portal's summary, not
the Gazette text (docs/adr/0043-bye-laws-as-versioned-clauses.md).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Heading(models.TextChoices):
    IDENTITY = "1", _("1. Name, head office, seal and area of operation")
    AIMS = "2", _("2. Aims and services to members")
    MEMBERSHIP = "3", _("3. Membership: admission, rights, duties, withdrawal, termination")
    GENERAL_ASSEMBLY = "4", _("4. General Assembly: meetings, quorum, voting")
    BOARD = "5", _("5. Board of Directors and office-bearers")
    CHIEF_EXECUTIVE = "6", _("6. Chief Executive and employees")
    BUSINESS = "7", _("7. Business with members and others")
    FUNDS = "8", _("8. Financial year, capital, shares, funds and their use")
    ACCOUNTS = "9", _("9. Accounts, audit and the annual return")
    SURPLUS = "10", _("10. Surplus, reserve fund and dividend")
    AMENDMENT = "11", _("11. Amendment of the bye-laws")
    WINDING_UP = "12", _("12. Disputes, winding up and disposal of assets")


ORDER = {code: index for index, code in enumerate(Heading.values)}


def heading_sort_key(code: str) -> int:
    return ORDER.get(code, len(ORDER))


def skeleton() -> list[tuple[str, str]]:
    """The template of new bye-laws: each heading, in order, with no clause yet."""
    return [(heading.value, heading.label) for heading in Heading]
