"""Reversal of a Board ended by a Registrar's order (supervision; appeals.reversals).

A compliance flag confirmed by order (orders kind governance.flag_order) can end the Board: accounts not ready
for the AGM (s.30), an AGM adjourned past its last day (s.39). Setting that order aside puts back the Board, its
directors ceased by the order (bar removed) and the society's governance status — the same restoration the
rectification of a sweeper's dissolution does (societies.governance.rectifiers._restore_board), reused here on
the order's own activity entry. A flag order that ended no Board reverses to nothing beyond the register.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from orders.kinds import FLAG_ORDER
from registrar.models import ActivityEntry
from societies.governance.actions import GovernanceAction
from societies.governance.rectifiers import _restore_board
from societies.governance.services.effects import _CESSATION_FOR_END

from ..reversals import reversal_for

SUMMARY_BOARD = _("The order's ending of the Board is reversed: the Board of %(name)s is back in office and its "
                  "directors are restored without the bar.")
SUMMARY_NO_BOARD = _("The order ended no Board; setting it aside changes the register only.")


@reversal_for(FLAG_ORDER.code, description=_("A Board ended by the order is restored."))
def board_ending_reversed(order, *, by, actor, today) -> str:
    entry = (ActivityEntry.objects.filter(action=GovernanceAction.FLAG_CONFIRMED,
                                          target=f"governance.complianceflag:{order.target_id}")
             .order_by("-seq").first())
    if entry is None or "board" not in (entry.data or {}) or entry.data.get("reason") not in _CESSATION_FOR_END:
        return gettext(SUMMARY_NO_BOARD)
    reason = entry.data["reason"]
    society, _board = _restore_board(entry, reason=reason, cessation=_CESSATION_FOR_END[reason], order=by,
                                     today=today)
    return gettext(SUMMARY_BOARD) % {"name": society.name}
