"""Which grounds of supersession the Act allows for which society, as pure functions (no database).

- Any society: the four grounds of s.125 (persistent default or negligence, a prejudicial act, failure to comply
  with the Registrar's directions, a stalemate in the Board).
- A PACS only on the grounds of s.139(2) (rules.yaml pacs_supersession_grounds): losses in three consecutive
  years, serious financial irregularities or fraud, a judicial direction, a perpetual lack of quorum.
- The State Co-operative Bank only with the Reserve Bank's prior approval (s.139(1)): a reference and a date.
- A co-operative bank at the Reserve Bank's requisition (s.4A) or on its advice (s.146(1)): no inquiry first.

Which societies are PACS and the State Co-operative Bank: the portal has no flag of its own. In Assam a PACS is
the Gaon Panchayat Samabay Samity (SocietyType.GPSS) and the co-operative bank type is the credit structure's
bank; bye-laws (societies.bylaws.rules.is_credit_structure, s.141/s.133) already decide it so, and this module
reads the same sets (ADR 0052).
"""

from django.utils.translation import gettext_lazy as _

from societies.bylaws.rules import CREDIT_STRUCTURE_TYPES, PACS_TYPES

from .models import PACS_GROUNDS, RESERVE_BANK_GROUNDS, Ground

BANK_TYPES = frozenset({"cooperative_bank"})
SECTION_125_GROUNDS = (Ground.DEFAULT_OR_NEGLIGENCE, Ground.PREJUDICIAL_ACT, Ground.DIRECTIONS_NOT_COMPLIED,
                       Ground.STALEMATE)
CONSECUTIVE_LOSS_YEARS = 3        # pacs_supersession_grounds limit.consecutive_loss_years
CONSECUTIVE_INQUORATE_MEETINGS = 3  # pacs_supersession_grounds limit.consecutive_inquorate_meetings

PACS_ONLY_139 = _("A PACS may be superseded only on the grounds of s.139(2): losses in three consecutive years, "
                  "serious financial irregularities or fraud, a judicial direction, or a perpetual lack of quorum.")
S139_ONLY_PACS = _("The grounds of s.139(2) are for a PACS; for this society choose a ground of s.125.")
RBI_ONLY_BANK = _("The Reserve Bank's requisition (s.4A) or advice (s.146(1)) is a route for a co-operative bank "
                  "only.")
RBI_APPROVAL_NEEDED = _("The State Co-operative Bank may be superseded only with the Reserve Bank's prior approval "
                        "(s.139(1)): give its reference and date.")
RBI_REFERENCE_NEEDED = _("Give the reference and date of the Reserve Bank's letter.")


def _type(society) -> str:
    return getattr(society, "society_type", society)


def is_pacs(society) -> bool:
    """s.139, s.134: a Primary Agricultural Credit Society; in Assam the GPSS."""
    return _type(society) in PACS_TYPES


def is_credit_structure(society) -> bool:
    """s.134, s.133: a PACS or the State Co-operative Bank (as societies.bylaws.rules.is_credit_structure)."""
    return _type(society) in CREDIT_STRUCTURE_TYPES


def is_cooperative_bank(society) -> bool:
    """s.4A, s.139(1), s.146: the co-operative bank (the State Co-operative Bank of the credit structure)."""
    return _type(society) in BANK_TYPES


def allowed_grounds(society) -> tuple[str, ...]:
    """The grounds the Act allows for this society."""
    if is_pacs(society):
        return PACS_GROUNDS
    if is_cooperative_bank(society):
        return (*SECTION_125_GROUNDS, *RESERVE_BANK_GROUNDS)
    return SECTION_125_GROUNDS


def ground_error(society, ground: str, *, rbi_reference: str = "", rbi_dated=None):
    """The message refusing this ground for this society, or None when the Act allows it."""
    if ground in RESERVE_BANK_GROUNDS:
        if not is_cooperative_bank(society):
            return RBI_ONLY_BANK
        if not rbi_reference.strip() or rbi_dated is None:
            return RBI_REFERENCE_NEEDED
        return None
    if is_pacs(society):
        return None if ground in PACS_GROUNDS else PACS_ONLY_139
    if ground in PACS_GROUNDS:
        return S139_ONLY_PACS
    if is_cooperative_bank(society) and (not rbi_reference.strip() or rbi_dated is None):
        # s.139(1): the State Co-operative Bank, on any s.125 ground, only with the Reserve Bank's prior approval.
        return RBI_APPROVAL_NEEDED
    return None


def skips_inquiry(ground: str) -> bool:
    """s.4A, s.146(1): the routes that follow Reserve Bank action are not preceded by an inquiry or inspection."""
    return ground in RESERVE_BANK_GROUNDS


def consecutive_losses(figures: list[tuple[object, object]]) -> bool:
    """s.139(2)(i): losses in three consecutive years. `figures` are (financial year end, profit or loss) for
    the latest years, newest first; a loss is a negative figure. True when the newest three consecutive years
    (no year missing between them) are all losses."""
    if len(figures) < CONSECUTIVE_LOSS_YEARS:
        return False
    latest = figures[:CONSECUTIVE_LOSS_YEARS]
    years = [getattr(end, "year", end) for end, _amount in latest]
    consecutive = all(years[i] - years[i + 1] == 1 for i in range(len(years) - 1))
    return consecutive and all(amount is not None and amount < 0 for _end, amount in latest)


def perpetual_lack_of_quorum(quorum_met_newest_first: list[bool]) -> bool:
    """s.139(2)(iv) Explanation: three consecutive meetings failed for want of quorum (the newest three)."""
    latest = quorum_met_newest_first[:CONSECUTIVE_INQUORATE_MEETINGS]
    return len(latest) == CONSECUTIVE_INQUORATE_MEETINGS and not any(latest)
