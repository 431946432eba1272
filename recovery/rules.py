"""Bakijai as pure functions (no database, no clock): each cites its section and rules.yaml id.

Dates come from the statute engine (registrar.statute.engine.due), so the counting is the portal's one counting:
the trigger day excluded, months clamped to the month end.
"""

import re
from datetime import date
from decimal import Decimal

from dues.rules import Paid, position, to_paise
from registrar.calendar import add_days, day_after, next_open_day
from registrar.statute.engine import due

# s.114(5) (cdc_payment_30d): the Registrar may extend the 30 days by at most 30 more days in all. The Act caps
# the total, not the number of extensions (lifecycles.md §12).
EXTENSION_CAP_DAYS = 30


def loan_key(lender: str, account: str) -> str:
    """The loan as cdc_one_per_loan (s.114(3) proviso) compares it: lender and account number, case, spaces and
    punctuation dropped ("S.B.I., Tezpur" / "00-123 45" is "sbitezpur|0012345")."""
    def norm(text):
        return re.sub(r"[\W_]+", "", (text or "").casefold())
    return f"{norm(lender)}|{norm(account)}"


def payment_last_day(served_on: date, extension_days: int = 0, closed_days=frozenset()) -> date:
    """s.114(5), cdc_payment_30d: 30 days from service (served 5 Jan 2026 -> 4 Feb 2026), plus the extensions
    granted (at most 30 days in all: -> 6 Mar 2026). The debtor pays at an office, so a last day the office is
    closed moves to the next open day (General Clauses Act s.10)."""
    if not 0 <= extension_days <= EXTENSION_CAP_DAYS:
        raise ValueError(f"extensions total at most {EXTENSION_CAP_DAYS} days (s.114(5)), not {extension_days}")
    last = add_days(due("cdc_payment_30d", served_on).last_day, extension_days)
    return next_open_day(last, closed_days)


def extension_room(already: int) -> int:
    """Days of extension still open (cdc_payment_30d: 30 in all)."""
    return max(0, EXTENSION_CAP_DAYS - already)


def default_day(pay_by: date) -> date:
    """The certificate is in default from the day after its last day to pay (lifecycles.md §12 in_default)."""
    return day_after(pay_by)


def distraint_first_day(instalment_due_on: date) -> date:
    """s.102(2)(a), distraint_after_30d_unpaid: an instalment unpaid for more than 30 days from its due date
    (due 1 Jan 2026 -> distraint from 1 Feb 2026)."""
    return day_after(due("distraint_after_30d_unpaid", instalment_due_on).last_day)


def distraint_last_day(instalment_due_on: date) -> date:
    """s.102(2)(b) proviso, distraint_bar_12m: no distraint after twelve months from the due date (due 1 Jan
    2026 -> last day 1 Jan 2027)."""
    return due("distraint_bar_12m", instalment_due_on).last_day


def prosecution_last_day(default_on: date) -> date:
    """s.91(6), prosecution_limitation_5y: prosecution for the default (s.114(6)) starts within five years of
    the day the subject matter arose, the first day of default (rules.yaml notes)."""
    return due("prosecution_limitation_5y", default_on).last_day


def interest_to(principal: Decimal, rate: Decimal | None, interest_from: date | None, on: date,
                payments=()) -> Decimal:
    """Interest on the principal still unpaid, at the certificate's rate, to `on` (the date of realisation):
    simple, a 365-day year, payments applied to interest first (dues.rules.position, the ledger's own rule)."""
    paid = [Paid(p.paid_on, p.amount) for p in payments]
    return to_paise(position(principal, rate, interest_from, paid, on).interest)


def age_bucket(default_on: date | None, today: date) -> str:
    """Age of default for the demand-collection-balance picture."""
    if default_on is None or default_on > today:
        return "not_due"
    days = (today - default_on).days
    if days < 90:
        return "under_90"
    if days < 365:
        return "under_1y"
    if days < 3 * 365:
        return "under_3y"
    return "over_3y"


AGE_BUCKETS = ("not_due", "under_90", "under_1y", "under_3y", "over_3y")
