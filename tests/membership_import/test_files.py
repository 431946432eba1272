"""Hostile files: each refused with its own message, through the reader and through the upload page (never a
500). membership.imports.reading."""

import io
import zipfile

import pytest
from django.urls import reverse

from membership.imports import checking, reading
from membership.imports.checking import Context, check_rows
from membership.models import RegisterImport

from .helpers import HEADERS, csv_bytes, row, xlsx_bytes
from .test_checking import TODAY


def _refusal(name, data):
    with pytest.raises(reading.FileRefused) as caught:
        reading.read_table(name, data)
    return str(caught.value)


def test_import_file_of_another_type_is_refused():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    assert _refusal("register.csv", png) == str(reading.BINARY) % {"name": "register.csv"}
    assert _refusal("register.xlsx", b"Member number,Name\n1,A\n") == str(reading.WRONG_TYPE) % {
        "name": "register.xlsx"}
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    assert _refusal("register.xls", ole) == str(reading.OLD_EXCEL) % {"name": "register.xls"}
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w/>")
    assert _refusal("register.xlsx", docx.getvalue()) == str(reading.WRONG_TYPE) % {"name": "register.xlsx"}


def test_import_oversize_file_is_refused(monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 1024 * 1024)
    assert _refusal("big.csv", b"a" * (1024 * 1024 + 1)) == str(reading.TOO_LARGE) % {"name": "big.csv", "mb": 1}


def test_import_too_many_rows_is_refused(monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 3)
    assert _refusal("r.csv", csv_bytes([row(i) for i in range(1, 5)])) == str(reading.TOO_MANY_ROWS) % {
        "name": "r.csv", "limit": "3"}


def test_import_macro_workbook_is_refused():
    data = xlsx_bytes([row(1)])
    assert _refusal("register.xlsm", data) == str(reading.MACROS) % {"name": "register.xlsm"}
    with_macro = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(with_macro, "w") as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        out.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro")
    assert _refusal("register.xlsx", with_macro.getvalue()) == str(reading.MACROS) % {"name": "register.xlsx"}


def test_import_zip_bomb_is_refused_before_opening():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\x00" * (50 * 1024 * 1024))
    assert len(bomb.getvalue()) < 200_000
    assert _refusal("bomb.xlsx", bomb.getvalue()) == str(reading.ZIP_BOMB) % {"name": "bomb.xlsx"}


def test_import_formula_cells_are_refused_never_evaluated():
    data = xlsx_bytes([row(1), row(2)], cells={(2, 13): "=10*10", (3, 2): "=A1"})
    head, body = reading.read_table("register.xlsx", data)
    _rows, problems, count = check_rows(head, body, Context(today=TODAY))
    assert count == 2
    assert [(p.row, p.column, p.value, p.text()) for p in problems] == [
        (2, "Shares held", "=10*10", str(checking.FORMULA)),
        (3, "Name", "=A1", str(checking.FORMULA)),
    ]


def test_import_csv_not_in_utf8_is_refused_naming_the_line():
    data = csv_bytes([row(1), row(2, Name="Jyoti Baruah é")], bom=False, encoding="latin-1")
    assert _refusal("register.csv", data) == str(reading.NOT_UTF8) % {"name": "register.csv", "line": 3}
    utf16 = csv_bytes([row(1)], bom=False, encoding="utf-16")
    assert _refusal("register.csv", utf16) == str(reading.BINARY) % {"name": "register.csv"}


def test_import_csv_with_or_without_bom_is_read():
    for bom in (True, False):
        head, body = reading.read_table("r.csv", csv_bytes([row(1)], bom=bom))
        assert head[0] == HEADERS[0] and body[0][1] == "Member 1 Bora"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("register.csv", "latin", reading.NOT_UTF8),
    ("register.xlsm", "xlsx", reading.MACROS),
    ("register.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, reading.OLD_EXCEL),
    ("register.csv", b"", reading.EMPTY),
    ("register.xlsx", b"PK\x03\x04 damaged", reading.BAD_XLSX),
])
def test_import_hostile_upload_shows_its_reason_on_the_report_page(client, secretary, name, data, message,
                                                                    django_capture_on_commit_callbacks):
    import html

    from django.core.files.uploadedfile import SimpleUploadedFile

    if data == "latin":
        data = csv_bytes([row(1, Name="Bora é")], bom=False, encoding="latin-1")
    elif data == "xlsx":
        data = xlsx_bytes([row(1)])
    client.force_login(secretary)
    url = reverse("society_register_import", kwargs={"pk": secretary.society.pk})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 302
    job = RegisterImport.objects.get(society=secretary.society)
    assert job.state == RegisterImport.State.REFUSED and job.content is None
    page = client.get(response["Location"])
    assert page.status_code == 200
    expected = str(message) % job.file_error_params
    assert expected in html.unescape(page.content.decode())
    assert job.file_error_params["name"] == name


def test_import_oversize_upload_is_refused_on_the_upload_page(client, secretary, monkeypatch):
    from django.core.files.uploadedfile import SimpleUploadedFile

    monkeypatch.setattr(reading, "MAX_BYTES", 1024 * 1024)
    client.force_login(secretary)
    url = reverse("society_register_import", kwargs={"pk": secretary.society.pk})
    response = client.post(url, {"file": SimpleUploadedFile("big.csv", b"a" * (1024 * 1024 + 10))})
    assert response.status_code == 400
    assert "larger than the limit of 1 MB" in response.content.decode()
    assert not RegisterImport.objects.exists()
