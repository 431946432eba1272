"""Disputes referred to the Registrar (issue 23 point 5; ss.92-93, 8(1), 49(2)(l)): the s.93(1) routes, the 15-day
nomination (arbitrator_nomination_15d) with the Registrar nominating only for a party that did not, no legal
practitioner, the award as an order and a money award raised as dues; the s.8(1) and s.49(2)(l) disputes in the
same case file, decided by the Registrar himself."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from appeals.models import DisputeKind, DisputeState
from appeals.services.disputes import (
    LEGAL_PRACTITIONER,
    ONLY_S92_ROUTES,
    PANEL_INCOMPLETE,
    TOO_EARLY,
    dispute_award,
    dispute_nominate,
    dispute_refer,
    dispute_route,
)
from registrar.models import ActivityEntry

pytestmark = pytest.mark.django_db


def _refer(secretary, officer, kind=DisputeKind.S92, **extra):
    return dispute_refer(society=secretary.society, actor=officer, kind=kind, subject="Share money withheld",
                         claimant_name="Pranati Saikia", respondent_name="The Board", referred_on=date(2026, 3, 1),
                         today=date(2026, 3, 2), **extra)


def test_appeal_dispute_employee_discipline_is_not_referred(secretary, arcs_officer):
    with pytest.raises(ValidationError):
        _refer(secretary, arcs_officer, employee_discipline=True)


def test_appeal_dispute_three_arbitrators_15_days_registrar_nominates_after_and_award_raises_dues(secretary,
                                                                                                   arcs_officer):
    dispute = _refer(secretary, arcs_officer)
    with pytest.raises(ValidationError) as raised:
        dispute_route(dispute_id=dispute.pk, actor=arcs_officer, how="three", today=date(2026, 3, 5),
                      arbitrator="Adv. R. Das", legal_practitioner=True)
    assert raised.value.messages == [str(LEGAL_PRACTITIONER)]
    dispute = dispute_route(dispute_id=dispute.pk, actor=arcs_officer, how="three", today=date(2026, 3, 5),
                            arbitrator="Sri Hemen Baruah")
    assert dispute.state == DisputeState.ARBITRATION and dispute.notice.kind == "appeals.arbitration_notice"
    assert dispute.nomination_due_on == date(2026, 3, 20)  # communication 5 Mar + 15 days (s.93(1)(b))
    dispute_nominate(dispute_id=dispute.pk, actor=arcs_officer, for_party="claimant", name="Smt. Rina Devi",
                     today=date(2026, 3, 10))
    with pytest.raises(ValidationError) as raised:  # the respondent still has until 20 Mar
        dispute_nominate(dispute_id=dispute.pk, actor=arcs_officer, for_party="respondent", name="Sri A. Nath",
                         today=date(2026, 3, 20), by_registrar=True)
    assert raised.value.messages == [str(TOO_EARLY) % {"last": "20 Mar 2026"}]
    with pytest.raises(ValidationError) as raised:
        dispute_award(dispute_id=dispute.pk, actor=arcs_officer, text="Refund.", today=date(2026, 3, 21))
    assert raised.value.messages == [str(PANEL_INCOMPLETE)]
    nominee = dispute_nominate(dispute_id=dispute.pk, actor=arcs_officer, for_party="respondent", name="Sri A. Nath",
                               today=date(2026, 3, 21), by_registrar=True)
    assert nominee.nominated_by == "registrar_for_party"
    dispute = dispute_award(dispute_id=dispute.pk, actor=arcs_officer, text="Refund the share money with interest.",
                            today=date(2026, 4, 10), amount=Decimal("12500"))
    assert dispute.state == DisputeState.DECIDED and dispute.award.kind == "appeals.award"
    assert dispute.due.principal == Decimal("12500") and dispute.due.order == dispute.award
    assert dispute.due.claimant_name == "Pranati Saikia"
    assert ActivityEntry.objects.filter(action="appeals.award_made").count() == 1


@pytest.mark.parametrize("kind", [DisputeKind.FORMATION, DisputeKind.CE_BOARD])
def test_appeal_dispute_under_s8_or_s49_is_decided_by_the_registrar_in_the_same_file(secretary, arcs_officer, kind):
    dispute = _refer(secretary, arcs_officer, kind=kind)
    assert dispute.state == DisputeState.REGISTRAR_DECIDING and dispute.number.startswith("DSP/SNT/")
    with pytest.raises(ValidationError) as raised:
        dispute_route(dispute_id=dispute.pk, actor=arcs_officer, how="one", today=date(2026, 3, 5),
                      arbitrator="Sri Hemen Baruah")
    assert raised.value.messages == [str(ONLY_S92_ROUTES)]
    dispute = dispute_award(dispute_id=dispute.pk, actor=arcs_officer, text="The Board's decision stands.",
                            today=date(2026, 3, 20))
    assert dispute.award.number.startswith("AWD/SNT/2026/")
