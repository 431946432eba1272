"""Builders for dues tests. Literal dates; the clock is passed as `today`."""

from datetime import date
from decimal import Decimal

from dues import services
from dues.models import Payment
from dues.rules import DueKind

TODAY = date(2026, 12, 1)
RAISED = date(2026, 6, 1)
DUE_BY = date(2026, 7, 1)


def raise_due(actor, society, *, kind=DueKind.AUDIT_FEE, principal="5000.00", raised_on=RAISED, due_by=DUE_BY,
              today=TODAY, **extra):
    return services.due_raise(actor=actor, kind=kind, principal=Decimal(principal), raised_on=raised_on,
                              due_by=due_by, today=today, society_id=society.pk, **extra)


_counter = {"n": 0}


def pay(actor, due, amount, paid_on, *, kind=Payment.Reference.GRAS, number=None, today=TODAY):
    _counter["n"] += 1
    return services.payment_record(due_id=due.pk, actor=actor, amount=Decimal(amount), paid_on=paid_on,
                                   reference_kind=kind, reference_number=number or f"GRN{_counter['n']:08d}",
                                   today=today)
