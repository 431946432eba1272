"""The clock frame, tested from the declarations (issue 12): whatever clocks are declared, each one is on the
deadlines board for an officer in jurisdiction and not outside it, on the society's timeline, and every sweeper,
reminder, board row, timeline last day and redater comes from exactly one declaration."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from registrar import redating, sweeps, timeline
from registrar.clocks import EFFECT, declared, declared_chores
from registrar.clocks.declaration import follow
from registrar.clocks.views import board_rows, timeline_items
from registrar.timeline import timeline_for

from .builders import BUILDERS

ROOT = Path(__file__).resolve().parents[2]
CLOCKS = declared()


def _ctx(citizen, secretary, arcs_officer):
    return {"citizen": citizen, "secretary": secretary, "arcs_officer": arcs_officer}


def _fresh(row):
    return type(row).objects.get(pk=row.pk)  # refresh_from_db refuses protected FSM fields


def _society_of(clock, row):
    return follow(row, clock.society)


def test_every_declared_clock_has_a_builder_and_a_known_rule():
    assert sorted(BUILDERS) == sorted(c.name for c in CLOCKS), "add a builder in tests/clocks/builders.py"
    from registrar.statute.catalogue import yaml_rules

    for clock in CLOCKS:
        rule = yaml_rules()[clock.rule_id]  # KeyError: a clock citing an id the pack does not have
        if clock.expiry is not None and clock.expiry.kind == EFFECT:
            assert rule.get("automatic") is True, f"{clock}: a legal effect needs a rule the pack marks automatic"


def test_every_sweeper_comes_from_exactly_one_declaration():
    declarations = [*CLOCKS, *declared_chores()]
    for sweeper in sweeps.registered():
        assert sum(sweeper.declaration is d for d in declarations) == 1, sweeper.name
    derived = [s for c in CLOCKS for s in (c.expiry, c.reminders) if s is not None]
    names = [s.sweeper for s in derived] + [c.sweeper for c in declared_chores()]
    assert sorted(names) == sorted(s.name for s in sweeps.registered()), "a declared sweeper is not registered"
    assert len(names) == len(set(names))


HAND_WIRING = ("sweeps.register(", "@sweeper(", "@redater(", "redating.redater(", "SOURCES")


def test_no_module_registers_a_sweeper_redater_or_board_source_by_hand():
    """Only registrar/clocks registers sweepers; no app keeps its own redater or deadlines source."""
    offenders = []
    for path in ROOT.glob("*/**/*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith((".venv/", "tests/", "bench/", "registrar/clocks/", "registrar/redating.py")) \
                or "/migrations/" in rel:
            continue
        text = path.read_text()
        offenders += [f"{rel}: {needle}" for needle in HAND_WIRING if needle in text]
    assert offenders == [], "declare a clock (registrar.clocks) instead of wiring by hand"
    assert redating._REGISTRY == {}, "a redater registered by hand: declare the clock with redate="


@pytest.mark.django_db
@pytest.mark.parametrize("clock", CLOCKS, ids=[c.name for c in CLOCKS])
def test_declared_clock_is_on_the_board_in_jurisdiction_only(clock, citizen, secretary, arcs_officer,
                                                              other_district_officer, registrar):
    row = _fresh(BUILDERS[clock.name](_ctx(citizen, secretary, arcs_officer)))
    last_day = getattr(row, clock.due_field)
    assert last_day is not None, f"{clock.name}: the builder's row has no last day"
    today = last_day - timedelta(days=3)
    mine = [d for d in board_rows(clock, arcs_officer, today, 30) if d.url == clock.url(row)]
    assert [(d.rule_id, d.last_day, d.period, d.district_name) for d in mine] == [
        (clock.rule_id, last_day, clock.period, "Sonitpur")]
    assert [d for d in board_rows(clock, other_district_officer, today, 30) if d.url == clock.url(row)] == []
    assert [d for d in board_rows(clock, registrar, today, 30) if d.url == clock.url(row)] != []
    # Overdue rows stay on the board until the clock closes.
    assert [d for d in board_rows(clock, arcs_officer, last_day + timedelta(days=5), 30) if d.url == clock.url(row)]


@pytest.mark.django_db
@pytest.mark.parametrize("clock", [c for c in CLOCKS if c.timeline_label], ids=lambda c: c.name)
def test_declared_clock_is_on_the_society_timeline(clock, citizen, secretary, arcs_officer):
    row = _fresh(BUILDERS[clock.name](_ctx(citizen, secretary, arcs_officer)))
    if clock.name == "registration_decision":
        pytest.skip("an open application has no society yet: its last day joins the timeline once registered")
    society = _society_of(clock, row)
    last_day = getattr(row, clock.due_field)
    items = [i for i in timeline_items(clock, society, last_day) if i.rule_id == clock.rule_id]
    assert [(i.day, i.kind, i.deadline) for i in items] == [(last_day, "upcoming", True)]
    assert items[0] in timeline_for(society, last_day)


@pytest.mark.django_db
def test_history_sources_give_events_only_every_last_day_comes_from_a_clock(citizen, secretary, arcs_officer):
    ctx = _ctx(citizen, secretary, arcs_officer)
    rows = {name: build(ctx) for name, build in BUILDERS.items()}
    # A clock declared society=None (a demand certificate: its debtor is a person) has no society's timeline.
    societies = {_society_of(c, rows[c.name]) for c in CLOCKS
                 if c.name != "registration_decision" and c.society is not None}
    for society in societies:
        for name, source in timeline.registered().items():
            last_days = [i for i in source(society, date(2026, 10, 1)) if i.deadline]
            assert last_days == [], f"history source {name!r} gives last days: declare a clock instead"
