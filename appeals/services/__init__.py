"""One function per business action on an appeal, a review petition, a hearing or a dispute (design.md)."""

from .decision import appeal_award_costs, appeal_decide, appeal_record_copy  # noqa: F401
from .filing import appeal_file  # noqa: F401
from .proceedings import (  # noqa: F401
    appeal_delay_decide,
    appeal_stay,
    appeal_stay_vacate,
    hearing_adjourn,
    hearing_fix,
    hearing_hold,
)
