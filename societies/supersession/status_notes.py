"""How supersession explains a society's status (societies.status)."""
