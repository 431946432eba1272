"""The administrators' limits (issue 20 point 3): six months for an ordinary society (s.125), two months for a
credit structure society extendable by the Government to six (s.140(2)), a year for a bank at the Reserve Bank's
requisition (s.4A) — each at its last day and the day after, with the escalation up the ladder; nothing fires."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from registrar.clocks.derive import reminder_sweep
from registrar.clocks.work import work_query
from registrar.models import Notification, Rank
from registrar.selectors import officer_for
from societies.supersession import administration
from societies.supersession.models import Ground, SupersessionState
from societies.supersession.services import administration as services
from tests.conftest import make_officer

from .admin_helpers import society_with_board, superseded

pytestmark = pytest.mark.django_db

LIMITS = [
    # kind, ground, clock, last day (rules.yaml anchors from 1 Nov 2026)
    ("dairy", Ground.DIRECTIONS_NOT_COMPLIED, "supersession_administrator_period", date(2027, 5, 1)),
    ("gpss", Ground.PACS_LOSSES, "supersession_credit_election", date(2027, 1, 1)),
    ("cooperative_bank", Ground.RESERVE_BANK_REQUISITION, "supersession_bank_administrator", date(2027, 11, 1)),
]


@pytest.fixture
def deputy(db):
    """Bhaskar, Deputy Registrar at the Directorate: the rank above the ARCS on the ladder."""
    return make_officer("deputy.rcs", Rank.DEPUTY_RCS, [])


@pytest.fixture
def inspector(db):
    """Dipankar, an inspector of Sonitpur appointed administrator."""
    return make_officer("inspector.sonitpur", Rank.INSPECTOR, ["SNT"])


class _Item:
    """What My work shows of the case (registrar.clocks.work): the frame's own query for the officer and day."""

    def __init__(self, clock, case, today):
        self.clock, self.overdue = clock, case.period_ends_on < today
        self.level = clock.escalation.level(case.period_ends_on, today)
        self.escalated_to = Rank(clock.escalation.rank(case.period_ends_on, today)).label if self.level else ""


def _items(user, today, case):
    clock = administration.clock_for(case)
    rows = work_query(clock, user, officer_for(user).rank, today, None)
    found = [] if rows is None else list(rows.filter(pk=case.pk).select_related("society"))
    return [_Item(clock, row, today) for row in found]


@pytest.mark.parametrize(("kind", "ground", "clock_name", "last_day"), LIMITS)
def test_supersession_limit_is_on_my_work_at_last_day_then_overdue_and_escalated(
        kind, ground, clock_name, last_day, registrar, arcs_officer, deputy, inspector):
    society, _board = society_with_board(kind=kind)
    case = superseded(society, registrar, [inspector], ground=ground)
    assert case.period_ends_on == last_day
    assert administration.clock_for(case).name == clock_name
    on_last_day = _items(arcs_officer, last_day, case)
    assert [(i.clock.name, i.overdue, i.level) for i in on_last_day] == [(clock_name, False, 0)]
    assert _items(deputy, last_day, case) == []          # not escalated on the last day itself
    day_after = last_day + timedelta(days=1)
    assert [(i.overdue, i.level) for i in _items(arcs_officer, day_after, case)] == [(True, 1)]
    escalated = _items(deputy, day_after, case)
    assert [(i.clock.name, i.level, str(i.escalated_to)) for i in escalated] == [
        (clock_name, 1, str(Rank.DEPUTY_RCS.label))]
    # Nothing fired: the case is still in charge, the society still superseded.
    case = type(case).objects.select_related("society").get(pk=case.pk)
    assert case.state == SupersessionState.SUPERSEDED and case.society.governance_status == "superseded"


def test_supersession_limits_put_each_case_on_exactly_one_clock(registrar, inspector):
    cases = [superseded(society_with_board(kind=k)[0], registrar, [inspector], ground=g) for k, g, _c, _d in LIMITS]
    for clock in administration.CLOCKS:
        on_clock = set(clock.model.objects.filter(clock.open).values_list("pk", flat=True))
        assert on_clock == {c.pk for c in cases if administration.clock_for(c) is clock}


def test_supersession_bank_period_the_reserve_bank_specified_prevails(registrar, inspector):
    society, _board = society_with_board(kind="cooperative_bank")
    case = superseded(society, registrar, [inspector], ground=Ground.RESERVE_BANK_REQUISITION,
                      rbi_period=date(2027, 7, 31))
    assert case.period_ends_on == date(2027, 7, 31)


@pytest.mark.parametrize(("clock_name", "offsets"), [
    ("supersession_administrator_period", (60, 30, 7, 1)), ("supersession_credit_election", (30, 14, 7, 1)),
    ("supersession_bank_administrator", (90, 30, 7, 1))])
