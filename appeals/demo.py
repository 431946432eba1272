"""Demo appeals and disputes (issue 23 point 8), made through the services on the registration and supervision
demos' records:
- the promoter's appeal against the refusal of Jamugurihat Dairy (societies.demo), awaiting its hearing next week;
- a review petition against a refusal communicated 55 days ago (a new refused application of the promoter's),
  five days before the Registrar's own 60 days run out (s.111(2));
- a stayed cancellation: Tezpur Fishery's registration cancelled by order (s.94), published, a member's appeal to
  the State Government (s.94(5)) with the order stayed pending it (s.111(4));
- a dispute of Dhekiajuli Dairy in arbitration before three arbitrators, the respondent's nomination pending.
Idempotent: each case is found again by its grounds or subject."""

from datetime import date, time, timedelta
from decimal import Decimal

from registrar.models import District, User

REVIEW_NAME = "Bihaguri Handloom Weavers Co-operative Society Limited"


def _refused_review_application(applicant, officer, today):
    from societies.demo import _documents, _promoters
    from societies.registration import services
    from societies.registration.models import RegistrationApplication
    from societies.registration.selectors import required_upload_kinds

    existing = RegistrationApplication.objects.filter(applicant=applicant, proposed_name=REVIEW_NAME).first()
    if existing is not None:
        return existing
    application = RegistrationApplication.objects.create(
        applicant=applicant, proposed_name=REVIEW_NAME, society_type="handloom_weavers",
        district=District.objects.get(code="SNT"),
        address="Bihaguri, Sonitpur", area_of_operation="Bihaguri Gaon Panchayat",
        authorised_share_capital=Decimal("150000"), chief_promoter_name="Rupjyoti Bhuyan")
    _promoters(application)
    _documents(application, required_upload_kinds())
    received = today - timedelta(days=90)
    services.application_submit(application_id=application.pk, actor=applicant, today=received)
    services.application_start_scrutiny(application_id=application.pk, actor=officer)
    services.application_schedule_hearing(application_id=application.pk, actor=officer, today=received + timedelta(20),
                                          hearing_on=received + timedelta(30))
    services.application_refuse(application_id=application.pk, actor=officer, today=today - timedelta(days=55),
                                dispatched_on=today - timedelta(days=55),
                                reasons="s.6(1): fewer than ten promoters from the area of operation.")
    return application


def seed(*, today: date, stdout) -> None:
    from orders.models import Order
    from orders.services import order_for, order_issue
    from societies.governance.demo import demo_number
    from societies.models import Society
    from societies.registration.models import RegistrationApplication

    from .models import Appeal, Dispute, DisputeKind, Route
    from .services import appeal_file, appeal_stay, hearing_fix
    from .services.disputes import dispute_nominate, dispute_refer, dispute_route

    arcs = User.objects.filter(username="arcs.sonitpur").first()
    applicant = User.objects.filter(username="promoter").first()
    if arcs is None or applicant is None:
        return
    made = []

    refused = RegistrationApplication.objects.filter(applicant=applicant,
                                                     proposed_name__startswith="Jamugurihat Dairy").first()
    refusal = order_for(refused, "registration.refusal") if refused else None
    grounds = "Demo: the dairy society named in the refusal serves another mouza; our area does not overlap."
    if refusal is not None and refusal.in_force and not Appeal.objects.filter(grounds=grounds).exists():
        appeal = appeal_file(order_id=refusal.pk, actor=applicant, route=Route.REVIEW, grounds=grounds,
                             relief="Set aside the refusal and register the society.", today=today)
        hearing_fix(appeal_id=appeal.pk, actor=arcs, on=today + timedelta(days=7), at=time(11), today=today,
                    place="Office of the ARCS, Tezpur", video_link="https://vc.assam.gov.in/arcs-snt")
        made.append(appeal.number)

    review = _refused_review_application(applicant, arcs, today)
    review_refusal = order_for(review, "registration.refusal")
    grounds = "Demo: twelve promoters live in the area; the list attached shows their addresses."
    if review_refusal is not None and review_refusal.in_force and not Appeal.objects.filter(grounds=grounds).exists():
        made.append(appeal_file(order_id=review_refusal.pk, actor=applicant, route=Route.REVIEW, grounds=grounds,
                                relief="Review the refusal.", today=today).number)

    fishery = Society.objects.filter(registration_number=demo_number("SNT", 2, 2012)).first()
    subject = "Demo: cancellation of Tezpur Fishery (s.94)"
    if fishery is not None and not Order.objects.filter(kind="liquidation.cancellation", society=fishery).exists():
        made_on = today - timedelta(days=30)
        order = order_issue(kind="liquidation.cancellation", subject=subject, society=fishery, made_on=made_on,
                            officer=arcs, communicated_on=made_on + timedelta(days=1))
        Order.objects.filter(pk=order.pk).update(published_on=made_on + timedelta(days=3))
        appeal = appeal_file(order_id=order.pk, actor=arcs, route=Route.APPEAL, today=today,
                             received_on=today - timedelta(days=10), appellant_name="Mridul Kalita (member)",
                             appellant_address="Kalibari, Tezpur", grounds="Demo: the society's accounts were "
                             "audited in time; the inquiry report was never shown to the members.",
                             relief="Set aside the cancellation.")
        appeal_stay(appeal_id=appeal.pk, actor=arcs, reasons="The members' appeal raises the s.87 report; the "
                    "cancellation is stayed pending it.", granted_on=today - timedelta(days=9), today=today)
        made.append(appeal.number)

    dairy = Society.objects.filter(registration_number=demo_number("SNT", 1, 2015)).first()
    subject = "Demo: a member's share money withheld after withdrawal (s.92)"
    if dairy is not None and not Dispute.objects.filter(subject=subject).exists():
        dispute = dispute_refer(society=dairy, actor=arcs, kind=DisputeKind.S92, subject=subject,
                                claimant_name="Pranati Saikia (former member)", respondent_name="The Board of Directors",
                                referred_on=today - timedelta(days=20), today=today)
        dispute_route(dispute_id=dispute.pk, actor=arcs, how="three", today=today - timedelta(days=5),
                      arbitrator="Sri Hemen Baruah, retired Deputy Registrar")
        dispute_nominate(dispute_id=dispute.pk, actor=arcs, for_party="claimant", name="Smt. Rina Devi, CA",
                         today=today - timedelta(days=2))
        made.append(dispute.number)
    if made:
        stdout.write(f"Appeals: {', '.join(made)} (see /office/appeals/ and /office/disputes/).\n")
