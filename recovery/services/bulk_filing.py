"""A bank's CSV or XLSX of many requisitions (s.102(1)): every row checked like a single filing, and nothing
saved unless every row passes (all or nothing). The single filing is filing.py."""

from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.row_import import ImportRefused, RowProblem

from .. import permissions, rules
from ..actions import RecoveryAction
from ..models import Claimant, Requisition
from .filing import DUPLICATE_IN_FILE, Particulars, _create, check_particulars

CSV_COLUMNS = ("debtor_name", "debtor_parent_name", "debtor_address", "lender", "loan_account",
               "loan_sanctioned_on", "principal", "interest_rate", "interest_from", "interest_to", "costs",
               "property_schedule")
MISSING_COLUMNS = _("The file lacks the column(s) %(columns)s. Use the template's header row.")
BAD_DATE = _("%(column)s: “%(value)s” is not a date (dd-mm-yyyy).")
BAD_AMOUNT = _("%(column)s: “%(value)s” is not an amount.")
FORMULA = _("%(column)s holds a formula: paste the values.")


def _cell_date(value, column, messages):
    from datetime import datetime

    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    for fmt in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(str(value).strip(), fmt).date()  # noqa: DTZ007 (a date)
        except ValueError:
            continue
    messages.append(str(BAD_DATE % {"column": column, "value": str(value)[:40]}))
    return None


def _cell_amount(value, column, messages):
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value).replace(",", "").replace("₹", "").strip())
    except InvalidOperation:
        messages.append(str(BAD_AMOUNT % {"column": column, "value": str(value)[:40]}))
        return None


def parse_rows(headers, rows, today) -> tuple[list[Particulars], list[RowProblem]]:
    """Each row checked as a single filing would be, plus loans repeated within the file."""
    from membership.imports.reading import Formula

    index = {str(h).strip().lower(): i for i, h in enumerate(headers) if h is not None}
    missing = [c for c in ("debtor_name", "debtor_address", "lender", "loan_account", "principal")
               if c not in index]
    if missing:
        return [], [RowProblem(1, [str(MISSING_COLUMNS % {"columns": ", ".join(missing)})])]
    parsed, problems, seen = [], [], {}
    for number, row in enumerate(rows, start=2):
        cells = {c: (row[index[c]] if c in index and index[c] < len(row) else None) for c in CSV_COLUMNS}
        messages = [str(FORMULA % {"column": c}) for c, v in cells.items() if isinstance(v, Formula)]
        cells = {c: (None if isinstance(v, Formula) else v) for c, v in cells.items()}
        p = Particulars(
            debtor_name=str(cells["debtor_name"] or ""), debtor_parent_name=str(cells["debtor_parent_name"] or ""),
            debtor_address=str(cells["debtor_address"] or ""), lender=str(cells["lender"] or ""),
            loan_account=str(cells["loan_account"] or ""),
            loan_sanctioned_on=_cell_date(cells["loan_sanctioned_on"], "loan_sanctioned_on", messages),
            principal=_cell_amount(cells["principal"], "principal", messages),
            interest_rate=_cell_amount(cells["interest_rate"], "interest_rate", messages),
            interest_from=_cell_date(cells["interest_from"], "interest_from", messages),
            interest_to=_cell_date(cells["interest_to"], "interest_to", messages),
            costs=_cell_amount(cells["costs"], "costs", messages) or Decimal(0),
            property_schedule=str(cells["property_schedule"] or ""))
        for field_errors in check_particulars(p, today).values():
            for exc in field_errors:
                messages.extend(exc.messages)
        key = rules.loan_key(p.lender, p.loan_account)
        if p.lender and p.loan_account:
            if key in seen:
                messages.append(str(DUPLICATE_IN_FILE % {"first": seen[key]}))
            else:
                seen[key] = number
        if messages:
            problems.append(RowProblem(number, messages))
        parsed.append(p)
    return parsed, problems


def requisitions_import(*, actor, today: date, claimant_id: int, name: str, data: bytes) -> list[Requisition]:
    """A bank's many requisitions from one CSV or XLSX file (membership.imports.reading: the file is assumed
    hostile). Every row is checked before anything is saved; one problem anywhere and nothing is saved."""
    from membership.imports.reading import FileRefused, read_table

    with transaction.atomic():
        claimant = Claimant.objects.select_for_update().select_related("district").get(pk=claimant_id)
        if not permissions.may_file(actor, claimant.district_id, claimant):
            raise PermissionDenied(permissions.NOT_CLAIMANT)
        try:
            headers, rows = read_table(name, data)
        except FileRefused as exc:
            raise ValidationError(str(exc)) from None
        parsed, problems = parse_rows(headers, rows, today)
        if problems:
            raise ImportRefused(problems)
        created = [_create(p, district=claimant.district, source=claimant.source, claimant=claimant,
                           claimant_name=claimant.name, actor=actor, today=today) for p in parsed]
        activity.record(RecoveryAction.REQUISITIONS_IMPORTED, actor=actor, society=claimant.society,
                        target=claimant, data={"file": name[:80], "rows": len(created),
                                               "numbers": [r.number for r in created][:200]})
    return created


