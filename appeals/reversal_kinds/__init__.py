"""The reversals this module provides for the kinds declared before it (registration, supervision). Later modules
register theirs in their own `reversals.py` (appeals.reversals explains how)."""

from . import governance, registration  # noqa: F401  (registers on import; liquidation registers its own)
