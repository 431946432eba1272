"""Demo inquiries and inspections on the supervision demo's Sonitpur societies, made through the services by the
Sonitpur ARCS (and the Registrar for the surcharge), dated back from `today`:

- Dhekiajuli Dairy (the demo secretary's): a creditor's paper application received 4 days ago, awaiting the
  10-day order (s.87(2));
- Tezpur Fishery: an inquiry ordered 40 days ago and not completed: past its 30 days, the delay letter due
  (s.87(4)(b)), on the Deputy Registrar's My work;
- Rangapara Tea Growers: an open inspection (s.88(1)) carrying the society's open audit objections (when the
  audit demo has reported any) and one finding of its own; and a completed inquiry with a surcharge order on a
  former President (s.103) whose due is in the ledger, payable to the society.
Idempotent: each case is keyed by its grounds or scope ("Demo: ...")."""

from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError

from registrar.models import User


def _society(number):
    from societies.models import Society

    return Society.objects.filter(registration_number=number).first()


def seed(*, today: date, stdout) -> None:
    from societies.governance.demo import demo_number

    from .models import Applicant, Channel, InquiryCase, Inspection
    from .services import inquiry as inquiries
    from .services import inspection as inspections
    from .services import recovery

    arcs = User.objects.filter(username="arcs.sonitpur").first()
    rcs = User.objects.filter(officer__rank="rcs", officer__is_active=True).first()
    dairy, fishery, tea = (_society(demo_number("SNT", n, year)) for n, year in ((1, 2015), (2, 2012), (4, 2014)))
    if arcs is None or dairy is None or fishery is None or tea is None:
        return
    made = []

    def paper(society, key, received_on, **extra):
        grounds = f"Demo: {key}"
        case = InquiryCase.objects.filter(society=society, grounds=grounds).first()
        if case is None:
            case = inquiries.inquiry_apply(actor=arcs, society_id=society.pk, applicant_kind=Applicant.CREDITOR,
                                           applicant_name=extra.pop("name"), grounds=grounds, today=today,
                                           channel=Channel.PAPER, received_on=received_on, **extra)
            made.append(key)
        return case

    paper(dairy, "milk payments withheld from members for three months against bye-law 21",
          today - timedelta(days=4), name="Biswanath Feed Suppliers", applicant_address="Biswanath Chariali")

    # The demo citizen's own online application: /inquiry/applications/ and the card on their home page.
    citizen = User.objects.filter(username="citizen").first()
    online_grounds = "Demo: the Board has not called the AGM for 2025-26 and refuses members a copy of the accounts"
    if citizen is not None and not InquiryCase.objects.filter(applicant_user=citizen).exists():
        inquiries.inquiry_apply(actor=citizen, society_id=fishery.pk, applicant_kind=Applicant.CREDITOR,
                                applicant_name="Gohpur Net Makers", applicant_address="Gohpur",
                                grounds=online_grounds, today=today, channel=Channel.ONLINE)
        made.append("the demo citizen's online application")

    late = paper(fishery, "fish sold below the auction price fixed by the Board", today - timedelta(days=45),
                 name="Tezpur Ice Plant", applicant_address="Tezpur")
    if late.state == "received":
        inquiries.inquiry_order(case_id=late.pk, actor=arcs, subject="Auction sales of fish, 2025-26",
                                officer_id=arcs.pk, today=today - timedelta(days=40))

    if not Inspection.objects.filter(society=tea, scope__startswith="Demo:").exists():
        inspection = inspections.inspection_order(actor=arcs, society_id=tea.pk, officer=arcs,
                                                  scope="Demo: loan ledgers and cash book, 2024-25 and 2025-26",
                                                  today=today - timedelta(days=10))
        try:
            carried = inspections.objections_carry_in(inspection_id=inspection.pk, actor=arcs,
                                                      today=today - timedelta(days=9))
        except ValidationError:  # the audit module is not installed: the inspection stands without objections
            carried = []
        inspections.finding_record(inspection_id=inspection.pk, actor=arcs, amount=Decimal("85000"),
                                   text="Cash in hand short of the cash book by ₹85,000 on the day of inspection.",
                                   today=today - timedelta(days=8))
        made.append(f"inspection with {len(carried)} audit objection(s) carried in")

    surcharged = paper(tea, "loans to the President's relatives without security", today - timedelta(days=120),
                       name="Assam Co-operative Apex Bank, Tezpur branch", applicant_address="Tezpur")
    if surcharged.state == "received" and rcs is not None:
        inquiries.inquiry_order(case_id=surcharged.pk, actor=arcs, subject="Loans to relatives of the President",
                                officer_id=arcs.pk, today=today - timedelta(days=115))
        inquiries.inquiry_complete(case_id=surcharged.pk, actor=arcs, completed_on=today - timedelta(days=90),
                                   today=today - timedelta(days=90),
                                   findings="Three loans of ₹1,20,000 in all to the President's relatives, without "
                                            "security and without the Board's approval (bye-law 30).")
        inquiries.inquiry_communicate_report(case_id=surcharged.pk, actor=arcs, today=today - timedelta(days=80))
        recovery.surcharge_order_make(
            actor=rcs, today=today - timedelta(days=20), inquiry_id=surcharged.pk, amount=Decimal("120000"),
            hearing_on=today - timedelta(days=30), act_on=date(today.year - 1, 7, 15),
            loss="Loans without security to the President's relatives, unrecovered",
            person_name="Former President, Rangapara Tea Growers", person_address="Rangapara, Sonitpur")
        made.append("surcharge order with its due")
    if made:
        stdout.write(f"Inquiry: {len(made)} demo case(s) in Sonitpur (see /office/inquiries/).\n")
