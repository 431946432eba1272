"""Reads of the dues ledger: balances by aggregate queries, and the unpaid dues.

A balance on a day `on` is principal + interest accrued to `on` − payments made up to `on`. Interest is simple on
the unpaid principal (dues.rules), so for one due it is a sum over rows:

    rate/36500 × ( principal × days(from, on) − Σ principal part of each payment × days(max(paid on, from), on) )

rounded to the paisa; every balance here is one SQL expression per due (two correlated sub-selects on the
payments), and the per-society and per-person figures are SUMs of it in a GROUP BY: a fixed number of queries
whatever the number of dues or payments, and no Python loop over rows. dues.rules.position is the same ledger
computed step by step; the tests compare the two.

Hand-over to Bakijai (issue 22). `dues_unpaid(on=...)` is the list recovery works from: the dues with a balance
on `on` whose `due_by` is before `on`. Issue 22 turns each into a recovery requisition (s.102(1): a requisition
for a Co-operative Demand Certificate, or to the Certificate Officer under the Bengal Public Demands Recovery Act,
1913 s.5) naming the due, its source order, the debtor and the balance computed here on the day the requisition
is made; payments recorded after that keep reducing this ledger's balance, which the requisition then reads.
Nothing here creates a requisition.
"""

from datetime import date
from decimal import Decimal

from django.db.models import (
    DecimalField,
    Expression,
    ExpressionWrapper,
    F,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.expressions import SQLiteNumericMixin
from django.db.models.functions import Coalesce

from registrar.selectors import in_jurisdiction

from .models import Due, Payment
from .rules import DAYS_IN_YEAR

MONEY = DecimalField(max_digits=20, decimal_places=2)
FIGURES = ("paid", "interest_paid", "interest_accrued", "balance")


class LedgerFigure(SQLiteNumericMixin, Expression):
    """One figure of a due on the day `on`, as one SQL expression over the due's row and its payments (two
    correlated sub-selects at most). Written as SQL rather than composed from Django expressions: composed, the
    balance nested a CAST per operator, and SQLite's parser overflowed on a GROUP BY of two such balances."""

    output_field = MONEY

    def __init__(self, figure: str, on: date):
        if figure not in FIGURES:
            raise ValueError(figure)
        super().__init__(output_field=MONEY)
        self.figure, self.on = figure, on
        self.source = [F("pk"), F("principal"), F("interest_rate"), F("interest_from")]

    def get_source_expressions(self):
        return self.source

    def set_source_expressions(self, exprs):
        self.source = list(exprs)

    def as_sql(self, compiler, connection, **extra):
        (pk, pk_p), (principal, pr_p), (rate, ra_p), (start, st_p) = (compiler.compile(e) for e in self.source)
        assert not (pk_p or pr_p or ra_p or st_p), "columns only"
        table, on = connection.ops.quote_name(Payment._meta.db_table), self.on.isoformat()
        sqlite = connection.vendor == "sqlite"

        def days(column):  # whole days after `column` up to `on`, never negative
            if sqlite:
                return f"MAX(CAST(julianday(%s) - julianday({column}) AS INTEGER), 0)"
            return f"GREATEST(CAST(%s AS date) - {column}, 0)"

        later = "MAX" if sqlite else "GREATEST"
        payments = f"FROM {table} dp WHERE dp.due_id = {pk} AND dp.paid_on <= %s"
        paid = (f"COALESCE((SELECT SUM(dp.amount) {payments}), 0)", [on])
        interest_paid = (f"COALESCE((SELECT SUM(dp.interest_part) {payments}), 0)", [on])
        accrued = (
            f"COALESCE(ROUND({rate} * ({principal} * {days(start)} - COALESCE((SELECT SUM((dp.amount - "
            f"dp.interest_part) * {days(f'{later}(dp.paid_on, {start})')}) {payments}), 0)) / {100 * DAYS_IN_YEAR}.0"
            f", 2), 0)", [on, on, on])
        if self.figure == "paid":
            return paid
        if self.figure == "interest_paid":
            return interest_paid
        if self.figure == "interest_accrued":
            return accrued
        return f"({principal} + {accrued[0]} - {paid[0]})", [*accrued[1], *paid[1]]


def balance_expressions(on: date) -> dict:
    """Annotations for a Due queryset: paid, interest paid, interest accrued, balance — all on `on`."""
    return {figure: LedgerFigure(figure, on) for figure in FIGURES}


def with_balances(queryset: QuerySet, on: date) -> QuerySet:
    """Each due with `paid`, `interest_accrued`, `interest_paid`, `balance` (on `on`) and `interest_due`."""
    queryset = queryset.annotate(**balance_expressions(on))
    return queryset.annotate(interest_due=ExpressionWrapper(F("interest_accrued") - F("interest_paid"),
                                                            output_field=MONEY))


def due_balance(due_id: int, on: date) -> Decimal:
    return with_balances(Due.objects.filter(pk=due_id), on).values_list("balance", flat=True).get()


def _total(queryset: QuerySet, on: date) -> Decimal:
    total = queryset.order_by().aggregate(total=Sum(LedgerFigure("balance", on)))["total"]
    return total if total is not None else Decimal("0.00")


def society_balance(society_id: int, on: date, *, overdue: bool = False) -> Decimal:
    """What the society owes on `on`: every due naming the society as debtor (with `overdue`, only those past
    their last day to pay)."""
    dues = Due.objects.filter(society_id=society_id)
    return _total(dues.filter(due_by__lt=on) if overdue else dues, on)


def person_balance(on: date, *, user_id: int | None = None, name: str = "") -> Decimal:
    """What a person owes on `on`: a portal user by id, or a named person (not a portal user) by name."""
    if user_id is not None:
        dues = Due.objects.filter(person_user_id=user_id)
    else:
        dues = Due.objects.filter(person_user__isnull=True, person_name__iexact=name.strip())
    return _total(dues, on)


def society_balances(queryset: QuerySet, on: date) -> QuerySet:
    """One row per society among `queryset`'s dues: society id, number of dues, principal, balance, and the
    overdue balance (dues whose last day to pay is before `on`). One GROUP BY query."""
    balance = LedgerFigure("balance", on)
    return (queryset.order_by().values("society")
            .annotate(dues=Sum(Value(1)), principal_total=Sum("principal"), balance_total=Sum(balance),
                      overdue_total=Coalesce(Sum(balance, filter=Q(due_by__lt=on)), Value(Decimal("0"), output_field=MONEY))))


def due_list_for_officer(user) -> QuerySet:
    return in_jurisdiction(Due.objects.all(), user)


def dues_unpaid(*, on: date, queryset: QuerySet | None = None) -> QuerySet:
    """The dues with a balance on `on` past their last day to pay (`due_by` before `on`), oldest first, with their
    balances annotated: what Bakijai (issue 22) turns into recovery requisitions (see the module docstring)."""
    queryset = Due.objects.all() if queryset is None else queryset
    return (with_balances(queryset.filter(due_by__lt=on), on).filter(balance__gt=0)
            .select_related("society", "person_user", "order", "district").order_by("due_by", "pk"))


def ledger(society, on: date) -> list[Due]:
    """A society's dues with balances and their payments: two queries."""
    return list(with_balances(Due.objects.filter(society=society), on)
                .select_related("order", "person_user", "claimant_society")
                .prefetch_related("payments").order_by("raised_on", "pk"))
