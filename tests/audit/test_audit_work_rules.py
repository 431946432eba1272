"""The audit work's statute as pure functions (audit.work_rules): table-driven, no database. Each clock at its last
day and the day after."""

from datetime import date

import pytest

from audit import work_rules as r

CHRISTMAS_2026 = frozenset({date(2026, 12, 25)})


@pytest.mark.parametrize("marks, expected", [(100, "A"), (75, "A"), (74, "B"), (60, "B"), (59, "C"), (40, "C"),
                                             (39, "D"), (0, "D")])
def test_audit_class_for_default_bands_at_each_boundary(marks, expected):
    assert r.audit_class_for(marks) == expected


def test_audit_class_for_configured_bands_and_a_gap():
    bands = [("I", 50), ("II", 20)]
    assert r.audit_class_for(50, bands) == "I"
    assert r.audit_class_for(20, bands) == "II"
    with pytest.raises(ValueError):
        r.audit_class_for(19, bands)       # no band from 0: the office must fix the table
    with pytest.raises(ValueError):
        r.audit_class_for(101)


@pytest.mark.parametrize("accepted, closed, last_day", [
    (date(2026, 9, 25), frozenset(), date(2026, 12, 25)),            # rules.yaml's worked example
    (date(2026, 9, 25), CHRISTMAS_2026, date(2026, 12, 28)),   # rolled past Christmas, the 4th Saturday, Sunday
    (date(2026, 9, 27), frozenset(), date(2026, 12, 28)),            # 27 Dec 2026 is a Sunday
    (date(2026, 11, 30), frozenset(), date(2027, 3, 1)),     # clamped to 28 Feb 2027, a Sunday: 1 Mar
    (date(2027, 11, 30), frozenset(), date(2028, 2, 29)),            # leap year
])
def test_audit_followup_last_day_and_flag_day(accepted, closed, last_day):
    assert r.followup_last_day(accepted, closed) == last_day
    assert r.followup_flag_on(last_day) == date.fromordinal(last_day.toordinal() + 1)


@pytest.mark.parametrize("ordered_on, allowed", [
    (date(2029, 9, 25), True),      # the last day (accepted 25 Sep 2026)
    (date(2029, 9, 26), False),     # the day after: barred (s.86)
])
def test_audit_reaudit_bar_last_day_and_day_after(ordered_on, allowed):
    assert r.reaudit_last_day(date(2026, 9, 25)) == date(2029, 9, 25)
    assert r.reaudit_allowed(date(2026, 9, 25), ordered_on) is allowed
    assert r.reaudit_allowed(None, ordered_on) is True   # not accepted yet: the bar has not started


@pytest.mark.parametrize("today, may", [(date(2036, 3, 31), False), (date(2036, 4, 1), True)])
def test_audit_records_retention_last_day_and_day_after(today, may):
    assert r.records_kept_until(date(2026, 3, 31)) == date(2036, 3, 31)
    assert r.may_purge(date(2026, 3, 31), today) is may


@pytest.mark.parametrize("today, over", [(date(2026, 9, 19), False), (date(2026, 9, 20), True)])
def test_audit_explanation_opportunity_last_day_and_day_after(today, over):
    assert r.explanation_last_day(date(2026, 8, 20)) == date(2026, 9, 19)
    assert r.explanation_opportunity_over(date(2026, 8, 20), today) is over


@pytest.mark.parametrize("rectify_by, today, overdue", [(date(2026, 10, 31), date(2026, 10, 31), False),
                                                         (date(2026, 10, 31), date(2026, 11, 1), True)])
def test_audit_rectification_date_last_day_and_day_after(rectify_by, today, overdue):
    assert r.rectification_overdue(rectify_by, today) is overdue
    assert r.rectification_date_valid(date(2026, 10, 1), rectify_by)
    assert not r.rectification_date_valid(rectify_by, rectify_by)


@pytest.mark.parametrize("reported, ready", [(date(2026, 9, 5), True), (date(2026, 9, 6), False)])
def test_audit_report_ready_15_days_before_the_agm(reported, ready):
    assert r.accounts_ready_by(date(2026, 9, 20)) == date(2026, 9, 5)
    assert r.report_ready_for_agm(reported, date(2026, 9, 20)) is ready
