"""What the supervision sweepers share: the facts texts of flags and small helpers."""

from datetime import date

from django.utils.translation import gettext_lazy as _

from societies.models import Society

from ..models import (
    ComplianceFlag,
)

Kind = ComplianceFlag.Kind
FACTS_GAP = _("No Board meeting was held between the last one and %(on)s (more than 120 days). The office-holder "
              "ceased from the office on %(on)s with the 3-year bar (s.43(3)-(4)); whether the 5-year bar on being "
              "a Director (s.40(4)) also applies is for the Registrar to decide.")
FACTS_FEW = _("Only %(count)s Board meeting(s) with quorum in the year %(start)s to %(end)s (at least four, s.43(1)). "
              "The office-holder ceased from the office on %(end)s; the 5-year Director bar (s.40(4)) is for the "
              "Registrar to decide.")
FACTS_PART_YEAR = _("The Board was in office for %(days)s day(s) of the year %(start)s to %(end)s and held %(count)s "
                    "Board meeting(s) with quorum, fewer than the %(needed)s a pro rata share of four requires. A part "
                    "year carries no automatic cessation (rules.yaml board_meetings_min_4_per_fy).")
FACTS_ADJOURNED = _("The AGM of the year ending %(end)s was adjourned to %(to)s, after the last day %(last)s "
                    "(s.34, s.39). Dissolution needs the Registrar's finding.")
FACTS_OVERRUN = _("Officer in charge appointed on %(on)s by order %(number)s; no Board was constituted by %(due)s "
                  "(s.41(6)). The officer continues until the Registrar orders otherwise.")
DEEMED_DETAIL = _("The Registrar did not act within 15 days of receipt (s.45(1)).")


def _d(day: date) -> str:
    return f"{day:%d %b %Y}"


def _lock_society(pk: int) -> Society | None:
    return Society.objects.select_for_update(skip_locked=True, of=("self",)).filter(pk=pk).first()
