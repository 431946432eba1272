"""Voter lists (s.26(3), s.27(1); ADR 0041).

- rules.py     the periods and the vote as pure functions, each citing its rules.yaml id;
- rolls.py     the PUBLIC CONTRACT other modules read: the list valid on a day, the voters on a day for a
               purpose, the counts quorum and thresholds use;
- services.py  the one-service-per-action writers: open the year's duty, prepare and affix the provisional
               lists, file and decide objections, affix the final lists;
- clocks.py    the clocks declared in the frame (provisional 20 days, objections 10 days, final 40 days);
- views.py, documents.py, stats.py (the statistics report), demo.py.
"""


def ready() -> None:
    """Called from MembershipConfig.ready: register what the voter lists declare."""
    from . import actions, clocks, stats  # noqa: F401

    stats.ready()
