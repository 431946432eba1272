"""What the closing registers at start-up (imported by LiquidationConfig.ready): activity codes, order kinds, the
eight-year clock, the receiver that opens the closing row, and the status notes of "in liquidation" and
"dissolved" (societies.status)."""

from . import (  # noqa: F401
    actions_closing,
    clocks_closing,
    closing_orders,
    receivers_closing,
    sections_closing,
    status_notes_closing,
)
