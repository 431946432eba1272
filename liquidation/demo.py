"""Demo winding-up cases (issue 21 point 8), all in Sonitpur, made through the services of the three parts (the
society's resolution, the ARCS's order naming the liquidator, the Gazette, the effect sweeper, the liquidator's
claims and contributories, the closing), dated back from `today`:

- Baghmari Weavers: cancellation ordered, in the Gazette 14 days ago: claims and the members' appeal window open;
- Sootea Fishery: in its two months with a member's appeal recorded: the order waits for the Government;
- Borgaon Consumers: in liquidation, with claims (one from the books, one filed) and contributories;
- Chariduar Tea Growers: in liquidation for seven and a half years: the eight-year date (s.100(5)) is near;
- Dhekiajuli Brick Makers: dissolved, its certificate and closing notice out, the members choosing the surplus's
  object within their three months.
Idempotent: each society is keyed by its registration number and each step is taken only once."""

from datetime import date, timedelta
from decimal import Decimal

from guardian.shortcuts import assign_perm

from registrar.calendar import add_months, add_years
from registrar.demo import demo_user
from registrar.models import User

SOCIETIES = (
    (951, "Baghmari Weavers Co-operative Society Limited", "handloom_weavers"),
    (952, "Sootea Fishery Co-operative Society Limited", "fishery"),
    (953, "Borgaon Consumers Co-operative Society Limited", "consumer_store"),
    (954, "Chariduar Tea Growers Co-operative Society Limited", "marketing"),
    (955, "Dhekiajuli Brick Makers Co-operative Society Limited", "industrial"),
)
MEMBERS = (("Rina Bora", "woman"), ("Dilip Nath", "man"), ("Mamoni Kalita", "woman"))


def _society(n, name, kind):
    from societies.governance.demo import _society as make

    society, _new = make("SNT", n, name, kind, registered_on=date(2011, 4, 1))
    return society


def _secretary(society):
    user = demo_user(f"secretary.liq{society.registration_number[-3:]}", "Society Secretary")
    assign_perm("societies.act_as_secretary", user, society)
    return user


def _case(society):
    from .models import WindingUp

    return WindingUp.objects.filter(society=society).select_related("cancellation_order").order_by("-pk").first()


def _ordered(society, arcs, *, order_on: date, published_on: date | None):
    """The resolution, the order naming the ARCS liquidator, and (when given) the Gazette's printing."""
    from .services import cancellation, gazette

    case = _case(society)
    if case is None:
        secretary = _secretary(society)
        case = cancellation.resolution_file(
            society_id=society.pk, actor=secretary, meeting_on=order_on - timedelta(days=20), members_present=48,
            votes_for=41, agenda_circulated=True, today=order_on - timedelta(days=15),
            resolution_text="Resolved that the society be dissolved: it has ceased working and cannot pay its way.")
        case = cancellation.cancellation_order(winding_up_id=case.pk, actor=arcs, liquidator_id=arcs.pk,
                                               grounds="The members resolved to dissolve the society (s.94(1)).",
                                               today=order_on)
    if published_on is not None and case.gazette_published_on is None:
        gazette.gazette_publication_record(winding_up_id=case.pk, actor=arcs, published_on=published_on,
                                           gazette_number=f"Assam Gazette No. {society.pk % 900 + 100}",
                                           today=published_on)
    return _case(society)


def _take_effect(case):
    from registrar import sweeps

    from .models import WindingUpState

    if case.state == WindingUpState.CANCELLATION_ORDERED and case.cancellation_order.takes_effect_after:
        sweeps.run_all(today=case.cancellation_order.takes_effect_after + timedelta(days=1),
                       only="cancellations_take_effect")
    return _case(case.society)


def _members(society, secretary, on: date):
    from membership.models import Channel, Member
    from membership.services import admission

    if Member.objects.filter(society=society).exists():
        return
    for name, gender in MEMBERS:
        application = admission.application_submit(
            society_id=society.pk, actor=secretary, today=on, channel=Channel.PAPER, applied_on=on, received_on=on,
            occupation="Shopkeeper", particulars={"name": name, "parent_name": "—", "parent_relation": "father",
                                                  "gender": gender, "age_years": 40, "address": "Borgaon, Sonitpur"})
        admission.application_admit(application_id=application.pk, actor=secretary, today=on + timedelta(days=10),
                                    decided_on=on + timedelta(days=10))


