"""Business actions of the statutory audit, one module per concern: the panel (panel), opening and allotting a
year's audit (allotment), the fee (fees); the audit work and report are audit.services.work."""
