"""Winding up (ss.94-102, issue 21). The case is `WindingUp` (case.py); the liquidator's registers (claims,
contributories, calls, compromises, reports) and the closing (final report, dissolution, surplus) live in their own
modules beside it and are imported here."""

from .cancellation import CancellationRecord, Ground, NoticePosting
from .case import WindingUp, WindingUpRoute, WindingUpState

__all__ = ["CancellationRecord", "Ground", "NoticePosting", "WindingUp", "WindingUpRoute", "WindingUpState"]
