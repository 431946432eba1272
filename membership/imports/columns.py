"""The columns of an imported register and the template files. Headers are matched without case, spaces or
punctuation, in English or Assamese (the template's second row explains each column)."""

import csv
import io

from django.utils.translation import gettext_lazy as _

from ..matching import normalise

# (key, English header, Assamese header, required, what it holds)
COLUMNS = [
    ("member_number", "Member number", "সদস্য নম্বৰ", True, _("Whole number, unique in the society")),
    ("name", "Name", "নাম", True, _("The member's name")),
    ("parent_name", "Father's or husband's name", "পিতা বা স্বামীৰ নাম", False, _("As the register has it")),
    ("parent_relation", "Relation", "সম্পৰ্ক", False, _("father, husband or mother (father if blank)")),
    ("gender", "Gender", "লিংগ", True, _("woman, man or other")),
    ("date_of_birth", "Date of birth", "জন্মৰ তাৰিখ", False, _("YYYY-MM-DD or DD-MM-YYYY; or give the age")),
    ("age_at_admission", "Age at admission", "ভৰ্তিৰ সময়ৰ বয়স", False, _("Years, when the date of birth is not known")),
    ("address", "Address", "ঠিকনা", False, _("Village or ward, post office")),
    ("category", "Category", "শ্ৰেণী", True, _("SC, ST, OBC or General, as the member declares")),
    ("occupation", "Occupation", "বৃত্তি", False, ""),
    ("member_class", "Class", "সদস্যৰ শ্ৰেণী", False, _("voting or non-voting (voting if blank)")),
    ("is_employee", "Employee of the society", "সমিতিৰ কৰ্মচাৰী", False, _("yes or no (no if blank)")),
    ("shares", "Shares held", "অংশৰ সংখ্যা", False, _("Whole number, 0 or more (0 if blank)")),
    ("admitted_on", "Date of admission", "ভৰ্তিৰ তাৰিখ", True, _("YYYY-MM-DD or DD-MM-YYYY, not in the future")),
    ("nominee_name", "Nominee", "মনোনীত ব্যক্তি", False, ""),
    ("nominee_relation", "Nominee's relation", "মনোনীত ব্যক্তিৰ সম্পৰ্ক", False, ""),
]
KEYS = [c[0] for c in COLUMNS]
REQUIRED = [c[0] for c in COLUMNS if c[3]]
ENGLISH = {c[0]: c[1] for c in COLUMNS}


def _header_key(text: str) -> str:
    return normalise(str(text or "")).replace(" ", "")


HEADER_ALIASES = {}
for _key, _en, _as, _req, _help in COLUMNS:
    for _alias in (_key, _en, _as):
        HEADER_ALIASES[_header_key(_alias)] = _key


def column_for(header) -> str | None:
    return HEADER_ALIASES.get(_header_key(header))


EXAMPLE = ["1", "Ranjit Bora", "Hemanta Bora", "father", "man", "1975-04-12", "", "Borgang, Sonitpur", "General",
           "Farmer", "voting", "no", "5", "2009-06-01", "Mamoni Bora", "wife"]


def template_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c[1] for c in COLUMNS])
    writer.writerow(EXAMPLE)
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # with a BOM: Excel then opens it as UTF-8


def template_xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append([c[1] for c in COLUMNS])
    sheet.append(EXAMPLE)
    notes = book.create_sheet("Columns")
    notes.append(["Column", "স্তম্ভ", "Required", "What it holds"])
    for key, en, as_, required, help_text in COLUMNS:
        notes.append([en, as_, "yes" if required else "", str(help_text)])
        del key
    for cell in sheet[1]:
        cell.number_format = "@"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
