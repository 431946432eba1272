"""Demo dues on the supervision demo's Sonitpur societies, raised by the Sonitpur ARCS through the services:

- Dhekiajuli Dairy (the demo secretary's): an audit fee (deemed dues, s.81(3)) on an order demanding it, part
  paid by GRAS e-challan; a registration fee paid by treasury challan on the day it was filed;
- Tezpur Fishery: the cost of an inquiry (s.89) apportioned by order, unpaid past its last day — what Bakijai
  will take up (dues.selectors.dues_unpaid);
- Rangapara Tea Growers: a surcharge (s.103) on a former President, payable to the society, with interest at 9%
  a year fixed by the order, part paid.
Idempotent: each due is keyed by its note.
"""

from datetime import date, timedelta
from decimal import Decimal

from registrar.models import User


def _society(number):
    from societies.models import Society

    return Society.objects.filter(registration_number=number).first()


def seed(*, today: date, stdout) -> None:
    from .models import Due, Payment
    from .rules import DueKind
    from .services import due_raise, payment_record

    arcs = User.objects.filter(username="arcs.sonitpur").first()
    from societies.governance.demo import demo_number

    dairy, fishery, tea = (_society(demo_number("SNT", n, year)) for n, year in ((1, 2015), (2, 2012), (4, 2014)))
    if arcs is None or dairy is None:
        return
    made = 0

    def due(key, society, *, payments=(), **kwargs):
        nonlocal made
        note = f"Demo: {key}"
        if society is None or Due.objects.filter(note=note).exists():
            return
        row = due_raise(actor=arcs, society_id=society.pk, today=today, note=note, **kwargs)
        for paid_on, amount, kind, number in payments:
            if not Payment.objects.filter(reference_kind=kind, reference_number=number).exists():
                payment_record(due_id=row.pk, actor=arcs, amount=Decimal(amount), paid_on=paid_on,
                               reference_kind=kind, reference_number=number, today=today)
        made += 1

    due("audit fee 2025-26", dairy, kind=DueKind.AUDIT_FEE, principal=Decimal("18500"),
        raised_on=today - timedelta(days=45), due_by=today + timedelta(days=15),
        payments=[(today - timedelta(days=20), "8000", Payment.Reference.GRAS, "GRN 1826540931")])
    filed = today - timedelta(days=200)
    due("registration fee", dairy, kind=DueKind.REGISTRATION_FEE, principal=Decimal("2500"), raised_on=filed,
        due_by=filed, payments=[(filed, "2500", Payment.Reference.TREASURY_CHALLAN, "TZP/2026/004417")])
    due("inquiry cost", fishery, kind=DueKind.INQUIRY_COSTS, principal=Decimal("7200"),
        raised_on=today - timedelta(days=100), due_by=today - timedelta(days=70))
    due("surcharge", tea, kind=DueKind.SURCHARGE, principal=Decimal("64000"), person_name="Bhaben Das",
        person_address="Rangapara Bazar, Sonitpur", interest_rate=Decimal("9"),
        interest_from=today - timedelta(days=150), raised_on=today - timedelta(days=150),
        due_by=today - timedelta(days=120),
        payments=[(today - timedelta(days=60), "20000", Payment.Reference.RECEIPT, "RCP/SNT/2026/0193")])
    if made:
        stdout.write(f"Dues: {made} demo dues raised in Sonitpur (see /office/dues/).\n")
