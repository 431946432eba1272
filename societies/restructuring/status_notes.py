"""How restructuring explains a society's status (societies.status)."""
