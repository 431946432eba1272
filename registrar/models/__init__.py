from .accounts import EmailVerification, FailedLogin, ThrottleCounter
from .activity import ActivityCheckpoint, ActivityEntry, ActivityTally
from .notifications import Notification
from .numbering import ReferenceCounter
from .office import District, Holiday, Office, Officer, Rank, User
from .rectification import RectificationOrder
from .sweeps import RehearsalCopy, SweepProblem, SweepRun

__all__ = [
    "ActivityCheckpoint",
    "ActivityEntry",
    "ActivityTally",
    "District",
    "EmailVerification",
    "FailedLogin",
    "Holiday",
    "Notification",
    "Office",
    "Officer",
    "Rank",
    "RectificationOrder",
    "ReferenceCounter",
    "RehearsalCopy",
    "ThrottleCounter",
    "SweepProblem",
    "SweepRun",
    "User",
]
