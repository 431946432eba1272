"""Builders for the import tests: register files as CSV or XLSX bytes, and the flow through the services."""

import csv
import io
from datetime import date, timedelta

from membership.imports.columns import COLUMNS

HEADERS = [c[1] for c in COLUMNS]


def row(number, **overrides) -> dict:
    base = {"Member number": str(number), "Name": f"Member {number} Bora", "Father's or husband's name":
            f"Parent {number} Bora", "Relation": "father", "Gender": "woman" if number % 2 else "man",
            "Date of birth": "", "Age at admission": "30", "Address": "Borgang, Sonitpur", "Category": "General",
            "Occupation": "Farmer", "Class": "voting", "Employee of the society": "no", "Shares held": "3",
            "Date of admission": "2009-06-01", "Nominee": "", "Nominee's relation": ""}
    base.update(overrides)
    return base


def csv_bytes(rows, headers=HEADERS, *, bom=True, encoding="utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    for r in rows:
        writer.writerow([r.get(h, "") for h in headers])
    text = out.getvalue()
    return (("\ufeff" if bom else "") + text).encode(encoding)


def xlsx_bytes(rows, headers=HEADERS, *, cells=None) -> bytes:
    """An XLSX of `rows`; `cells` {(row, col): value} overrides single cells (a formula is a str "=...")."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for r in rows:
        sheet.append([r.get(h, "") or None for h in headers])
    for (r, c), value in (cells or {}).items():
        sheet.cell(row=r, column=c, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def many_rows(n, *, start=1):
    first = date(1990, 1, 1)
    return [row(i, **{"Date of admission": (first + timedelta(days=i % 9000)).isoformat(),
                      "Name": f"Bulk Member {i}", "Father's or husband's name": f"Bulk Parent {i}"})
            for i in range(start, start + n)]
