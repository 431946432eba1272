"""The creditors the society lists for the scheme's notices (s.13(2), s.14(2): every creditor has the option of
withdrawing their claim): one at a time from a form, or many from a CSV/XLSX read as hostile input
(membership.imports.reading: size, type, encoding, rows, columns and cell bounds), every row checked and
nothing saved unless every row passes."""

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from membership.imports.reading import FileRefused, Formula, read_table
from registrar import activity
from registrar.row_import import ImportRefused, RowProblem

from ..actions import SchemeAction
from ..models import Recipient, SchemeNotice
from .common import lock_scheme, require_sanction, require_transferor_secretary
from .notices import _open_for_notices, refresh_windows_close_on

MAX_CREDITORS = 5000
MAX_AMOUNT = Decimal("999999999999.99")
COLUMNS = ("name", "address", "email", "amount")
NAME_NEEDED = _("Give the creditor's name.")
NAME_TOO_LONG = _("The name is longer than 200 characters.")
# A cell beginning with = + - @ (or a tab or carriage return) is run as a formula when a spreadsheet opens an
# exported list (CSV injection): refused, never stored.
FORMULA_START = _("%(column)s begins with “%(char)s”, which a spreadsheet would run as a formula: remove it.")
CONTROL_CHARS = _("%(column)s holds control characters.")
BAD_EMAIL = _("“%(value)s” is not an e-mail address.")
BAD_AMOUNT = _("The claim “%(value)s” is not an amount in rupees (up to two decimals, not negative).")
DUPLICATE = _("%(name)s is already among the creditors of this scheme.")
DUPLICATE_IN_FILE = _("The same creditor as on row %(first)s.")
MISSING_COLUMNS = _("The file lacks the column(s) %(columns)s. Use the header row: name, address, email, amount.")
TOO_MANY = _("At most %(limit)s creditors in one file.")
FORMULA_CELL = _("%(column)s holds a formula: paste the values.")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Creditor:
    name: str
    address: str = ""
    email: str = ""
    amount: Decimal = Decimal(0)




def _text_problems(column: str, value: str) -> list[str]:
    problems = []
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        problems.append(str(FORMULA_START % {"column": column, "char": value[:1].replace("\t", "TAB")}))
    if _CONTROL.search(value):
        problems.append(str(CONTROL_CHARS % {"column": column}))
    return problems


def _amount(value) -> Decimal | None:
    text = str(value if value is not None else "0").replace(",", "").replace("₹", "").strip() or "0"
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount < 0 or amount > MAX_AMOUNT or amount != amount.quantize(Decimal("0.01")):
        return None
    return amount.quantize(Decimal("0.01"))


def check_creditor(raw: dict) -> tuple[Creditor, dict[str, list[str]]]:
    """One creditor's particulars, checked as the form and the file both check them: (creditor, {field: msgs})."""
    problems: dict[str, list[str]] = {}
    name = str(raw.get("name") or "").strip()
    address = str(raw.get("address") or "").strip()
    email = str(raw.get("email") or "").strip()
    if not name:
        problems.setdefault("name", []).append(str(NAME_NEEDED))
    elif len(name) > 200:
        problems.setdefault("name", []).append(str(NAME_TOO_LONG))
    for column, value in (("name", name), ("address", address), ("email", email)):
        found = _text_problems(column, value)
        if found:
            problems.setdefault(column, []).extend(found)
    if email:
        try:
            validate_email(email)
        except ValidationError:
            problems.setdefault("email", []).append(str(BAD_EMAIL % {"value": email[:60]}))
    amount = _amount(raw.get("amount"))
    if amount is None:
        problems.setdefault("amount", []).append(str(BAD_AMOUNT % {"value": str(raw.get("amount"))[:40]}))
    return Creditor(name, address, email, amount or Decimal(0)), problems


def _key(creditor: Creditor) -> tuple[str, str]:
    return (" ".join(creditor.name.lower().split()), " ".join(creditor.address.lower().split()))


def _existing_keys(scheme, party) -> set:
    return {_key(Creditor(n, a)) for n, a in SchemeNotice.objects.filter(
        scheme=scheme, transferor=party, recipient=Recipient.CREDITOR).values_list("name", "address")}


