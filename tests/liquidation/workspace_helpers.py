"""Builders for the liquidator's workspace tests: a society under cancellation or in liquidation, its cancellation
order in the register, and an officer named liquidator (Dipankar, an inspector of Sonitpur)."""

from datetime import date

from liquidation.models import WindingUp
from liquidation.models.case import WindingUpState
from orders.services import order_issue
from registrar.models import District, Rank
from tests.conftest import make_officer
from tests.membership.helpers import make_society

ORDER_ON = date(2026, 3, 2)
PUBLISHED_ON = date(2026, 3, 10)
TODAY = date(2026, 6, 1)


def liquidator_officer(username="liquidator.sonitpur"):
    """Dipankar, an inspector of Sonitpur named liquidator in the cancellation order."""
    return make_officer(username, Rank.INSPECTOR, ["SNT"])


def winding_up(arcs, liquidator, *, society=None, state=WindingUpState.IN_LIQUIDATION, order_on=ORDER_ON,
               published_on=PUBLISHED_ON, district_code="SNT") -> WindingUp:
    district = District.objects.get(code=district_code)
    society = society or make_society(district, name="Borgang Weavers Co-operative Society Limited")
    order = order_issue(kind="liquidation.cancellation", made_on=order_on, society=society, officer=arcs,
                        subject=f"Registration of {society.name} cancelled")
    return WindingUp.objects.create(
        society=society, district=district, route="compulsory", state=state, opened_on=date(2026, 1, 15),
        cancellation_order=order, liquidator=liquidator, liquidator_appointed_on=order_on,
        gazette_number="ASM/2026/114" if published_on else "", gazette_published_on=published_on,
        takes_effect_on=date(2026, 5, 11) if state == WindingUpState.IN_LIQUIDATION else None)
