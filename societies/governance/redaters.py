"""Re-dating open annual returns when the office is suddenly closed (registrar.redating, ADR 0007).

The annual return is a filing by the society at the office, so its last day rolls past closed days (General
Clauses Act s.10). A year whose stored FinancialYear.returns_last_day falls on a newly closed day, and whose
return is not yet filed, gets the last day recomputed with the new closed days: from the AGM date
(rules.returns_last_day, annual_returns_30d) or, with no AGM, from the AGM deadline
(rules.returns_last_day_without_agm, lifecycles.md §14 default).
"""

from datetime import date

from registrar.redating import Redated, redater

from . import rules
from .models import FinancialYear

RULE_ID = "annual_returns_30d"


@redater("annual_returns")
def returns_redate(*, closed_day: date, closed_days: frozenset[date], today: date) -> list[Redated]:
    """Move every unfiled year's last day that `closed_day` closes; one Redated per year moved."""
    moved = []
    # fy_returns_due_idx: returns_last_day WHERE returns_filed_on IS NULL. A last day before today has passed
    # and is not re-opened.
    years = (FinancialYear.objects.select_for_update(of=("self",)).select_related("society")
             .filter(returns_filed_on__isnull=True, returns_last_day=closed_day, returns_last_day__gte=today)
             .order_by("pk"))
    for year in years:
        if year.agm_held_on is not None:
            new = rules.returns_last_day(year.agm_held_on, closed_days)
        else:
            new = rules.returns_last_day_without_agm(year.ends_on, closed_days)
        if new == year.returns_last_day:
            continue
        moved.append(Redated(society=year.society, subject_label=f"the annual return for {year.label}",
                             rule_id=RULE_ID, old_last_day=year.returns_last_day, new_last_day=new, target=year))
        year.returns_last_day = new
        year.save(update_fields=["returns_last_day"])
    return moved
