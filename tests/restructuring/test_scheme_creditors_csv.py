"""The creditors' file read as hostile input: every problem named by row, nothing saved unless all rows pass."""

from datetime import date
from decimal import Decimal

import pytest

from membership.imports.reading import FileRefused, read_table
from societies.restructuring.models import Recipient
from societies.restructuring.services.creditors import ImportRefused, creditors_import, parse_creditors

from .helpers_scheme import file_division, society_with_members

HEADER = "name,address,email,amount\n"


def _parse(text: str):
    headers, rows = read_table("creditors.csv", text.encode())
    return parse_creditors(headers, rows)


@pytest.mark.parametrize(("body", "expected"), [
    ('"=HYPERLINK(""http://x"")",Tezpur,,100\n', "a spreadsheet would run as a formula"),
    ("+91 Bank,Tezpur,,100\n", "a spreadsheet would run as a formula"),
    ("@SUM(A1),Tezpur,,100\n", "a spreadsheet would run as a formula"),
    ("Tezpur Bank,\"-cmd|' /C calc'!A0\",,100\n", "a spreadsheet would run as a formula"),
    ("Tezpur Bank,Tezpur,not-an-address,100\n", "is not an e-mail address"),
    ("Tezpur Bank,Tezpur,,-5\n", "is not an amount in rupees"),
    ("Tezpur Bank,Tezpur,,12.345\n", "is not an amount in rupees"),
    ("Tezpur Bank,Tezpur,,1e400\n", "is not an amount in rupees"),
    ("Tezpur Bank,Tezpur,,NaN\n", "is not an amount in rupees"),
    (",Tezpur,,100\n", "Give the creditor's name."),
    ("Tezpur\x07Bank,Tezpur,,100\n", "control characters"),
    ("Tezpur Bank,Tezpur,,100\nTEZPUR  bank,tezpur,,50\n", "The same creditor as on row 2."),
])
def test_creditors_file_rows_with_hostile_cells_are_named(body, expected):
    _creditors, problems = _parse(HEADER + body)
    assert problems and any(expected in message for p in problems for message in p.messages), problems


def test_creditors_file_without_the_columns_is_refused():
    _creditors, problems = _parse("who,how much\nTezpur Bank,100\n")
    assert problems[0].row == 1 and "name, amount" in problems[0].messages[0]


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "is empty"),
    (b"name,amount\n\xff\xfeTezpur,100\n", "is not UTF-8"),
    (b"name,amount\nTez\x00pur,100\n", "binary data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old Excel file"),
    (b'name,amount\n"Tezpur,100\n', "could not be read as CSV"),
])
def test_creditors_file_that_cannot_be_read_safely_is_refused(data, expected):
    with pytest.raises(FileRefused) as refused:
        read_table("creditors.csv", data)
    assert expected in str(refused.value)


def test_creditors_file_with_too_many_rows_is_refused():
    _creditors, problems = _parse(HEADER + "".join(f"Creditor {i},,,1\n" for i in range(5001)))
    assert "At most 5000 creditors" in problems[0].messages[0]


@pytest.mark.django_db
def test_creditors_import_saves_nothing_unless_every_row_passes(secretary, sonitpur):
    society = society_with_members(sonitpur, secretary, size=2)
    scheme = file_division(secretary, society, size=2)
    bad = (HEADER + "Tezpur Central Bank,Tezpur,bank@example.com,\"1,50,000.50\"\n=cmd,x,,1\n").encode()
    with pytest.raises(ImportRefused) as refused:
        creditors_import(actor=secretary, scheme_id=scheme.pk, society_id=society.pk, today=date(2026, 1, 3),
                         filename="creditors.csv", data=bad)
    assert [p.row for p in refused.value.problems] == [3]
    assert not scheme.notices.filter(recipient=Recipient.CREDITOR).exists()
    good = (HEADER + "Tezpur Central Bank,Tezpur,bank@example.com,\"1,50,000.50\"\nRam Das,Dhekiajuli,,0\n").encode()
    made = creditors_import(actor=secretary, scheme_id=scheme.pk, society_id=society.pk, today=date(2026, 1, 3),
                            filename="creditors.csv", data=good)
    assert [(n.name, n.amount) for n in made] == [("Tezpur Central Bank", Decimal("150000.50")),
                                                  ("Ram Das", Decimal("0.00"))]
    with pytest.raises(ImportRefused) as again:   # the same creditors twice: refused, by row
        creditors_import(actor=secretary, scheme_id=scheme.pk, society_id=society.pk, today=date(2026, 1, 3),
                         filename="creditors.csv", data=good)
    assert [p.row for p in again.value.problems] == [2, 3]
