"""Societies for the public register's tests."""

from datetime import date

from registrar.models import District
from tests.gov_card.helpers import make_society, set_status


def district(code="SNT"):
    return District.objects.get(code=code)


def societies_for_search():
    """Five societies across two districts and every kind of status the filters name."""
    snt, kmp = district("SNT"), district("KMR") if District.objects.filter(code="KMR").exists() else None
    kmp = kmp or District.objects.exclude(code="SNT").order_by("pk").first()
    tezpur = make_society(snt, name="Tezpur Fishery Co-operative Society Limited", supervised=False,
                          area_of_operation="Tezpur town and Mission Chariali", name_as="তেজপুৰ মীন সমবায় সমিতি")
    weavers = make_society(snt, name="Jamugurihat Handloom Weavers Co-operative Society Limited", supervised=False,
                           society_type="handloom_weavers", area_of_operation="Jamugurihat")
    dairy = make_society(kmp, name="Rangia Milk Producers Co-operative Society Limited", supervised=False,
                         society_type="dairy", area_of_operation="Rangia")
    dissolved = set_status(make_society(snt, name="Dhekiajuli Tea Growers Co-operative Society Limited",
                                        supervised=False, registered_on=date(2001, 5, 2), society_type="farming"),
                           legal="dissolved", governance="board_ceased")
    liquidation = set_status(make_society(kmp, name="Nalbari Consumers Co-operative Store Limited",
                                          supervised=False, society_type="consumer_store"),
                             legal="in_liquidation", governance="officer_in_charge")
    return {"tezpur": tezpur, "weavers": weavers, "dairy": dairy, "dissolved": dissolved,
            "liquidation": liquidation}
