"""What the portal already knows about a s.139(2) ground of a PACS (reads only; grounds.py decides).

- Losses in three consecutive years (s.139(2)(i)): the profit or loss of the filed audit reports (audit's
  AuditReport.profit_or_loss, by the audited year's end). Where fewer than three years are audited, the officer
  records the figures with a note (Supersession.evidence) and says where they come from.
- A perpetual lack of quorum (s.139(2)(iv) Explanation): the newest three general meetings or the newest three
  Board meetings supervision recorded all failed for want of quorum (rules.yaml pacs_supersession_grounds notes:
  Board or General Assembly not stated; default either).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .grounds import (
    CONSECUTIVE_INQUORATE_MEETINGS,
    CONSECUTIVE_LOSS_YEARS,
    consecutive_losses,
    perpetual_lack_of_quorum,
)
from .models import Ground

LOSSES_NOT_SHOWN = _("The audits of the last three consecutive years do not show a loss in each (%(found)s). "
                     "Where the audits are not in the portal, record the three years' figures and where they come "
                     "from in the note.")
QUORUM_NOT_SHOWN = _("The last three general meetings or the last three Board meetings recorded did not all fail "
                     "for want of quorum (%(found)s). If the meetings are not in the portal, record their dates "
                     "and what happened in the note.")
NOTE_NEEDED = _("Describe the irregularities or fraud, or the judicial direction (court, case number, date).")


@dataclass(frozen=True)
class Evidence:
    shown: bool          # the portal's own records show the ground
    summary: str         # what was checked, for the case file


def audit_figures(society) -> list[tuple[object, object]]:
    """(financial year end, profit or loss) of the filed audit reports, newest first."""
    from audit.models import AuditReport

    rows = (AuditReport.objects.filter(audit__society=society).order_by("-audit__fy_end")
            .values_list("audit__fy_end", "profit_or_loss")[:CONSECUTIVE_LOSS_YEARS])
    return list(rows)


def meeting_quorums(society) -> tuple[list[bool], list[bool]]:
    """quorum_met of the newest three general meetings and the newest three Board meetings, newest first."""
    from societies.governance.models import BoardMeeting, GeneralMeeting

    general = list(GeneralMeeting.objects.filter(society=society).order_by("-held_on", "-pk")
                   .values_list("quorum_met", flat=True)[:CONSECUTIVE_INQUORATE_MEETINGS])
    board = list(BoardMeeting.objects.filter(society=society).order_by("-held_on", "-pk")
                 .values_list("quorum_met", flat=True)[:CONSECUTIVE_INQUORATE_MEETINGS])
    return general, board


def check(society, ground: str) -> Evidence | None:
    """What the records show for a s.139(2) ground the portal can check; None for the others."""
    if ground == Ground.PACS_LOSSES:
        figures = audit_figures(society)
        found = "; ".join(f"{end:%Y}: {amount}" for end, amount in figures) or "—"
        return Evidence(consecutive_losses(figures), f"Audited profit (+) / loss (−) by year end: {found}")
    if ground == Ground.PACS_NO_QUORUM:
        general, board = meeting_quorums(society)
        shown = perpetual_lack_of_quorum(general) or perpetual_lack_of_quorum(board)
        found = (f"general meetings with quorum: {['yes' if q else 'no' for q in general]}; "
                 f"Board meetings with quorum: {['yes' if q else 'no' for q in board]}")
        return Evidence(shown, found)
    return None
