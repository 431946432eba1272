"""Conditions before effect and the effect (issue 17 points 3-4): a division or amalgamation takes effect only when
every window has closed, every claim is met, the Registrar has approved and every new society is registered; a
merger takes effect on the approval, with no new registration; members move with their basis."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Sum

from membership.models import AdmissionBasis, CessationCause, Member, ShareLedgerEntry
from orders.models import Order
from registrar.models import ActivityEntry
from societies.choices import LegalStatus
from societies.models import RegistrationApplication, Society
from societies.restructuring import conditions as checklist
from societies.restructuring.models import OptionState, Scheme, SchemeState
from societies.restructuring.services import effect

from .effect_helpers import AFTER, apply, deem, division, merger, pay_all, register

pytestmark = pytest.mark.django_db


def _reload(scheme):
    return Scheme.objects.select_related("approval_order").get(pk=scheme.pk)


def _missing_keys(scheme, today=AFTER):
    scheme = _reload(scheme)
    return [c.key for c in checklist.missing(checklist.conditions(scheme, today))]


def _shares(**filters):
    return ShareLedgerEntry.objects.filter(**filters).aggregate(total=Sum("shares"))["total"]


def _approve(scheme, registrar, today=AFTER):
    return effect.scheme_approve(scheme_id=scheme.pk, actor=registrar, today=today)


@pytest.mark.parametrize("left_out", ["window", "claim", "approval", "registration"])
def test_division_does_not_take_effect_while_one_condition_is_missing(left_out, sonitpur, arcs_officer, registrar):
    scheme, old, _members, (a, b) = division(
        sonitpur, arcs_officer, state=SchemeState.NOTICES if left_out == "window" else SchemeState.CONDITIONS,
        window_open=left_out == "window")
    if left_out != "window":
        _approve(scheme, registrar) if left_out != "approval" else None
    if left_out != "claim":
        pay_all(scheme, arcs_officer)
    register(apply(a, arcs_officer), arcs_officer, on=AFTER)
    if left_out != "registration":
        register(apply(b, arcs_officer), arcs_officer, on=AFTER)

    expected = {"window": "windows", "claim": "claims", "approval": "approval", "registration": "registrations"}
    assert expected[left_out] in _missing_keys(scheme)
    with pytest.raises(ValidationError):
        effect.scheme_take_effect(scheme_id=scheme.pk, actor=registrar, today=AFTER)
    old = Society.objects.get(pk=old.pk)
    scheme = _reload(scheme)
    assert old.legal_status == LegalStatus.REGISTERED
    assert scheme.effective_on is None and scheme.state != SchemeState.EFFECTIVE
    assert not Member.objects.filter(admission_basis=AdmissionBasis.SCHEME_TRANSFER).exists()


def test_division_approval_is_refused_while_a_window_is_open(sonitpur, arcs_officer, registrar):
    scheme, *_ = division(sonitpur, arcs_officer, state=SchemeState.NOTICES, window_open=True)
    with pytest.raises(ValidationError, match="cannot be approved yet"):
        _approve(scheme, registrar)
    assert not Order.objects.filter(kind="restructuring.approval").exists()


def test_division_takes_effect_when_the_last_certificate_issues_dated_on_its_legal_day(
        sonitpur, arcs_officer, registrar):
    scheme, old, members, (a, b) = division(sonitpur, arcs_officer)
    _approve(scheme, registrar)
    pay_all(scheme, arcs_officer)
    first = register(apply(a, arcs_officer), arcs_officer, on=AFTER)
    scheme = _reload(scheme)
    assert scheme.state == SchemeState.APPROVED and _missing_keys(scheme) == ["registrations"]
    # B is never decided: deemed registered on day 61 (2 July), the sweep running late on 20 July.
    second = deem(apply(b, arcs_officer), today=date(2026, 7, 20))

    scheme = _reload(scheme)
    old = Society.objects.get(pk=old.pk)
    assert scheme.state == SchemeState.EFFECTIVE
    assert scheme.effective_on == second.registered_on == date(2026, 7, 2)
    assert old.legal_status == LegalStatus.DIVIDED
    moved = {m.person_id: m for m in Member.objects.filter(admission_basis=AdmissionBasis.SCHEME_TRANSFER)}
    assert {m.society_id for p, m in moved.items() if p in (members[0].person_id, members[1].person_id)} \
        == {first.pk}
    assert moved[members[2].person_id].society_id == second.pk
    assert members[3].person_id not in moved                       # withdrew and was paid
    assert all(m.admitted_on == date(2026, 7, 2) for m in moved.values())
    causes = dict(Member.objects.filter(society=old).values_list("number", "cessation_cause"))
    assert causes == {1: CessationCause.SCHEME_TRANSFER, 2: CessationCause.SCHEME_TRANSFER,
                      3: CessationCause.SCHEME_TRANSFER, 4: CessationCause.SCHEME_WITHDRAWAL}
    # The shares go with the members: two each into the successors, the withdrawn member's refunded; none left.
    assert _shares(member=moved[members[2].person_id]) == 2 and _shares(society=second) == 2
    assert _shares(society=old) == 0 and _shares(society=first) == 4
    assert ActivityEntry.objects.filter(action="restructuring.society_restructured", society=old).count() == 1
    # Nothing happens twice: the officer's button on an effective scheme is refused.
    with pytest.raises(ValidationError):
        effect.scheme_take_effect(scheme_id=scheme.pk, actor=registrar, today=date(2026, 7, 21))


def test_merger_takes_effect_on_approval_with_no_new_registration(sonitpur, arcs_officer, registrar):
    scheme, old, into, members, existing = merger(sonitpur, arcs_officer)
    applications = RegistrationApplication.objects.count()
    pay_all(scheme, arcs_officer)
    _approve(scheme, registrar)

    scheme = _reload(scheme)
    old = Society.objects.get(pk=old.pk)
    assert scheme.state == SchemeState.EFFECTIVE and scheme.effective_on == AFTER
    assert old.legal_status == LegalStatus.MERGED_OUT
    assert RegistrationApplication.objects.count() == applications
    assert Society.objects.count() == 2
    # The order records the assent of the one whose window ended in silence (not deemed automatically).
    silent = scheme.notices.get(member=members[1])
    assert silent.option == OptionState.DEEMED_ASSENT and silent.option_on == date(2026, 6, 4)
    order = scheme.approval_order
    assert order.kind == "restructuring.approval" and order.section.startswith("15")
    entered = list(Member.objects.filter(society=into).order_by("number").values_list("number", "admission_basis"))
    assert entered == [(1, existing.admission_basis), (2, AdmissionBasis.SCHEME_TRANSFER),
                       (3, AdmissionBasis.SCHEME_TRANSFER)]


@pytest.mark.parametrize("left_out", ["window", "claim"])
def test_merger_approval_waits_for_the_windows_and_the_claims(left_out, sonitpur, arcs_officer, registrar):
    scheme, old, *_ = merger(sonitpur, arcs_officer, window_open=left_out == "window")
    if left_out != "claim":
        pay_all(scheme, arcs_officer)
    with pytest.raises(ValidationError, match="cannot be approved yet"):
        _approve(scheme, registrar)
    old = Society.objects.get(pk=old.pk)
    assert old.legal_status == LegalStatus.REGISTERED
    assert {"window": "windows", "claim": "claims"}[left_out] in _missing_keys(scheme)


def test_claim_met_refusals(sonitpur, arcs_officer, other_district_officer):
    scheme, _old, members, _ = division(sonitpur, arcs_officer)
    assenting = scheme.notices.get(member=members[2])
    withdrawing = scheme.notices.get(member=members[3])
    call = effect.notice_claim_met
    with pytest.raises(ValidationError, match="opted to withdraw"):
        call(notice_id=assenting.pk, actor=arcs_officer, paid_on=AFTER, reference="V1", today=AFTER)
    with pytest.raises(ValidationError):
        call(notice_id=withdrawing.pk, actor=arcs_officer, paid_on=date(2026, 6, 11), reference="V1", today=AFTER)
    with pytest.raises(ValidationError):
        call(notice_id=withdrawing.pk, actor=arcs_officer, paid_on=AFTER, reference=" ", today=AFTER)
    with pytest.raises(PermissionDenied):
        call(notice_id=withdrawing.pk, actor=other_district_officer, paid_on=AFTER, reference="V1", today=AFTER)
    call(notice_id=withdrawing.pk, actor=arcs_officer, paid_on=AFTER, reference="V1", today=AFTER)
    with pytest.raises(ValidationError, match="already recorded"):
        call(notice_id=withdrawing.pk, actor=arcs_officer, paid_on=AFTER, reference="V1", today=AFTER)
    assert ActivityEntry.objects.filter(action="restructuring.claim_met").count() == 1


def test_approval_is_refused_to_an_arcs(sonitpur, arcs_officer):
    scheme, *_ = division(sonitpur, arcs_officer)
    with pytest.raises(PermissionDenied):
        _approve(scheme, arcs_officer)


def test_division_allotment_missing_blocks_the_approval(sonitpur, arcs_officer, registrar):
    scheme, *_ = division(sonitpur, arcs_officer, unallotted=True)
    assert "allotment" in _missing_keys(scheme)
    with pytest.raises(ValidationError, match="allots every member"):
        _approve(scheme, registrar)
