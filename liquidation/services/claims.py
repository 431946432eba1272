"""The claims register (s.94(3); issue 21 point 3): enter a claim (filed, or a liability in the books: deemed
claimed), import the books' liabilities from a CSV (hostile input: all rows or none), admit or reject with
reasons, record what was paid. Each locks the case, checks that the actor is its liquidator, writes one activity
entry, in one transaction."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from appeals.outages import closed_days_between
from registrar import activity
from registrar.row_import import ImportRefused, RowProblem

from .. import workspace_rules as rules
from ..models import Claim, ClaimClass, ClaimSource, ClaimStatus, WindingUp
from ..models.claims import CLASS_PRIORITY
from ..workspace_access import require_liquidator
from ..workspace_actions import WorkspaceAction

AMOUNT_NOT_POSITIVE = _("Enter an amount of more than ₹0.")
NAME_NEEDED = _("Give the claimant's name.")
RECEIVED_IN_FUTURE = _("A claim cannot be received after today.")
RECEIVED_BEFORE_ORDER = _("A claim cannot be dated before the cancellation order (%(day)s).")
ALREADY_DECIDED = _("This claim is already %(status)s.")
REASONS_NEEDED = _("Give the reasons for rejecting the claim: the claimant is told them.")
ADMITTED_TOO_MUCH = _("The amount admitted cannot be more than the amount claimed (₹%(amount)s).")
NOT_ADMITTED = _("Only an admitted claim is paid.")
OVERPAID = _("This would pay ₹%(total)s against ₹%(admitted)s admitted.")
PAID_IN_FUTURE = _("A payment cannot be dated after today.")
UNKNOWN_CLASS = _("“%(value)s” is not a class of claim; use one of: %(classes)s.")
BAD_AMOUNT = _("amount: “%(value)s” is not an amount in rupees.")
BAD_DATE = _("%(column)s: “%(value)s” is not a date (dd-mm-yyyy).")
FORMULA = _("%(column)s holds a formula: paste the values.")
MISSING_COLUMNS = _("The file lacks the column(s) %(columns)s. Use the header row shown on the page.")
DUPLICATE_IN_FILE = _("The same creditor and particulars are on row %(first)s.")

CSV_COLUMNS = ("claimant_name", "claimant_address", "amount", "claim_class", "particulars", "as_on")
REQUIRED_COLUMNS = ("claimant_name", "amount")


def _case(actor, winding_up_id: int) -> WindingUp:
    case = (WindingUp.objects.select_for_update(of=("self",)).select_related("society", "cancellation_order")
            .get(pk=winding_up_id))
    require_liquidator(actor, case)
    return case


def _closed_days(case: WindingUp) -> frozenset[date]:
    if case.gazette_published_on is None:
        return frozenset()
    start = case.gazette_published_on
    return closed_days_between(start, start + timedelta(days=100))


def claims_last_day(case: WindingUp) -> date | None:
    """The last day for claims of this liquidation, or None until the Gazette has printed the notice."""
    if case.gazette_published_on is None:
        return None
    return rules.claims_last_day(case.gazette_published_on, _closed_days(case))


@dataclass
class ClaimInput:
    claimant_name: str
    amount: Decimal | None
    claim_class: str = ClaimClass.UNSECURED
    claimant_address: str = ""
    particulars: str = ""
    received_on: date | None = None


def check(case: WindingUp, data: ClaimInput, *, today: date) -> dict[str, list]:
    errors: dict[str, list] = {}

    def error(field, message, **params):
        errors.setdefault(field, []).append(ValidationError(message, params=params or None))

    if not data.claimant_name.strip():
        error("claimant_name", NAME_NEEDED)
    if data.amount is None or data.amount <= 0:
        error("amount", AMOUNT_NOT_POSITIVE)
    if data.claim_class not in ClaimClass.values:
        error("claim_class", UNKNOWN_CLASS, value=str(data.claim_class)[:30], classes=", ".join(ClaimClass.values))
    if data.received_on is not None:
        if data.received_on > today:
            error("received_on", RECEIVED_IN_FUTURE)
        order = case.cancellation_order
        if order is not None and data.received_on < order.made_on:
            error("received_on", RECEIVED_BEFORE_ORDER, day=f"{order.made_on:%d-%m-%Y}")
    return errors


def _next_serial(case: WindingUp) -> int:
    return (Claim.objects.filter(winding_up=case).aggregate(m=Max("serial"))["m"] or 0) + 1


def _build(case, data: ClaimInput, *, source: str, serial: int, actor, today: date, last_day) -> Claim:
    received = data.received_on or today
    late = source == ClaimSource.FILED and last_day is not None and received > last_day
    return Claim(winding_up=case, serial=serial, reference=f"CL-{case.pk}-{serial:04d}",
                 claimant_name=" ".join(data.claimant_name.split())[:200],
                 claimant_address=data.claimant_address.strip(), amount=Decimal(data.amount).quantize(Decimal("0.01")),
                 claim_class=data.claim_class, priority=CLASS_PRIORITY[data.claim_class], source=source,
                 particulars=data.particulars.strip()[:300], received_on=received, late=late, entered_by=actor)


def claim_enter(*, actor, winding_up_id: int, data: ClaimInput, source: str, today: date) -> Claim:
    """A claim made to the liquidator (late ones accepted with the flag, §11 DEFAULT), or a liability found in the
    society's books (deemed claimed, book_liabilities_deemed_claimed: never late)."""
    with transaction.atomic():
        case = _case(actor, winding_up_id)
        errors = check(case, data, today=today)
        if errors:
            raise ValidationError(errors)
        claim = _build(case, data, source=source, serial=_next_serial(case), actor=actor, today=today,
                       last_day=claims_last_day(case))
        claim.save()
        activity.record(WorkspaceAction.CLAIM_ENTERED, actor=actor, society=case.society, target=claim, data={
            "reference": claim.reference, "amount": claim.amount, "class": claim.claim_class, "source": source,
            "received_on": claim.received_on, "late": claim.late})
    return claim




