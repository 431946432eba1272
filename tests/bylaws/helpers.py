"""Builders for bye-law tests: a society's registered version and an amendment filed, through the services."""

from datetime import date
from decimal import Decimal

from django.core.files.base import ContentFile

from societies.bylaws import services

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
BASE_TEXT = """# 1
1. The name of the society is Dhekiajuli Dairy Co-operative Society Limited.
2. The head office is at Dhekiajuli, Sonitpur.
# 3
5. Any person of eighteen years who lives in the area may be admitted.
6. A member may withdraw after one year.
"""


def pdf(name="copy.pdf"):
    return ContentFile(PDF_BYTES, name=name)


def record_version(officer, society, *, on=date(2025, 4, 10), text=BASE_TEXT, with_pdf=False):
    return services.version_record(actor=officer, society_id=society.pk, effective_from=on, today=on,
                                   text=text, pdf=pdf("bylaws.pdf") if with_pdf else None)


def file_amendment(secretary, society, *, today=date(2026, 7, 1), meeting_on=None, resolution_on=None,
                   clause_text=None, **extra):
    meeting_on = meeting_on or date(2026, 6, 20)
    fields = {"kind": "clauses", "meeting_on": meeting_on, "resolution_on": resolution_on or meeting_on,
                  "resolution_text": "Resolved to amend clause 5.", "members_on_register": 40, "attended": "1-20",
                  "voted_for": "1-15", "voted_against": "16-18", "employees": "", "president_signed": True,
                  "signing_directors": "Director One\nDirector Two", "resolution_copy": pdf(),
                  "clause_text": BASE_TEXT.replace("eighteen years", "eighteen years or more")
                  if clause_text is None else clause_text}
    fields.update(extra)
    return services.amendment_file(actor=secretary, society_id=society.pk, today=today, **fields)


def register(officer, amendment, today, fee=Decimal("100.00")):
    return services.amendment_register(actor=officer, amendment_id=amendment.pk, today=today,
                                       checklist={"consistent": True, "schedule_a": True}, fee=fee)


def fresh(row):
    return type(row).objects.get(pk=row.pk)
