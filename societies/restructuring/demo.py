"""Demo restructuring (issue 17 point 6), through the services only: in Sonitpur a division in its 30-day window
(notices served ten days ago, some options exercised: a member and a creditor withdraw, a member assents) and a
completed amalgamation (two dairy societies into a new one: notices served, a withdrawal paid, the deemed assents
swept, the Registrar's approval order, the new society registered through the registration module, so the old
societies read "Amalgamated into …" everywhere). Idempotent: a scheme already recorded is left alone."""

from datetime import date, timedelta
from decimal import Decimal

from guardian.shortcuts import assign_perm

from membership import register
from membership.models import AdmissionBasis, Gender, Member, Person
from registrar.clocks.derive import chore_sweep, expiry_sweep
from registrar.demo import demo_user
from registrar.models import District, User
from societies.models import Society

from . import clocks
from .models import OptionState, Scheme, SchemeKind, SchemeRole, ServiceMethod
from .services import creditors, notices, scheme
from .services import effect as effect_services

DIVIDED = ("SNT/REG/2014/0901", "Bihaguri Dairy Co-operative Society Limited", 12)
FIRST = ("SNT/REG/2012/0902", "Rangapara Milk Producers Co-operative Society Limited", 6)
SECOND = ("SNT/REG/2013/0903", "Balipara Milk Producers Co-operative Society Limited", 5)
NEW_A = "Bihaguri North Dairy Co-operative Society Limited"
NEW_B = "Bihaguri South Dairy Co-operative Society Limited"
JOINT = "Rangapara-Balipara Milk Producers Co-operative Society Limited"
NAMES = ["Ranjit Bora", "Mamoni Saikia", "Dilip Kalita", "Anjali Deka", "Pabitra Nath", "Junmoni Gogoi",
         "Bhaben Das", "Rekha Baruah", "Tapan Hazarika", "Bornali Sarma", "Hiren Phukan", "Minu Konwar"]


def _society(number, name, size, district, secretary, *, registered_on) -> Society:
    society, created = Society.objects.get_or_create(registration_number=number, defaults={
        "name": name, "society_type": "dairy", "district": district, "address": f"{name.split()[0]}, Sonitpur",
        "area_of_operation": f"{name.split()[0]} mouza", "registered_on": registered_on})
    assign_perm("societies.act_as_secretary", secretary, society)
    if created:
        for n in range(1, size + 1):
            person = Person.objects.create(name=f"{NAMES[(n - 1) % len(NAMES)]} ({number[-4:]}/{n})",
                                           gender=Gender.WOMAN if n % 2 == 0 else Gender.MAN,
                                           address=society.address)
            register.entry_open(Member(society=society, number=n, person=person, admitted_on=registered_on,
                                       admission_basis=AdmissionBasis.FOUNDER, occupation="Dairy farmer"))
    return society


def _serve(secretary, item, society, *, on, today):
    notices.notices_prepare(actor=secretary, scheme_id=item.pk, society_id=society.pk, today=today)
    ids = list(item.notices.filter(transferor__society=society).values_list("pk", flat=True))
    notices.notices_record_service(actor=secretary, scheme_id=item.pk, society_id=society.pk, notice_ids=ids,
                                   today=today, served_on=on, method=ServiceMethod.HAND)


def _opt(secretary, item, society, number, option, *, on):
    row = item.notices.get(transferor__society=society, member__number=number)
    notices.notice_record_option(actor=secretary, scheme_id=item.pk, society_id=society.pk, notice_id=row.pk,
                                 today=on, option=option, on=on)