@transaction.atomic
def creditor_add(*, actor, scheme_id: int, society_id: int, today: date, name: str, address: str = "",
                 email: str = "", amount=Decimal(0)) -> SchemeNotice:
    """One creditor, entered on the form; their notice is then produced and served like a member's."""
    scheme = lock_scheme(scheme_id)
    party = require_transferor_secretary(actor, scheme, society_id)
    _open_for_notices(scheme)
    require_sanction(scheme)
    creditor, problems = check_creditor({"name": name, "address": address, "email": email, "amount": amount})
    if not problems and _key(creditor) in _existing_keys(scheme, party):
        problems["name"] = [str(DUPLICATE % {"name": creditor.name})]
    if problems:
        raise ValidationError({f: [ValidationError(m) for m in msgs] for f, msgs in problems.items()})
    notice = SchemeNotice.objects.create(scheme=scheme, transferor=party, recipient=Recipient.CREDITOR,
                                         name=creditor.name, address=creditor.address, email=creditor.email,
                                         amount=creditor.amount)
    refresh_windows_close_on(scheme)
    activity.record(SchemeAction.CREDITOR_ADDED, actor=actor, society=party.society, target=scheme,
                    data={"notice": notice.pk, "amount": creditor.amount})
    return notice


def parse_creditors(headers, rows) -> tuple[list[Creditor], list[RowProblem]]:
    index = {str(h).strip().lower(): i for i, h in enumerate(headers) if h is not None}
    missing = [c for c in ("name", "amount") if c not in index]
    if missing:
        return [], [RowProblem(1, [str(MISSING_COLUMNS % {"columns": ", ".join(missing)})])]
    if len(rows) > MAX_CREDITORS:
        return [], [RowProblem(1, [str(TOO_MANY % {"limit": MAX_CREDITORS})])]
    parsed, problems, seen = [], [], {}
    for number, row in enumerate(rows, start=2):
        cells = {c: (row[index[c]] if c in index and index[c] < len(row) else None) for c in COLUMNS}
        messages = [str(FORMULA_CELL % {"column": c}) for c, v in cells.items() if isinstance(v, Formula)]
        cells = {c: (None if isinstance(v, Formula) else v) for c, v in cells.items()}
        creditor, found = check_creditor(cells)
        for field_messages in found.values():
            messages.extend(field_messages)
        key = _key(creditor)
        if creditor.name and key in seen:
            messages.append(str(DUPLICATE_IN_FILE % {"first": seen[key]}))
        seen.setdefault(key, number)
        if messages:
            problems.append(RowProblem(number, messages))
        parsed.append(creditor)
    return parsed, problems


@transaction.atomic
def creditors_import(*, actor, scheme_id: int, society_id: int, today: date, filename: str,
                     data: bytes) -> list[SchemeNotice]:
    """The society's list of creditors from a CSV (UTF-8) or XLSX file with the columns name, address, email,
    amount. All or nothing: ImportRefused lists every row's problems and nothing is saved."""
    scheme = lock_scheme(scheme_id)
    party = require_transferor_secretary(actor, scheme, society_id)
    _open_for_notices(scheme)
    require_sanction(scheme)
    try:
        headers, rows = read_table(filename, data)
    except FileRefused as refused:
        raise ImportRefused([RowProblem(1, [str(refused)])]) from None
    creditors, problems = parse_creditors(headers, rows)
    existing = _existing_keys(scheme, party)
    for number, creditor in enumerate(creditors, start=2):
        if creditor.name and _key(creditor) in existing:
            problems.append(RowProblem(number, [str(DUPLICATE % {"name": creditor.name})]))
    if problems:
        raise ImportRefused(sorted(problems, key=lambda p: p.row))
    notices = SchemeNotice.objects.bulk_create([
        SchemeNotice(scheme=scheme, transferor=party, recipient=Recipient.CREDITOR, name=c.name, address=c.address,
                     email=c.email, amount=c.amount) for c in creditors])
    refresh_windows_close_on(scheme)
    activity.record(SchemeAction.CREDITORS_IMPORTED, actor=actor, society=party.society, target=scheme,
                    data={"file": filename[:100], "creditors": len(notices),
                          "total": sum((c.amount for c in creditors), Decimal(0))})
    return notices
