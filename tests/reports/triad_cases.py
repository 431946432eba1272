"""Permission-triad cases for the office reports (tests/test_permission_triad.py)."""

from tests.triad import Case


def _sonitpur_society(p):
    from datetime import date

    from registrar.models import District
    from tests.gov_card.helpers import make_society

    make_society(District.objects.get(code="SNT"), name="Jamugurihat Report Weavers Co-operative Society Limited",
                 registered_on=date(2025, 4, 10))
    return {"slug": "compliance"}, None, "Jamugurihat Report Weavers"


CASES = [
    Case("report_index", "office"),
    # A report names no record: the Kamrup ARCS gets 200 with Kamrup's figures (tests/reports/test_reports.py
    # checks the figures are of each officer's jurisdiction).
    Case("report_detail", "office", build=_sonitpur_society, about_record=False),
]
