"""The catalogue's per-rule choices: which rules roll forward, which cessations are dated on expiry, which duties
have no period."""

import pytest

from registrar.statute import NotCatalogued, UnknownRule, catalogue, get_rule
from registrar.statute.catalogue import _check, yaml_rules
from registrar.statute.periods import Period

# Written out by hand from the brief and rules.yaml: the acts done at an office by a society/citizen/member.
AT_OFFICE = {
    "unlimited_liability_option_1y", "bye_law_amendment_forward_1m", "bye_law_resolution_copy_30d",
    "bye_laws_conformity_12m", "address_change_notice_30d", "membership_refusal_appeal_60d",
    "termination_appeal_30d", "president_removal_appeal_30d", "gm_proceedings_to_registrar_15d",
    "mortgage_sale_appeal_30d", "audit_followup_report_3m", "arbitrator_nomination_15d",
    "liquidation_claims_2m", "cancellation_appeal_2m", "cdc_payment_30d",
    "appeal_state_government_60d", "annual_returns_30d", "pacs_bank_name_change_3m",
}


# The pack's December 2026 review: duties the Act imposes without a number of days. Then the rules a module moved
# in when it started acting on them (ADR 0015: one line in NO_PERIOD): the bye-laws' reconsideration period, whose
# clock (societies/bylaws/clocks.py) names it (ADR 0043).
NO_PERIOD = {
    "formation_disputes_decided_by_registrar", "territorial_election_before_agm",
    "registrar_controls_electoral_rolls", "ce_board_dispute_registrar_binding", "inquiry_report_copy_on_fee",
    "leave_to_sue_in_liquidation", "registrar_civil_court_for_limitation", "seized_records_immediate_audit",
    "bye_law_reconsideration_period",
}


def test_catalogue_size_and_order():
    rules = catalogue()
    assert len(rules) == 84 + 9
    assert next(iter(rules)) == "unlimited_liability_option_1y"
    assert list(rules)[-8:] == [  # the December 2026 duties come last in rules.yaml
        "formation_disputes_decided_by_registrar", "territorial_election_before_agm",
        "registrar_controls_electoral_rolls", "ce_board_dispute_registrar_binding", "inquiry_report_copy_on_fee",
        "leave_to_sue_in_liquidation", "registrar_civil_court_for_limitation", "seized_records_immediate_audit"]
    assert list(rules) == [rule_id for rule_id in yaml_rules() if rule_id in rules]  # s.12(7) in its place


def test_duties_without_a_number_of_days_are_catalogued_without_a_period():
    assert {r.id for r in catalogue().values() if r.period is None} == NO_PERIOD
    rule = get_rule("seized_records_immediate_audit")
    assert (rule.section, rule.actor, rule.kind, rule.automatic) == ("126(2), 126(3)", "registrar", "deadline", False)
    assert rule.timing == "no period"
    assert "service target flags it after 7 days" in rule.no_period
    rule = get_rule("bye_law_reconsideration_period")  # set_by the Registrar: his direction fixes the day
    assert (rule.section, rule.actor, rule.kind, rule.automatic) == ("12(7) proviso", "society", "deadline", False)
    assert (rule.timing, rule.at_office) == ("no period", False)


def test_at_office_set():
    assert {rule_id for rule_id, rule in catalogue().items() if rule.at_office} == AT_OFFICE


def test_no_officer_duty_rolls_forward():
    officers = {"registrar", "auditor", "chief_auditor", "liquidator", "administrator", "state_government"}
    rolled = [r.id for r in catalogue().values() if r.actor in officers and r.at_office]
    # s.111(2) included: the 60 days limit the Registrar's own power to review (ADR 0015, revisiting ADR 0005).
    assert rolled == []


def test_registrar_review_is_a_limit_on_the_registrars_power():
    rule = get_rule("registrar_review_60d")
    assert (rule.actor, rule.automatic, rule.at_office) == ("registrar", True, False)


def test_before_and_look_back_rules_never_roll_forward():
    directions = {r.id: r.direction for r in catalogue().values() if r.direction != "after"}
    assert directions == {
        "dissolution_past_member_liability_2y": "look_back",
        "individual_members_special_meeting_30d": "before",
        "agm_accounts_ready_15d_before": "before",
        "audit_report_to_government_210d": "earliest",
        "surcharge_lookback_4y": "look_back",
        **dict.fromkeys(NO_PERIOD),
    }
    assert not [rule_id for rule_id in directions if catalogue()[rule_id].at_office]


def test_effect_on_last_day_only_for_s33_3_and_s43_3():
    assert {r.id for r in catalogue().values() if r.effect_on_last_day} == {
        "special_gm_within_45d", "board_meeting_gap_max_120d", "special_board_meeting_15d"}


def test_earliest_day_only_where_rules_yaml_says_so():
    assert {r.id for r in catalogue().values() if r.direction == "earliest"} == {"audit_report_to_government_210d"}
    assert get_rule("audit_report_to_government_210d").timing == "after 210 days"


def test_changed_rules_follow_the_december_2026_pack():
    assert get_rule("audit_followup_report_3m").automatic is False  # needs the Registrar's confirming order
    assert get_rule("register_deletion_hold_30d").waits_on_one_of == {
        "termination_appeal_30d", "membership_refusal_appeal_60d"}


@pytest.mark.parametrize(("rule_id", "timing"), [
    ("registration_deemed_60d", "60 days"), ("bye_law_amendment_forward_1m", "1 month"),
    ("agm_within_6_months", "6 months"), ("board_term_5y", "5 years"), ("promoter_board_max_1y", "1 year"),
    ("agm_accounts_ready_15d_before", "15 days before"), ("surcharge_lookback_4y", "4 years back"),
])
def test_timing_in_words(rule_id, timing):
    assert get_rule(rule_id).timing == timing


def test_metadata_comes_from_rules_yaml():
    rule = get_rule("registration_deemed_60d")
    assert (rule.section, rule.actor, rule.kind, rule.automatic) == ("11 proviso", "registrar", "deemed", True)
    assert (rule.period.unit, rule.period.count) == ("days", 60)
    rule = get_rule("cancellation_takes_effect")
    assert rule.waits_on == "cancellation_appeal_2m"


def test_unknown_and_uncatalogued_ids():
    with pytest.raises(UnknownRule):
        get_rule("no_such_rule")
    with pytest.raises(NotCatalogued):
        get_rule("member_min_age_18")  # a threshold
    with pytest.raises(NotCatalogued):
        get_rule("audit_rectification_registrar_time")  # set_by the Registrar; audit keeps it out (audit/work_clocks.py)


def test_loading_refuses_an_earliest_day_that_periods_py_calls_a_last_day():
    entry = {"id": "x_210d", "limit": {"days": 210}, "anchor_rule": "EARLIEST day, not a last day: ..."}
    with pytest.raises(ValueError, match="x_210d: rules.yaml and periods.py disagree on whether this is an earliest"):
        _check(entry, Period("days", 210))
    _check(entry, Period("days", 210, "earliest"))