def _cell_date(value, column, messages):
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    for fmt in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(str(value).strip(), fmt).date()  # noqa: DTZ007 (a date, no time zone)
        except ValueError:
            continue
    messages.append(str(BAD_DATE % {"column": column, "value": str(value)[:40]}))
    return None


def _cell_amount(value, messages):
    if value in (None, ""):
        return None
    try:
        amount = Decimal(str(value).replace(",", "").replace("₹", "").strip())
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        messages.append(str(BAD_AMOUNT % {"value": str(value)[:40]}))
        return None
    return amount


def parse_rows(case, headers, rows, *, today) -> tuple[list[ClaimInput], list[RowProblem]]:
    from membership.imports.reading import Formula

    index = {str(h).strip().lower(): i for i, h in enumerate(headers) if h is not None}
    missing = [c for c in REQUIRED_COLUMNS if c not in index]
    if missing:
        return [], [RowProblem(1, [str(MISSING_COLUMNS % {"columns": ", ".join(missing)})])]
    parsed, problems, seen = [], [], {}
    for number, row in enumerate(rows, start=2):
        cells = {c: (row[index[c]] if c in index and index[c] < len(row) else None) for c in CSV_COLUMNS}
        # A formula (an XLSX cell, or CSV text starting as one: a spreadsheet would run it when the register is
        # opened again) is refused, never evaluated or stored.
        messages = [str(FORMULA % {"column": c}) for c, v in cells.items()
                    if isinstance(v, Formula) or (isinstance(v, str) and v.lstrip()[:1] in ("=", "+", "@"))]
        cells = {c: (None if isinstance(v, Formula) or (isinstance(v, str) and v.lstrip()[:1] in ("=", "+", "@"))
                     else v) for c, v in cells.items()}
        data = ClaimInput(claimant_name=str(cells["claimant_name"] or ""),
                          amount=_cell_amount(cells["amount"], messages),
                          claim_class=str(cells["claim_class"] or ClaimClass.UNSECURED).strip().lower(),
                          claimant_address=str(cells["claimant_address"] or ""),
                          particulars=str(cells["particulars"] or ""),
                          received_on=_cell_date(cells["as_on"], "as_on", messages))
        for field_errors in check(case, data, today=today).values():
            for exc in field_errors:
                messages.extend(exc.messages)
        key = (" ".join(data.claimant_name.lower().split()), " ".join(data.particulars.lower().split()))
        if key in seen:
            messages.append(str(DUPLICATE_IN_FILE % {"first": seen[key]}))
        else:
            seen[key] = number
        if messages:
            problems.append(RowProblem(number, messages))
        parsed.append(data)
    return parsed, problems


