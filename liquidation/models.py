"""Cancellation, liquidation and demand certificates (ss.94-102, 114). Models arrive with the liquidation issue."""
