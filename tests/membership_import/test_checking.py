"""Per-row checks of an imported register: one test per rule, each asserting the row, the column and the
message verbatim (membership.imports.checking)."""

from datetime import date
from decimal import Decimal

import pytest

from membership.imports import checking, reading
from membership.imports.checking import Context, check_rows

from .helpers import HEADERS, csv_bytes, row

TODAY = date(2026, 12, 1)


def _check(rows, context=None, headers=HEADERS):
    head, body = reading.read_table("register.csv", csv_bytes(rows, headers))
    return check_rows(head, body, context or Context(today=TODAY))


def _only(problems):
    assert len(problems) == 1, [(p.row, p.column, p.text()) for p in problems]
    p = problems[0]
    return p.row, p.column, p.value, p.text()


def test_import_valid_rows_are_normalised_without_problems():
    rows, problems, count = _check([row(1, Category="সাধাৰণ", Gender="মহিলা"),
                                    row(2, Category="ST", **{"Date of birth": "12-04-1975", "Age at admission": ""})])
    assert (problems, count) == ([], 0)
    assert rows[0]["category"] == "general" and rows[0]["gender"] == "woman"
    assert rows[1]["category"] == "st" and rows[1]["date_of_birth"] == "1975-04-12"


def test_import_age_under_18_at_admission_is_refused():
    _rows, problems, _n = _check([row(1, **{"Age at admission": "17"})])
    assert _only(problems) == (2, "Age at admission", "17", str(checking.TOO_YOUNG) % {"age": 17, "min": 18})


def test_import_age_from_date_of_birth_under_18_is_refused():
    _rows, problems, _n = _check([row(1, **{"Date of birth": "1995-06-02", "Age at admission": "",
                                            "Date of admission": "2013-06-01"})])
    assert _only(problems) == (2, "Date of birth", "1995-06-02", str(checking.TOO_YOUNG) % {"age": 17, "min": 18})


def test_import_age_follows_the_bye_laws_higher_minimum():
    _rows, problems, _n = _check([row(1, **{"Age at admission": "20"})], Context(today=TODAY, min_age=21))
    assert _only(problems)[3] == str(checking.TOO_YOUNG) % {"age": 20, "min": 21}


def test_import_row_without_any_age_is_refused():
    _rows, problems, _n = _check([row(1, **{"Age at admission": ""})])
    assert _only(problems) == (2, "Age at admission", "", str(checking.NO_AGE) % {"min": 18})


def test_import_duplicate_number_within_the_file_names_the_other_row():
    _rows, problems, _n = _check([row(1), row(2), row(1, Name="Another Name")])
    assert _only(problems) == (4, "Member number", "1", str(checking.DUPLICATE_NUMBER_FILE) % {"number": 1,
                                                                                               "other": 2})


def test_import_duplicate_person_within_the_file_is_refused():
    _rows, problems, _n = _check([row(1), row(2, Name="member 1 BORA", **{"Father's or husband's name":
                                                                          "Parent 1 Bora"})])
    assert _only(problems) == (3, "Name", "member 1 BORA", str(checking.DUPLICATE_PERSON_FILE) % {"other": 2})


def test_import_number_or_person_already_in_the_society_is_refused():
    context = Context(today=TODAY, numbers=frozenset({7}),
                      people={checking.person_key("Member 1 Bora", "Parent 1 Bora", 1979): 41})
    _rows, problems, _n = _check([row(1), row(7, Name="New Person")], context)
    assert [(p.row, p.column, p.text()) for p in problems] == [
        (2, "Name", str(checking.DUPLICATE_PERSON_REGISTER) % {"number": 41}),
        (3, "Member number", str(checking.DUPLICATE_NUMBER_REGISTER) % {"number": 7}),
    ]