def _claims(case, arcs, today):
    from .models import Claim
    from .services.claims import ClaimInput, claim_enter

    if Claim.objects.filter(winding_up=case).exists():
        return
    on = case.gazette_published_on + timedelta(days=20)
    claim_enter(actor=arcs, winding_up_id=case.pk, source="books", today=on,
                data=ClaimInput(claimant_name="Sonitpur District Central Co-operative Bank", amount=Decimal("240000"),
                                claim_class="secured", particulars="Cash credit, last balance sheet", received_on=on))
    claim_enter(actor=arcs, winding_up_id=case.pk, source="filed", today=on,
                data=ClaimInput(claimant_name="Tezpur Wholesale Traders", amount=Decimal("18500"),
                                particulars="Supplies, invoices of March", received_on=on))


def seed(*, today: date, stdout) -> None:
    from .models import WindingUpState
    from .services import closing as closing_services

    arcs = User.objects.filter(username="arcs.sonitpur").first()
    if arcs is None:
        stdout.write("liquidation: no Sonitpur ARCS in the demo; skipped\n")
        return
    window, appealed, live, old, gone = (_society(*row) for row in SOCIETIES)

    _ordered(window, arcs, order_on=today - timedelta(days=20), published_on=today - timedelta(days=14))

    case = _ordered(appealed, arcs, order_on=today - timedelta(days=30), published_on=today - timedelta(days=25))
    if case.state == WindingUpState.CANCELLATION_ORDERED:
        from appeals.services import appeal_file

        appeal_file(order_id=case.cancellation_order_id, actor=arcs, route="appeal", today=today - timedelta(days=10),
                    received_on=today - timedelta(days=10), appellant_name="A member of the society",
                    appellant_address="Sootea, Sonitpur", grounds="The general meeting was not properly called.",
                    relief="Set aside the cancellation.")

    order_on = today - timedelta(days=200)
    if _case(live) is None:
        _members(live, _secretary(live), date(2020, 4, 1))
    case = _take_effect(_ordered(live, arcs, order_on=order_on, published_on=order_on + timedelta(days=7)))
    if case.state == WindingUpState.IN_LIQUIDATION:
        from .models import Contributory
        from .services.contributories import contributories_list

        _claims(case, arcs, today)
        if not Contributory.objects.filter(winding_up=case).exists():
            contributories_list(actor=arcs, winding_up_id=case.pk, today=today)

    order_on = add_months(add_years(today, -8), 5)   # the eight years end in about five months
    _take_effect(_ordered(old, arcs, order_on=order_on, published_on=order_on + timedelta(days=7)))

    order_on = add_years(today, -2)
    case = _take_effect(_ordered(gone, arcs, order_on=order_on, published_on=order_on + timedelta(days=7)))
    if case.state == WindingUpState.IN_LIQUIDATION:
        closing_services.closing_record_account(
            winding_up_id=case.pk, actor=arcs, today=today - timedelta(days=40), fee_amount=Decimal("15000"),
            fee_fixed_on=today - timedelta(days=40), bank_name="State Bank of India, Dhekiajuli",
            bank_account="LIQ-30011", bank_opened_on=order_on + timedelta(days=70))
        closing_services.closing_file_report(
            winding_up_id=case.pk, actor=arcs, today=today - timedelta(days=30), filed_on=today - timedelta(days=30),
            summary="Brick kiln and land sold; every admitted claim paid; Rs 62,000 left.",
            assets_realised=Decimal("410000"), liabilities_paid=Decimal("333000"), surplus_amount=Decimal("62000"))
        closing_services.closing_dissolve(winding_up_id=case.pk, actor=arcs, today=today - timedelta(days=10),
                                          dissolved_on=today - timedelta(days=10),
                                          records_custody="Deposited in the Sonitpur district office's record room")
        closing_services.closing_record_notice(winding_up_id=case.pk, actor=arcs, today=today - timedelta(days=5),
                                               published_on=today - timedelta(days=5),
                                               gazette_number="Assam Gazette No. 611")
    stdout.write("liquidation: Baghmari (two months open), Sootea (appeal recorded), Borgaon (in liquidation, "
                 "claims and contributories), Chariduar (eighth year near), Dhekiajuli Brick Makers (dissolved); "
                 "board at /liquidation/board/\n")
