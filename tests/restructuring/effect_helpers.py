"""Builders for the effect tests (helper R2): schemes as rows at the stage a test needs (the recording, notices and
options are R1's services, tested in their own files), then this part's real services on top of them: payments,
the approval, the successors' registrations through the registration module, the effect."""

from datetime import date, timedelta
from decimal import Decimal

from societies.registration.services.decision import application_deem_registered, application_register
from societies.registration.services.scrutiny import application_start_scrutiny
from societies.restructuring.models import (
    OptionState,
    Recipient,
    Scheme,
    SchemeKind,
    SchemeNotice,
    SchemeRole,
    SchemeSociety,
    SchemeState,
    ServiceMethod,
)
from societies.restructuring.services import effect
from tests.membership.helpers import make_member, make_society

SERVED = date(2026, 5, 4)
WINDOW_ENDS = SERVED + timedelta(days=30)          # 3 Jun 2026
AFTER = date(2026, 6, 10)                          # every window closed
NEW_A = "Borgang Dairy Co-operative Society Limited"
NEW_B = "Sootea Dairy Co-operative Society Limited"


def notice(scheme, party, *, member=None, name=None, option=OptionState.DEEMED_ASSENT, amount=Decimal("0"),
           served_on=SERVED, ends=WINDOW_ENDS, creditor=False, paid_on=None):
    return SchemeNotice.objects.create(
        scheme=scheme, transferor=party, recipient=Recipient.CREDITOR if creditor else Recipient.MEMBER,
        member=member, name=name or (member.person.name if member else "Creditor"), amount=amount,
        served_on=served_on, service_method=ServiceMethod.HAND, window_ends_on=ends, option=option,
        option_on=None if option == OptionState.OPEN else ends + timedelta(days=1) if option ==
        OptionState.DEEMED_ASSENT else served_on + timedelta(days=3), claim_met_on=paid_on)


def division(district, filed_by, *, state=SchemeState.CONDITIONS, window_open=False, unallotted=False):
    """A society of four members divided into two new ones: Nos. 1-2 to A, 3-4 to B; No. 4 and a creditor
    withdraw (unpaid); every window closed (unless `window_open`: No. 2's runs past AFTER); `unallotted`: No. 3 (assenting) goes nowhere."""
    old = make_society(district, name="Jamugurihat Dairy Co-operative Society Limited", society_type="dairy")
    members = [make_member(old, n, shares=2) for n in range(1, 5)]
    scheme = Scheme.objects.create(
        kind=SchemeKind.DIVISION, society=old, district=district, resolution_on=date(2026, 4, 20),
        members_present=4, votes_for=3, scheme_text="Assets of the Borgang unit to A, of the Sootea unit to B.",
        filed_by=filed_by, state=state, majority_applied="2/3")
    party = SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.TRANSFEROR, society=old)
    a = SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.NEW_SUCCESSOR, proposed_name=NEW_A,
                                     member_numbers="1-2")
    b = SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.NEW_SUCCESSOR, proposed_name=NEW_B,
                                     member_numbers="4" if unallotted else "3-4")
    notice(scheme, party, member=members[0], option=OptionState.VOTED_FOR, ends=None)
    if window_open:
        notice(scheme, party, member=members[1], option=OptionState.OPEN, served_on=date(2026, 6, 1),
               ends=date(2026, 7, 1))
    else:
        notice(scheme, party, member=members[1])
    notice(scheme, party, member=members[2], option=OptionState.ASSENTED)
    notice(scheme, party, member=members[3], option=OptionState.WITHDRAWING, amount=Decimal("500"))
    notice(scheme, party, name="Sonitpur District Central Bank", creditor=True, option=OptionState.WITHDRAWING,
           amount=Decimal("25000"))
    return scheme, old, members, (a, b)