def test_supersession_reminders_at_the_points_of_each_limit(clock_name, offsets, registrar, arcs_officer, inspector):
    kind, ground, _name, last_day = next(row for row in LIMITS if row[2] == clock_name)
    case = superseded(society_with_board(kind=kind)[0], registrar, [inspector], ground=ground)
    clock = administration.clock_for(case)
    assert clock.reminders.offsets == offsets
    first = last_day - timedelta(days=offsets[0])
    reminder_sweep(clock, today=first - timedelta(days=1))
    assert not Notification.objects.filter(key__startswith=f"reminder:{clock.rule_id}:{case.pk}:").exists()
    reminder_sweep(clock, today=first)
    reminder_sweep(clock, today=first)  # twice: once
    sent = Notification.objects.filter(key=f"reminder:{clock.rule_id}:{case.pk}:{offsets[0]}")
    assert {n.recipient_id for n in sent} >= {arcs_officer.pk, inspector.pk}
    assert sent.count() == len({n.recipient_id for n in sent})
    reminder_sweep(clock, today=last_day + timedelta(days=1))  # past the last day: no reminder, no effect
    assert not Notification.objects.filter(key__startswith=f"reminder:{clock.rule_id}:{case.pk}:-").exists()


def test_supersession_credit_extension_moves_the_election_up_to_six_months(registrar, arcs_officer, deputy,
                                                                          inspector):
    society, _board = society_with_board(kind="gpss")
    case = superseded(society, registrar, [inspector], ground=Ground.PACS_NO_QUORUM)
    assert case.period_ends_on == date(2027, 1, 1)
    with pytest.raises(ValidationError) as past:
        services.supersession_extend(case_id=case.pk, actor=registrar, new_end=date(2027, 5, 2),
                                     government_reference="CO(A)/12/2026", government_dated=date(2026, 12, 20),
                                     today=date(2026, 12, 21))
    assert str(services.PAST_MAXIMUM % {"day": "01 May 2027"}) in past.value.messages
    with pytest.raises(PermissionDenied):
        services.supersession_extend(case_id=case.pk, actor=arcs_officer, new_end=date(2027, 3, 1),
                                     government_reference="CO(A)/12/2026", government_dated=date(2026, 12, 20),
                                     today=date(2026, 12, 21))
    services.supersession_extend(case_id=case.pk, actor=registrar, new_end=date(2027, 5, 1),
                                 government_reference="CO(A)/12/2026", government_dated=date(2026, 12, 20),
                                 today=date(2026, 12, 21))
    case = type(case).objects.get(pk=case.pk)
    assert case.period_ends_on == date(2027, 5, 1)
    [order] = services.extensions(case)
    assert order.kind == "supersession.extension" and order.pdf
    assert _items(deputy, date(2027, 1, 2), case) == []          # the old last day no longer escalates
    assert [i.level for i in _items(deputy, date(2027, 5, 2), case)] == [1]
    with pytest.raises(ValidationError) as again:
        services.supersession_extend(case_id=case.pk, actor=registrar, new_end=date(2027, 5, 1),
                                     government_reference="CO(A)/13/2026", government_dated=date(2026, 12, 22),
                                     today=date(2026, 12, 22))
    assert str(services.NOT_LATER % {"day": "01 May 2027"}) in again.value.messages


@pytest.mark.parametrize(("kind", "ground"), [("dairy", Ground.STALEMATE),
                                              ("cooperative_bank", Ground.RESERVE_BANK_REQUISITION)])
def test_supersession_extension_is_refused_outside_the_credit_structure(kind, ground, registrar, inspector):
    case = superseded(society_with_board(kind=kind)[0], registrar, [inspector], ground=ground)
    with pytest.raises(ValidationError) as refused:
        services.supersession_extend(case_id=case.pk, actor=registrar, new_end=case.period_ends_on + timedelta(days=1),
                                     government_reference="CO(A)/1", government_dated=date(2026, 12, 1),
                                     today=date(2026, 12, 2))
    assert refused.value.messages == [str(services.NOT_CREDIT)]


def test_supersession_extension_order_pdf_reads_in_english_and_assamese(registrar, inspector):
    import io

    from pypdf import PdfReader

    case = superseded(society_with_board(kind="gpss", name="Borgang GPSS Limited")[0], registrar, [inspector],
                      ground=Ground.PACS_IRREGULARITIES)
    services.supersession_extend(case_id=case.pk, actor=registrar, new_end=date(2027, 3, 1),
                                 government_reference="CO(A)/77/2026", government_dated=date(2026, 12, 20),
                                 today=date(2026, 12, 21))
    [order] = services.extensions(case)
    facts = services.extension_facts(case, order)
    assert facts["new_end"] == date(2027, 3, 1) and facts["previous_end"] == date(2027, 1, 1)
    texts = {}
    for lang in ("en", "as"):
        pdf = services.extension_pdf(case, order, facts, lang=lang)
        texts[lang] = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Order extending the period" in texts["en"] and "CO(A)/77/2026" in texts["en"], texts["en"]
    assert "Borgang GPSS Limited" in texts["as"] and order.number in texts["as"]
