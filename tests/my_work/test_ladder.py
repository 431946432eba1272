"""The officer above, derived from the rank order (registrar.ladder): a table, no database."""

import pytest

from registrar.ladder import escalation_rank, officer_above, steps_above


@pytest.mark.parametrize(("rank", "above"), [
    ("inspector", "arcs"),
    ("auditor", "arcs"),
    ("arcs", "deputy_rcs"),
    ("deputy_rcs", "joint_rcs"),
    ("joint_rcs", "addl_rcs"),
    ("addl_rcs", "rcs"),
    ("rcs", None),
])
def test_officer_above_follows_the_rank_order(rank, above):
    assert officer_above(rank) == above


@pytest.mark.parametrize(("level", "rank"), [
    (0, "arcs"), (1, "deputy_rcs"), (2, "joint_rcs"), (3, "addl_rcs"), (4, "rcs"), (5, "rcs"), (40, "rcs"),
])
def test_escalation_rank_climbs_from_the_arcs_and_stops_at_the_registrar(level, rank):
    assert escalation_rank("arcs", level) == rank


def test_escalation_rank_from_an_inspector_goes_to_the_arcs_first():
    assert escalation_rank("inspector", 1) == "arcs"
    assert escalation_rank("inspector", 2) == "deputy_rcs"


def test_steps_above_is_none_for_a_rank_below_the_base():
    assert steps_above("arcs", "rcs") == 4
    assert steps_above("arcs", "arcs") == 0
    assert steps_above("arcs", "inspector") is None


def test_officer_above_refuses_an_unknown_rank():
    with pytest.raises(ValueError, match="unknown rank"):
        officer_above("collector")
