"""How winding up explains a society's status (societies.status): filled by the liquidation issue (21)."""