def test_import_negative_or_fractional_shares_are_refused():
    _rows, problems, _n = _check([row(1, **{"Shares held": "-2"}), row(2, **{"Shares held": "2.5"})])
    assert [(p.row, p.column, p.value, p.text()) for p in problems] == [
        (2, "Shares held", "-2", str(checking.NEGATIVE_SHARES)),
        (3, "Shares held", "2.5", str(checking.NOT_WHOLE_NUMBER)),
    ]


def test_import_shares_over_the_holding_cap_are_refused():
    _rows, problems, _n = _check([row(1, **{"Shares held": "60"})], Context(today=TODAY, cap_shares=50))
    assert _only(problems) == (2, "Shares held", "60", str(checking.OVER_CAP_SHARES) % {"shares": 60, "cap": 50})


def test_import_shares_over_the_percent_cap_of_issued_shares_are_refused():
    context = Context(today=TODAY, cap_percent=Decimal("10.00"), issued_before=100)
    _rows, problems, _n = _check([row(1, **{"Shares held": "20"}), row(2, **{"Shares held": "5"})], context)
    assert _only(problems) == (2, "Shares held", "20", str(checking.OVER_CAP_PERCENT) % {
        "shares": 20, "cap": "10.00", "issued": 125})


def test_import_admission_in_future_is_refused_but_before_the_act_is_allowed():
    rows, problems, _n = _check([row(1, **{"Date of admission": "1987-03-01"}),
                                 row(2, **{"Date of admission": "2026-12-02"})])
    assert _only(problems) == (3, "Date of admission", "2026-12-02", str(checking.DATE_IN_FUTURE))
    assert rows == []  # all or nothing: a file with a problem yields no row to enter
    rows, problems, _n = _check([row(1, **{"Date of admission": "1987-03-01"})])
    assert problems == [] and rows[0]["admitted_on"] == "1987-03-01"


def test_import_unreadable_date_is_refused():
    _rows, problems, _n = _check([row(1, **{"Date of admission": "31-02-2010"})])
    assert _only(problems) == (2, "Date of admission", "31-02-2010", str(checking.BAD_DATE))


@pytest.mark.parametrize(("given", "stored"), [("SC", "sc"), ("st", "st"), ("OBC", "obc"), ("General", "general"),
                                              ("অনুসূচিত জাতি", "sc"), ("অনুসূচিত জনজাতি", "st"),
                                              ("অন্যান্য পিছপৰা শ্ৰেণী", "obc"), ("সাধাৰণ", "general")])
def test_import_category_in_english_or_assamese_is_accepted(given, stored):
    rows, problems, _n = _check([row(1, Category=given)])
    assert problems == [] and rows[0]["category"] == stored


def test_import_unknown_category_is_refused_with_the_choices():
    _rows, problems, _n = _check([row(1, Category="Backward")])
    assert _only(problems) == (2, "Category", "Backward", str(checking.BAD_CHOICE) % {
        "choices": checking.CHOICES_TEXT["category"]})


def test_import_missing_required_column_is_refused_on_row_1():
    headers = [h for h in HEADERS if h != "Category"]
    _rows, problems, _n = _check([row(1)], headers=headers)
    assert _only(problems) == (1, "Category", "", str(checking.MISSING_COLUMN) % {"column": "Category"})


def test_import_assamese_headers_are_understood():
    from membership.imports.columns import COLUMNS

    assamese = [c[2] for c in COLUMNS]
    head, body = reading.read_table("r.csv", csv_bytes([{a: row(1)[e] for a, e in zip(assamese, HEADERS,
                                                                                      strict=True)}], assamese))
    rows, problems, _n = check_rows(head, body, Context(today=TODAY))
    assert problems == [] and rows[0]["name"] == "Member 1 Bora"


def test_import_text_that_looks_like_a_formula_is_refused():
    _rows, problems, _n = _check([row(1, Name='=HYPERLINK("http://x.example","click")')])
    assert _only(problems)[1:] == ("Name", '=HYPERLINK("http://x.example","click")', str(checking.FORMULA_LIKE))
