"""Amendment services end to end: filing (bye_law_amendment_signatories), the clocks (never an effect), the
mandatory direction before refusal and the s.12(6) checklist (bye_law_amendment_conditions), the switch to the
s.12(8) clock, registration producing the new version on its date (bye_law_amendment_effective_on_registration),
s.141."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from dues.models import Due
from orders.models import Order
from registrar import sweeps
from societies.bylaws import clocks, documents, services
from societies.bylaws.models import Amendment, AmendmentState, ByeLawVersion
from societies.bylaws.services import decision, filing
from societies.bylaws.services.common import version_in_force
from societies.models import Society

from .helpers import file_amendment, fresh, record_version, register

pytestmark = pytest.mark.django_db


def _pdf_text(data: bytes) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
FILED_ON = date(2026, 7, 1)
DAY_60 = date(2026, 8, 30)


@pytest.fixture
def society(secretary, arcs_officer):
    record_version(arcs_officer, secretary.society)
    return secretary.society


@pytest.fixture
def filed(society, secretary):
    return file_amendment(secretary, society, today=FILED_ON)


def test_amendment_filing_records_clauses_votes_and_acknowledgement(filed):
    assert filed.state == AmendmentState.FILED and filed.decision_due_on == DAY_60
    assert [(c.change, c.number) for c in filed.clauses.all()] == [("changed", "5")]
    assert (filed.counted_for, filed.counted_against) == (15, 3)
    assert Order.objects.filter(kind="bylaws.acknowledgement", society=filed.society).count() == 1


def test_amendment_filing_excludes_employees_votes(society, secretary):
    # 6 for (two of them employees), 3 against: counted 4 for, 3 against.
    amendment = file_amendment(secretary, society, voted_for="1-6", voted_against="7-9", employees="5, 6")
    assert (amendment.counted_for, amendment.counted_against, amendment.excluded_votes) == (4, 3, [5, 6])
    with pytest.raises(ValidationError) as exc:
        Amendment.objects.filter(pk=amendment.pk).delete()
        file_amendment(secretary, society, voted_for="1-4", voted_against="7-9", employees="3, 4")
    assert "voted_for" in exc.value.message_dict   # 2 for, 3 against once the employees' votes are excluded


def test_amendment_filing_warns_late_after_the_earlier_last_day(society, secretary):
    on_time = file_amendment(secretary, society, today=date(2026, 8, 30), meeting_on=date(2026, 7, 31))
    assert not (on_time.copy_late or on_time.forward_late)
    Amendment.objects.filter(pk=on_time.pk).delete()
    late = file_amendment(secretary, society, today=date(2026, 8, 31), meeting_on=date(2026, 7, 31))
    assert late.copy_late and not late.forward_late and late.state == AmendmentState.FILED


def test_amendment_name_change_keeps_the_registration_name_rules(society, secretary):
    with pytest.raises(ValidationError) as exc:
        file_amendment(secretary, society, kind="name", clause_text="", new_name="Dhekiajuli Milk Society")
    assert filing.NAME_PROBLEMS["not_limited"] in exc.value.message_dict["new_name"]


@pytest.mark.parametrize("today", [DAY_60, DAY_60 + timedelta(days=1), DAY_60 + timedelta(days=40)])
def test_amendment_decision_clock_has_no_effect_at_last_day_day_after_or_run_late(filed, today):
    assert clocks.AMENDMENT_DECISION.expiry is None and clocks.CREDIT_AMENDMENT_DECISION.expiry is None
    assert clocks.AMENDMENT_FINAL_DECISION.expiry is None
    sweeps.run_all(today=today)
    assert fresh(filed).state == AmendmentState.FILED
    assert ByeLawVersion.objects.filter(society=filed.society).count() == 1
    open_rows = Amendment.objects.filter(clocks.AMENDMENT_DECISION.open)
    assert list(open_rows) == [fresh(filed)]   # still on the board, escalated, never registered
    assert clocks.AMENDMENT_DECISION.escalation.level(DAY_60, today) == (0 if today == DAY_60 else
                                                                          1 + ((today - DAY_60).days - 1) // 15)


def test_amendment_refusal_impossible_before_a_direction(filed, arcs_officer):
    with pytest.raises(ValidationError) as exc:
        services.amendment_refuse(actor=arcs_officer, amendment_id=filed.pk, today=FILED_ON, reasons="No.")
    assert exc.value.messages == [str(decision.REFUSAL_NEEDS_DIRECTION)]
    assert fresh(filed).state == AmendmentState.FILED


def test_amendment_switches_to_30_day_clock_after_the_reply(filed, arcs_officer, secretary):
    services.amendment_direct_reconsideration(actor=arcs_officer, amendment_id=filed.pk, today=date(2026, 7, 10),
                                              directions="Clause 5: say who decides.", reconsider_by=date(2026, 8, 9))
    directed = fresh(filed)
    assert directed.final_due_on == date(2026, 9, 8)   # 30 days from the period's end, until a reply comes
    assert not Amendment.objects.filter(clocks.AMENDMENT_DECISION.open, pk=filed.pk).exists()
    with pytest.raises(ValidationError):   # the period is running: not yet
        services.amendment_refuse(actor=arcs_officer, amendment_id=filed.pk, today=date(2026, 7, 20), reasons="x")
    services.amendment_reply(actor=secretary, amendment_id=filed.pk, today=date(2026, 8, 9), text="Done.")
    replied = fresh(filed)
    assert (replied.state, replied.final_due_on) == (AmendmentState.REPLY_RECEIVED, date(2026, 9, 8))
    assert Amendment.objects.filter(clocks.AMENDMENT_FINAL_DECISION.open, pk=filed.pk).exists()
    services.amendment_refuse(actor=arcs_officer, amendment_id=filed.pk, today=date(2026, 9, 8), reasons="Still no.")
    refused = fresh(filed)
    assert refused.state == AmendmentState.REFUSED
    order = Order.objects.get(kind="bylaws.refusal", society=refused.society)
    assert order.reviewable and order.appealable
    text = " ".join(_pdf_text(documents.amendment_pdf(refused, "refusal")).split())
    assert "Order Refusing an Amendment of Bye-laws" in text and "Still no." in text and "it replied on" in text
    assert "Amendment received on" in " ".join(_pdf_text(documents.amendment_pdf(refused, "acknowledgement")).split())


@pytest.mark.parametrize("today, expired", [(date(2026, 8, 9), False), (date(2026, 8, 10), True)])
def test_amendment_reconsideration_period_last_day_and_day_after(filed, arcs_officer, secretary, today, expired):
    services.amendment_direct_reconsideration(actor=arcs_officer, amendment_id=filed.pk, today=date(2026, 7, 10),
                                              directions="Reconsider.", reconsider_by=date(2026, 8, 9))
    if not expired:
        services.amendment_reply(actor=secretary, amendment_id=filed.pk, today=today, text="Reply on the last day.")
        assert fresh(filed).state == AmendmentState.REPLY_RECEIVED
        return
    with pytest.raises(ValidationError):
        services.amendment_reply(actor=secretary, amendment_id=filed.pk, today=today, text="Too late.")
    services.amendment_refuse(actor=arcs_officer, amendment_id=filed.pk, today=date(2026, 9, 19), reasons="No reply.")
    assert fresh(filed).state == AmendmentState.REFUSED


def test_amendment_new_version_takes_effect_on_the_registration_date(filed, arcs_officer, society):
    register(arcs_officer, filed, date(2026, 8, 20))
    version = ByeLawVersion.objects.get(society=society, amendment=filed)
    assert (version.number, version.effective_from, version.transcribed) == (2, date(2026, 8, 20), True)
    assert version_in_force(society, date(2026, 8, 19)).number == 1   # not from the resolution's date
    assert version_in_force(society, date(2026, 8, 20)) == version
    assert "eighteen years or more" in version.clauses.get(number="5").text
    assert Order.objects.filter(kind="bylaws.certified_copy", society=society).count() == 1
    assert Due.objects.get(society=society, kind="amendment_fee").raised_on == date(2026, 8, 20)


def test_amendment_address_change_sets_the_s68_notice(society, secretary, arcs_officer):
    amendment = file_amendment(secretary, society, kind="address", clause_text="", new_address="Borbari, Sonitpur",
                               moved_on=date(2026, 6, 25))
    register(arcs_officer, amendment, date(2026, 8, 1))
    registered = fresh(amendment)
    assert registered.address_notice_due_on == date(2026, 7, 25)   # 30 days from the move, the earlier
    assert Society.objects.get(pk=society.pk).address == "Borbari, Sonitpur"
    assert Amendment.objects.filter(clocks.ADDRESS_NOTICE.open, pk=amendment.pk).exists()


def test_amendment_credit_structure_rejected_without_direction_within_30_days(secretary, arcs_officer):
    society = secretary.society
    Society.objects.filter(pk=society.pk).update(society_type="gpss")
    record_version(arcs_officer, society)
    amendment = file_amendment(secretary, society)
    assert amendment.credit_structure and amendment.decision_due_on == date(2026, 7, 31)
    with pytest.raises(ValidationError):
        services.amendment_direct_reconsideration(actor=arcs_officer, amendment_id=amendment.pk, today=FILED_ON,
                                                  directions="x")
    services.amendment_refuse(actor=arcs_officer, amendment_id=amendment.pk, today=date(2026, 7, 31),
                              reasons="Contrary to rule 5 of the Rules.")
    assert fresh(amendment).state == AmendmentState.REFUSED
    assert Order.objects.filter(kind="bylaws.credit_rejection").count() == 1


def test_amendment_filing_needs_the_president_and_two_directors(society, secretary):
    with pytest.raises(ValidationError) as exc:
        file_amendment(secretary, society, signing_directors="Director One")
    assert exc.value.message_dict["signing_directors"] == [str(filing.SIGNATURES)]


def test_amendment_registration_needs_both_s12_6_conditions(filed, arcs_officer):
    with pytest.raises(ValidationError) as exc:
        services.amendment_register(actor=arcs_officer, amendment_id=filed.pk, today=FILED_ON,
                                    checklist={"consistent": True, "schedule_a": False}, fee=None)
    assert str(decision.CONDITIONS_NOT_MET) in exc.value.messages
    assert fresh(filed).state == AmendmentState.FILED