def _division(today, district, secretary) -> str:
    society = _society(*DIVIDED, district, secretary, registered_on=date(2014, 6, 2))
    if Scheme.objects.filter(society=society).exists():
        return "division already recorded"
    resolved = today - timedelta(days=20)
    item = scheme.scheme_file(
        actor=secretary, society_id=society.pk, today=resolved, kind=SchemeKind.DIVISION, resolution_on=resolved,
        members_present=11, votes_for=8,
        scheme_text="The northern collection centre, its chilling plant and members 1-6 to Bihaguri North; the "
                    "southern centre, the society's vehicle and members 7-12 to Bihaguri South; the NABARD loan "
                    "shared in proportion to the milk supplied.",
        successors=[scheme.NewSociety(NEW_A, "Northern collection centre, chilling plant", "1-6"),
                    scheme.NewSociety(NEW_B, "Southern collection centre, vehicle", "7-12")])
    creditors.creditor_add(actor=secretary, scheme_id=item.pk, society_id=society.pk, today=resolved,
                           name="Assam Co-operative Apex Bank, Tezpur branch", amount=Decimal("180000"))
    served = today - timedelta(days=10)
    notices.notices_prepare(actor=secretary, scheme_id=item.pk, society_id=society.pk, today=served)
    notices.notices_mark_voted_for(actor=secretary, scheme_id=item.pk, society_id=society.pk, today=served,
                                   numbers="1-8")
    ids = list(item.notices.values_list("pk", flat=True))
    notices.notices_record_service(actor=secretary, scheme_id=item.pk, society_id=society.pk, notice_ids=ids,
                                   today=served, served_on=served, method=ServiceMethod.HAND)
    _opt(secretary, item, society, 9, OptionState.WITHDRAWING, on=today - timedelta(days=6))
    _opt(secretary, item, society, 10, OptionState.ASSENTED, on=today - timedelta(days=4))
    bank = item.notices.get(recipient="creditor")
    notices.notice_record_option(actor=secretary, scheme_id=item.pk, society_id=society.pk, notice_id=bank.pk,
                                 today=today - timedelta(days=3), option=OptionState.WITHDRAWING,
                                 on=today - timedelta(days=3))
    return "division in its 30-day window"


def _amalgamation(today, district, secretary, officer, registrar) -> str:
    first = _society(*FIRST, district, secretary, registered_on=date(2012, 8, 1))
    second = _society(*SECOND, district, secretary, registered_on=date(2013, 3, 4))
    if Scheme.objects.filter(society=first).exists():
        return "amalgamation already recorded"
    resolved = today - timedelta(days=120)
    item = scheme.scheme_file(
        actor=secretary, society_id=first.pk, today=resolved, kind=SchemeKind.AMALGAMATION,
        resolution_on=resolved, members_present=6, votes_for=5, other_transferors=[second.registration_number],
        scheme_text="Both societies' assets, liabilities and members to one new society at Rangapara.",
        successors=[scheme.NewSociety(JOINT, "All assets and liabilities of both societies")])
    served = resolved + timedelta(days=5)
    _serve(secretary, item, first, on=served, today=served)
    _serve(secretary, item, second, on=served, today=served)
    _opt(secretary, item, first, 6, OptionState.WITHDRAWING, on=served + timedelta(days=7))
    # The law applies itself: silence after 30 days is assent (s.14(3)), then the scheme moves to its conditions.
    closed = served + timedelta(days=32)
    expiry_sweep(clocks.AMALGAMATION_OPTIONS, today=closed)
    chore_sweep(clocks.SCHEMES_CLOSE_WINDOWS, today=closed)
    withdrawing = item.notices.get(option=OptionState.WITHDRAWING)
    effect_services.notice_claim_met(notice_id=withdrawing.pk, actor=officer, paid_on=closed + timedelta(days=2),
                                     reference="Cheque 204511", today=closed + timedelta(days=2))
    effect_services.scheme_approve(scheme_id=item.pk, actor=registrar, today=closed + timedelta(days=5))
    new = item.parties.get(role=SchemeRole.NEW_SUCCESSOR)
    application = effect_services.successor_apply(
        party_id=new.pk, actor=officer, today=closed + timedelta(days=6), received_on=closed + timedelta(days=6),
        society_type="dairy", address="Rangapara, Sonitpur", area_of_operation="Rangapara and Balipara mouzas",
        authorised_share_capital=Decimal("300000"), chief_promoter_name="Ranjit Bora",
        applicant_name="Ranjit Bora")
    from societies.registration.services.decision import application_register
    from societies.registration.services.scrutiny import application_start_scrutiny

    registered_on = closed + timedelta(days=30)
    application_start_scrutiny(application_id=application.pk, actor=officer)
    application_register(application_id=application.pk, actor=officer, today=registered_on,
                         dispatched_on=registered_on)
    return f"amalgamation in effect from {registered_on:%d %b %Y}"


def seed(*, today: date, stdout) -> None:
    district = District.objects.get(code="SNT")
    secretary = demo_user("secretary", "Nilima Borah", "secretary@example.in")
    officer = User.objects.get(username="arcs.sonitpur")
    registrar = User.objects.get(username="rcs")
    done = [_division(today, district, secretary), _amalgamation(today, district, secretary, officer, registrar)]
    stdout.write("Restructuring: " + "; ".join(done) + ".")
