"""Societies brought into liquidation through the cancellation part's own services (never rows set by hand):
the society's resolution, the order naming the liquidator, the Gazette's publication and the effect sweeper."""

from datetime import date, timedelta
from itertools import count

from guardian.shortcuts import assign_perm

from liquidation.models import WindingUp
from liquidation.services import cancellation, gazette
from liquidation.services import closing as closing_services
from registrar import sweeps
from societies.models import Society
from tests.conftest import make_user

_n = count(1)


def society(district, *, name=None) -> Society:
    n = next(_n)
    return Society.objects.create(
        registration_number=f"{district.code}/REG/L3/{n:05d}", name=name or f"Borpukhuri {n} Weavers Co-operative "
        "Society Limited", society_type="weavers", district=district, address=f"Ward {n}, {district.name}",
        registered_on=date(2024, 4, 10))


def ordered(district, officer, liquidator, *, order_on: date, published_on: date | None = None, name=None,
            soc=None):
    """A voluntary cancellation ordered on `order_on` (the liquidator appointed that day), optionally gazetted."""
    soc = soc or society(district, name=name)
    secretary = make_user(f"sec.l3.{soc.pk}")
    assign_perm("societies.act_as_secretary", secretary, soc)
    case = cancellation.resolution_file(
        society_id=soc.pk, actor=secretary, meeting_on=order_on - timedelta(days=10), members_present=40,
        votes_for=35, agenda_circulated=True, resolution_text="Dissolve the society; it has ceased working.",
        today=order_on - timedelta(days=5))
    case = cancellation.cancellation_order(winding_up_id=case.pk, actor=officer, liquidator_id=liquidator.pk,
                                           grounds="The members resolved to dissolve it.", today=order_on)
    if published_on is not None:
        gazette.gazette_publication_record(winding_up_id=case.pk, actor=officer, gazette_number="AG-77/2026",
                                           published_on=published_on, today=published_on)
    return WindingUp.objects.select_related("society", "cancellation_order").get(pk=case.pk)


def in_liquidation(district, officer, liquidator, *, order_on: date, name=None, soc=None):
    """Ordered, gazetted a week later, and taken effect by the sweeper once the two months ran out."""
    case = ordered(district, officer, liquidator, order_on=order_on, published_on=order_on + timedelta(days=7),
                   name=name, soc=soc)
    order = case.cancellation_order
    order.refresh_from_db()
    sweeps.run_all(today=order.takes_effect_after + timedelta(days=1), only="cancellations_take_effect")
    return WindingUp.objects.select_related("society", "cancellation_order").get(pk=case.pk)


def report_filed(case, liquidator, *, filed_on: date, surplus="0", bye_law_object=""):
    from decimal import Decimal

    return closing_services.closing_file_report(
        winding_up_id=case.pk, actor=liquidator, today=filed_on, filed_on=filed_on,
        summary="All assets realised and every admitted claim paid.", assets_realised=Decimal("120000"),
        liabilities_paid=Decimal("90000"), surplus_amount=Decimal(surplus), bye_law_object=bye_law_object)


def dissolved(district, officer, liquidator, *, order_on: date, dissolve_on: date, name=None, soc=None):
    case = in_liquidation(district, officer, liquidator, order_on=order_on, name=name, soc=soc)
    report_filed(case, liquidator, filed_on=dissolve_on)
    closing_services.closing_dissolve(winding_up_id=case.pk, actor=officer, today=dissolve_on,
                                      dissolved_on=dissolve_on, records_custody="District record room")
    return WindingUp.objects.select_related("society", "closing", "closing__certificate").get(pk=case.pk)