def claims_import(*, actor, winding_up_id: int, name: str, data: bytes, today: date) -> list[Claim]:
    """The liabilities in the society's last balance sheet and list of creditors, from a CSV or XLSX (read by
    membership.imports.reading, which assumes the file hostile: size, binary, formulas, zip bombs). Every row is
    checked before anything is saved; one problem anywhere and nothing is saved. Deemed claimed
    (book_liabilities_deemed_claimed), so never late."""
    from membership.imports.reading import FileRefused, read_table

    with transaction.atomic():
        case = _case(actor, winding_up_id)
        try:
            headers, rows = read_table(name, data)
        except FileRefused as exc:
            raise ValidationError(str(exc)) from None
        parsed, problems = parse_rows(case, headers, rows, today=today)
        if problems:
            raise ImportRefused(problems)
        serial = _next_serial(case)
        claims = [_build(case, row, source=ClaimSource.BOOKS, serial=serial + i, actor=actor, today=today,
                         last_day=None) for i, row in enumerate(parsed)]
        Claim.objects.bulk_create(claims)
        activity.record(WorkspaceAction.CLAIMS_IMPORTED, actor=actor, society=case.society, target=case, data={
            "file": name[:80], "rows": len(claims), "total": sum((c.amount for c in claims), Decimal(0))})
    return claims


def _claim(actor, claim_id: int) -> Claim:
    claim = Claim.objects.select_for_update(of=("self",)).select_related("winding_up__society").get(pk=claim_id)
    require_liquidator(actor, claim.winding_up)
    return claim


def claim_decide(*, actor, claim_id: int, admit: bool, today: date, admitted_amount: Decimal | None = None,
                 reasons: str = "") -> Claim:
    """Admit (wholly or in part: the reasons then say why) or reject with reasons."""
    with transaction.atomic():
        claim = _claim(actor, claim_id)
        if claim.status != ClaimStatus.PENDING:
            raise ValidationError(ALREADY_DECIDED, params={"status": claim.get_status_display().lower()})
        reasons = reasons.strip()
        if admit:
            amount = claim.amount if admitted_amount is None else admitted_amount
            if amount <= 0:
                raise ValidationError({"admitted_amount": AMOUNT_NOT_POSITIVE})
            if amount > claim.amount:
                raise ValidationError({"admitted_amount": ValidationError(
                    ADMITTED_TOO_MUCH, params={"amount": claim.amount})})
            if amount < claim.amount and not reasons:
                raise ValidationError({"reasons": REASONS_NEEDED})
            claim.status, claim.admitted_amount = ClaimStatus.ADMITTED, amount
        else:
            if not reasons:
                raise ValidationError({"reasons": REASONS_NEEDED})
            claim.status = ClaimStatus.REJECTED
        claim.reasons, claim.decided_on = reasons, today
        claim.save()
        activity.record(WorkspaceAction.CLAIM_ADMITTED if admit else WorkspaceAction.CLAIM_REJECTED, actor=actor,
                        society=claim.winding_up.society, target=claim,
                        data={"reference": claim.reference, "admitted": claim.admitted_amount, "reasons": reasons})
    return claim


def claim_pay(*, actor, claim_id: int, amount: Decimal, paid_on: date, today: date) -> Claim:
    """Record a payment on an admitted claim (a distribution's line, or a secured creditor paid from his
    security). Never more than admitted. Refused before the cancellation takes effect (custody only)."""
    from .workspace import require_in_effect, require_not_paused

    with transaction.atomic():
        claim = _claim(actor, claim_id)
        require_in_effect(claim.winding_up)
        require_not_paused(claim.winding_up, today)
        if claim.status != ClaimStatus.ADMITTED:
            raise ValidationError(NOT_ADMITTED)
        if amount is None or amount <= 0:
            raise ValidationError({"amount": AMOUNT_NOT_POSITIVE})
        if paid_on > today:
            raise ValidationError({"paid_on": PAID_IN_FUTURE})
        total = claim.paid_amount + amount
        if total > claim.admitted_amount:
            raise ValidationError({"amount": ValidationError(OVERPAID, params={
                "total": total, "admitted": claim.admitted_amount})})
        claim.paid_amount, claim.paid_on = total, paid_on
        claim.save(update_fields=["paid_amount", "paid_on"])
        activity.record(WorkspaceAction.CLAIM_PAID, actor=actor, society=claim.winding_up.society, target=claim,
                        data={"reference": claim.reference, "amount": amount, "paid_on": paid_on})
    return claim