def merger(district, filed_by, *, into=None, window_open=False):
    """A society of three members merging into an existing one; the windows ended in silence (not deemed: the
    approval order records the assents) unless `window_open`."""
    old = make_society(district, name="Dipota Weavers Co-operative Society Limited", society_type="weavers")
    into = into or make_society(district, name="Tezpur Weavers Co-operative Society Limited",
                                society_type="weavers")
    existing = make_member(into, 1)
    members = [make_member(old, n) for n in range(1, 4)]
    scheme = Scheme.objects.create(
        kind=SchemeKind.MERGER, society=old, district=district, resolution_on=date(2026, 4, 20),
        members_present=3, votes_for=2, scheme_text="All assets and liabilities to the Tezpur society.",
        filed_by=filed_by, state=SchemeState.NOTICES)
    party = SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.TRANSFEROR, society=old)
    SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.EXISTING_SUCCESSOR, society=into)
    notice(scheme, party, member=members[0], option=OptionState.VOTED_FOR, ends=None)
    notice(scheme, party, member=members[1], option=OptionState.OPEN,
           ends=(AFTER + timedelta(days=3)) if window_open else WINDOW_ENDS)
    notice(scheme, party, member=members[2], option=OptionState.WITHDRAWING, amount=Decimal("300"))
    return scheme, old, into, members, existing


def apply(party, officer, *, received_on=date(2026, 5, 2), today=AFTER):
    return effect.successor_apply(
        party_id=party.pk, actor=officer, today=today, received_on=received_on, society_type="dairy",
        address="Borgang, Sonitpur", area_of_operation="Borgang mouza", authorised_share_capital=Decimal("50000"),
        chief_promoter_name="Ranjit Bora", applicant_name="Ranjit Bora")


def register(application, officer, *, on):
    application_start_scrutiny(application_id=application.pk, actor=officer)
    return application_register(application_id=application.pk, actor=officer, today=on, dispatched_on=on)


def deem(application, *, today):
    from societies.models import RegistrationApplication

    locked = RegistrationApplication.objects.select_for_update().get(pk=application.pk)
    return application_deem_registered(locked, today=today)


def pay_all(scheme, officer, *, on=AFTER):
    for row in scheme.notices.filter(option=OptionState.WITHDRAWING, claim_met_on__isnull=True):
        effect.notice_claim_met(notice_id=row.pk, actor=officer, paid_on=on, reference=f"CHQ {row.pk}", today=on)


NEW_C = "Dhekiajuli Joint Dairy Co-operative Society Limited"


def amalgamation(district, filed_by):
    """Two dairy societies (two members each) amalgamated into a new one, C; every window closed in assent."""
    from societies.restructuring.models import SchemeKind as Kind

    first = make_society(district, name="Rangapara Dairy Co-operative Society Limited", society_type="dairy")
    second = make_society(district, name="Balipara Dairy Co-operative Society Limited", society_type="dairy")
    scheme = Scheme.objects.create(
        kind=Kind.AMALGAMATION, society=first, district=district, resolution_on=date(2026, 4, 20),
        members_present=2, votes_for=2, scheme_text="Both societies into one.", filed_by=filed_by,
        state=SchemeState.CONDITIONS)
    for society in (first, second):
        party = SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.TRANSFEROR, society=society)
        for n in (1, 2):
            notice(scheme, party, member=make_member(society, n))
    new = SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.NEW_SUCCESSOR, proposed_name=NEW_C)
    return scheme, (first, second), new


def effective_division(district, officer, registrar):
    scheme, old, members, (a, b) = division(district, officer)
    effect.scheme_approve(scheme_id=scheme.pk, actor=registrar, today=AFTER)
    pay_all(scheme, officer)
    first = register(apply(a, officer), officer, on=AFTER)
    second = register(apply(b, officer), officer, on=AFTER)
    return Scheme.objects.get(pk=scheme.pk), old, (first, second)


def effective_amalgamation(district, officer, registrar):
    scheme, olds, new = amalgamation(district, officer)
    effect.scheme_approve(scheme_id=scheme.pk, actor=registrar, today=AFTER)
    successor = register(apply(new, officer), officer, on=AFTER)
    return Scheme.objects.get(pk=scheme.pk), olds, successor
