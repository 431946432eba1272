"""Winding up (ss.94-102, issue 21). The case is `WindingUp` (case.py); the liquidator's registers (claims,
contributories, calls, compromises, reports) and the closing (final report, dissolution, surplus) live in their own
modules beside it and are imported here."""

from .cancellation import CancellationRecord, Ground, NoticePosting
from .case import WindingUp, WindingUpRoute, WindingUpState
from .claims import Claim, ClaimClass, ClaimSource, ClaimStatus
from .closing import Closing, ClosingStage, ExtensionBy, LimitExtension, SurplusBasis
from .contributories import Call, Contributory, ContributoryBasis
from .workspace import (
                        Asset,
                        Compromise,
                        CompromiseState,
                        DistributionLine,
                        DistributionSchedule,
                        LeaveState,
                        LeaveToSue,
                        QuarterlyReport,
)

__all__ = ["Asset", "Call", "Claim", "ClaimClass", "ClaimSource", "ClaimStatus", "Compromise", "CompromiseState",
           "Contributory", "ContributoryBasis", "DistributionLine", "DistributionSchedule", "LeaveState",
           "LeaveToSue", "QuarterlyReport",
           "Closing", "ClosingStage", "ExtensionBy", "LimitExtension", "SurplusBasis",
           "CancellationRecord", "Ground", "NoticePosting", "WindingUp", "WindingUpRoute", "WindingUpState"]
