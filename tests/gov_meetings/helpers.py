"""Builders for the Board, meetings and proceedings tests. Dates are hand-computed (statute/README.md)."""

from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile

from societies.governance.models import FinancialYear
from societies.governance.services import board as board_services
from societies.governance.services import meetings as meeting_services
from societies.governance.services.supervision import supervision_start
from tests.societies.helpers import tiny_pdf

# The conftest secretary's society is registered on 10 Apr 2025: its first year ends 31 Mar 2026 and the AGM for
# that year is due by 30 Sep 2026 (s.39).
FY_END = date(2026, 3, 31)


def slate(n: int = 11, *, names=None) -> list[dict]:
    names = names or [f"Director {i}" for i in range(1, n + 1)]
    rows = [{"name": name, "gender": "woman" if i % 2 else "man", "category": "general", "is_coopted": False,
             "office": "director"} for i, name in enumerate(names)]
    rows[0]["office"] = "president"
    rows[1]["office"] = "vice_president"
    return rows


def start(society):
    """Promoter Board and the first financial year, as registration opens them."""
    return supervision_start(society)


def elect(secretary, *, result_on=date(2026, 6, 1), today=None, strength=11, directors=None):
    return board_services.election_record(
        society_id=secretary.society.pk, actor=secretary, today=today or result_on, result_on=result_on,
        sanctioned_strength=strength, directors=directors or slate(strength))


def year(society) -> FinancialYear:
    return FinancialYear.objects.get(society=society, ends_on=FY_END)


def record_agm(secretary, *, held_on=date(2026, 9, 20), eligible=250, present=40, today=None, **extra):
    society = secretary.society
    return meeting_services.general_meeting_record(
        society_id=society.pk, actor=secretary, today=today or held_on, kind="agm", held_on=held_on,
        members_eligible=eligible, members_present=present, financial_year_id=year(society).pk, **extra)


def pdf_upload(name="proceedings.pdf"):
    return SimpleUploadedFile(name, tiny_pdf(), content_type="application/pdf")
