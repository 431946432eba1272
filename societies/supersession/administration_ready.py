"""The administrators' part of supersession, wired at start-up (apps.ready): its clocks, order kind, activity codes,
and the hooks supervision calls without importing this app (the administrator acts as the Board; a superseded
Board's breaches are flagged, never applied; the new Board's election ends the supersession)."""


def ready() -> None:
    from societies.choices import GovernanceStatus
    from societies.governance.permissions import register_acting_for_board
    from societies.governance.services.board import register_board_constituted
    from societies.governance.sweepers.board_endings import register_settle_instead

    from . import (  # noqa: F401
        administration,
        administration_actions,
        administration_orders,
        public_register,
        status_notes,
    )
    from .election import end_on_new_board
    from .supervision import _administrator_acts, settle_superseded

    register_acting_for_board(_administrator_acts)
    register_settle_instead(GovernanceStatus.SUPERSEDED, settle_superseded)
    register_board_constituted(end_on_new_board)
