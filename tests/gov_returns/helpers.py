"""Builders for annual-return tests. Literal dates follow statute/README.md worked example 4 (s.129(1))."""

import io
from datetime import date
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from societies.governance import rules
from societies.governance.models import FinancialYear
from societies.governance.services import returns as services
from societies.governance.services.supervision import supervision_start

FY_END = date(2026, 3, 31)  # the secretary's society registered 10 Apr 2025: its first year ends 31 Mar 2026
AGM = date(2026, 9, 20)
LAST_DAY = date(2026, 10, 20)  # AGM 20 Sep 2026 + 30 days (statute/README.md example 4)


def tiny_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdfs() -> dict:
    return {name: SimpleUploadedFile(f"{name}.pdf", tiny_pdf(), content_type="application/pdf")
            for name in services.UPLOAD_FIELDS}


def open_year(society) -> FinancialYear:
    """Promoter Board and the first financial year (the conftest society is created without them)."""
    supervision_start(society)
    return FinancialYear.objects.get(society=society, ends_on=FY_END)


def hold_agm(year: FinancialYear, on: date = AGM) -> FinancialYear:
    """What recording the AGM does to the year's clocks (the meetings service owns that; tests only need it)."""
    year.agm_held_on = on
    year.returns_last_day = rules.returns_last_day(on)
    year.save(update_fields=["agm_held_on", "returns_last_day"])
    return year


def full_data(**override) -> dict:
    data = {
        "members_start_women": 40, "members_start_men": 55, "members_start_other": 0,
        "members_end_women": 42, "members_end_men": 56, "members_end_other": 1,
        "members_end_general": 60, "members_end_sc": 10, "members_end_st": 20, "members_end_obc": 9,
        "share_capital": Decimal("250000.00"), "deposits": Decimal("1200000.00"), "borrowings": Decimal("0"),
        "loans_outstanding": Decimal("900000.00"), "turnover": Decimal("3400000.00"),
        "profit_or_loss": Decimal("-12500.50"), "reserves": Decimal("45000.00"),
        "agm_held_on": AGM, "last_audit_on": date(2026, 7, 15), "audit_class": "B",
        "board_directors": 11, "board_women": 4, "last_election_on": None,
    }
    data.update(override)
    return data


def post_data(**override) -> dict:
    """The same as plain form fields (what a browser or a benchmark client posts)."""
    return {k: ("" if v is None else (v.isoformat() if isinstance(v, date) else str(v)))
            for k, v in full_data(**override).items()}


def file_return(secretary, year, *, today=date(2026, 10, 1), **override):
    return services.return_file(society=year.society, financial_year_id=year.pk, actor=secretary,
                                today=today, data=full_data(**override), files=pdfs())


def make_society(district, n: int, *, secretary=None):
    """A registered society with its first year open (registered 10 Apr 2025: year ends 31 Mar 2026)."""
    from guardian.shortcuts import assign_perm

    from societies.models import Society

    society = Society.objects.create(
        registration_number=f"{district.code}/REG/2025/{n + 100:04d}", name=f"Society {n:03d} Co-operative Limited",
        society_type="dairy", district=district, address=f"Village {n}, {district.name}",
        registered_on=date(2025, 4, 10))
    if secretary is not None:
        assign_perm("societies.act_as_secretary", secretary, society)
    return society, open_year(society)
