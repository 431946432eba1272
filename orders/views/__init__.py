"""Views of the register of orders: one module per page family (register, verify, stays, transfers)."""
