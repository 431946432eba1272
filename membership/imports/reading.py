"""Reading an uploaded register, assuming the file is hostile. Nothing here touches the database.

`read_table(name, data)` returns (headers, rows): rows are lists of cell values (str, int, float, date,
datetime or None), numbered from 2 (the header is row 1). A file that cannot be read safely raises
`FileRefused(message, params)`; its message is shown as it stands, never a 500.

- Type from the content, not the name: XLSX is a zip with an Excel workbook inside; .xlsm, .xls and a workbook
  holding macros (vbaProject.bin, a macro-enabled content type) are refused; anything else must be UTF-8 text.
- Bounds: MAX_BYTES on the upload, MAX_ROWS data rows, MAX_COLUMNS columns, MAX_CELL_CHARS per cell.
- XLSX: the zip directory is read first and refused if it unpacks to more than MAX_UNPACKED_BYTES, holds more
  than MAX_ZIP_ENTRIES files, or compresses any entry more than MAX_RATIO times (a zip bomb). The workbook is
  then read in openpyxl's read-only, streaming mode. A formula is never evaluated: its cell comes back as
  `Formula(text)` and the row check refuses it ("paste the values").
- CSV: UTF-8, with or without a byte-order mark; any other encoding is refused with the line where it fails.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

MAX_BYTES = 8 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 40
MAX_CELL_CHARS = 500
MAX_UNPACKED_BYTES = 120 * 1024 * 1024
MAX_ZIP_ENTRIES = 200
MAX_RATIO = 150

EMPTY = _("“%(name)s” is empty.")
TOO_LARGE = _("“%(name)s” is larger than the limit of %(mb)s MB. Split the register into two files.")
WRONG_TYPE = _("“%(name)s” is not a CSV or XLSX file. Save the register as “CSV UTF-8” or as an Excel workbook "
               "(.xlsx) and upload that.")
OLD_EXCEL = _("“%(name)s” is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as an Excel "
              "workbook (.xlsx).")
MACROS = _("“%(name)s” contains macros (a macro-enabled workbook). Save it as a plain Excel workbook (.xlsx), "
           "without macros, and upload that.")
ZIP_BOMB = _("“%(name)s” unpacks to far more data than a register holds. Save the register again as a plain "
             "workbook and upload that.")
BAD_XLSX = _("“%(name)s” could not be read as an Excel workbook (%(detail)s). Save it again as .xlsx, or as "
             "“CSV UTF-8”.")
NOT_UTF8 = _("“%(name)s” is not UTF-8 text (the first unreadable character is on line %(line)s). In Excel choose "
             "“Save as” → “CSV UTF-8 (comma delimited)”; in LibreOffice choose the character set “Unicode "
             "(UTF-8)”.")
BINARY = _("“%(name)s” contains binary data, not text. Save the register as “CSV UTF-8” and upload that.")
BAD_CSV = _("“%(name)s” could not be read as CSV on line %(line)s (%(detail)s).")
TOO_MANY_ROWS = _("“%(name)s” has more than %(limit)s rows. Split the register into files of at most %(limit)s "
                  "members.")
TOO_MANY_COLUMNS = _("“%(name)s” has more than %(limit)s columns. Use the template's columns.")
CELL_TOO_LONG = _("A cell on row %(row)s of “%(name)s” is longer than %(limit)s characters.")
NO_ROWS = _("“%(name)s” has a header row but no members under it.")


@dataclass
class FileRefused(Exception):
    message: object
    params: dict = field(default_factory=dict)

    def __str__(self):
        return str(self.message) % self.params


@dataclass(frozen=True)
class Formula:
    """A cell that holds a formula: kept as text for the report, never evaluated."""

    text: str

    def __str__(self):
        return self.text


def kind_of(data: bytes) -> str:
    """'xlsx', 'xls' or 'text' from the first bytes."""
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "xls"
    return "text"


def read_table(name: str, data: bytes) -> tuple[list, list[list]]:
    params = {"name": name}
    if not data:
        raise FileRefused(EMPTY, params)
    if len(data) > MAX_BYTES:
        raise FileRefused(TOO_LARGE, {**params, "mb": MAX_BYTES // (1024 * 1024)})
    lowered = name.lower()
    if lowered.endswith((".xlsm", ".xltm", ".xlam")):
        raise FileRefused(MACROS, params)
    kind = kind_of(data)
    if kind == "xls":
        raise FileRefused(OLD_EXCEL, params)
    if kind == "xlsx":
        rows = _read_xlsx(name, data)
    else:
        if lowered.endswith((".xlsx", ".xls", ".ods", ".pdf", ".doc", ".docx", ".zip")):
            raise FileRefused(WRONG_TYPE, params)
        rows = _read_csv(name, data)
    # Trailing empty rows (spreadsheets keep formatted blank rows) are not members.
    while rows and all(v is None or str(v).strip() == "" for v in rows[-1]):
        rows.pop()
    if not rows:
        raise FileRefused(EMPTY, params)
    headers, body = rows[0], rows[1:]
    if len(headers) > MAX_COLUMNS:
        raise FileRefused(TOO_MANY_COLUMNS, {**params, "limit": MAX_COLUMNS})
    if not body:
        raise FileRefused(NO_ROWS, params)
    return headers, body


def _check_row(name: str, number: int, row: list) -> None:
    if number > MAX_ROWS + 1:
        raise FileRefused(TOO_MANY_ROWS, {"name": name, "limit": f"{MAX_ROWS:,}"})
    if len(row) > MAX_COLUMNS:
        # A formatted but empty column far to the right is harmless; a value there is not.
        if any(v not in (None, "") for v in row[MAX_COLUMNS:]):
            raise FileRefused(TOO_MANY_COLUMNS, {"name": name, "limit": MAX_COLUMNS})
        del row[MAX_COLUMNS:]
    for value in row:
        if isinstance(value, str | Formula) and len(str(value)) > MAX_CELL_CHARS:
            raise FileRefused(CELL_TOO_LONG, {"name": name, "row": number, "limit": MAX_CELL_CHARS})


def _read_csv(name: str, data: bytes) -> list[list]:
    if b"\x00" in data:
        raise FileRefused(BINARY, {"name": name})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise FileRefused(NOT_UTF8, {"name": name, "line": line}) from None
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for number, row in enumerate(reader, start=1):
            _check_row(name, number, row)
            rows.append([cell if cell != "" else None for cell in row])
    except csv.Error as exc:
        raise FileRefused(BAD_CSV, {"name": name, "line": reader.line_num, "detail": str(exc)}) from None
    return rows


def _check_zip(name: str, data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise FileRefused(BAD_XLSX, {"name": name, "detail": str(exc)[:100]}) from None
    if len(entries) > MAX_ZIP_ENTRIES:
        raise FileRefused(ZIP_BOMB, {"name": name})
    unpacked = 0
    for entry in entries:
        unpacked += entry.file_size
        if entry.file_size > 1024 * 1024 and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise FileRefused(ZIP_BOMB, {"name": name})
        lowered = entry.filename.lower()
        if lowered.endswith("vbaproject.bin") or lowered.endswith(".bin") and "activex" in lowered:
            raise FileRefused(MACROS, {"name": name})
    if unpacked > MAX_UNPACKED_BYTES:
        raise FileRefused(ZIP_BOMB, {"name": name})
    names = {e.filename for e in entries}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/worksheets/") for n in names):
        raise FileRefused(WRONG_TYPE, {"name": name})
    types = archive.read("[Content_Types].xml")
    if b"macroEnabled" in types or b"vbaProject" in types:
        raise FileRefused(MACROS, {"name": name})


def _read_xlsx(name: str, data: bytes) -> list[list]:
    _check_zip(name, data)
    from openpyxl import load_workbook

    try:
        # read_only streams the sheet; data_only=False so a formula is seen as one (and refused), never computed;
        # keep_links=False drops links to other workbooks.
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file: each is a refusal, not a 500
        raise FileRefused(BAD_XLSX, {"name": name, "detail": f"{type(exc).__name__}: {str(exc)[:80]}"}) from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            row = []
            for cell in cells:
                value = getattr(cell, "value", None)
                if getattr(cell, "data_type", None) == "f" or (isinstance(value, str) and value.startswith("=")
                                                                and getattr(cell, "data_type", "") != "s"):
                    value = Formula(str(value))
                row.append(value)
            while row and row[-1] is None:
                row.pop()
            _check_row(name, number, row)
            rows.append(row)
    except FileRefused:
        raise
    except Exception as exc:
        raise FileRefused(BAD_XLSX, {"name": name, "detail": f"{type(exc).__name__}: {str(exc)[:80]}"}) from None
    finally:
        book.close()
    return rows
