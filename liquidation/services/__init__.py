"""Services of winding up, one module per concern (cancellation, the liquidator's workspace, closing)."""
