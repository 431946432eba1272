"""The catalogue's per-rule choices: which rules roll forward, which cessations are dated on expiry."""

import pytest

from registrar.statute import NotCatalogued, UnknownRule, catalogue, get_rule

# Written out by hand from the brief and rules.yaml: the acts done at an office by a society/citizen/member.
AT_OFFICE = {
    "unlimited_liability_option_1y", "bye_law_amendment_forward_1m", "bye_law_resolution_copy_30d",
    "bye_laws_conformity_12m", "address_change_notice_30d", "membership_refusal_appeal_60d",
    "termination_appeal_30d", "president_removal_appeal_30d", "gm_proceedings_to_registrar_15d",
    "mortgage_sale_appeal_30d", "audit_followup_report_3m", "arbitrator_nomination_15d",
    "liquidation_claims_2m", "cancellation_appeal_2m", "cdc_payment_30d", "registrar_review_60d",
    "appeal_state_government_60d", "annual_returns_30d", "pacs_bank_name_change_3m",
}


def test_catalogue_size_and_order():
    rules = catalogue()
    assert len(rules) == 84
    assert next(iter(rules)) == "unlimited_liability_option_1y"


def test_at_office_set():
    assert {rule_id for rule_id, rule in catalogue().items() if rule.at_office} == AT_OFFICE


def test_no_officer_duty_rolls_forward():
    officers = {"registrar", "auditor", "chief_auditor", "liquidator", "administrator", "state_government"}
    rolled = [r.id for r in catalogue().values() if r.actor in officers and r.at_office]
    # s.111(2): the 60 days bound the Registrar's review, but what reaches the office in time is the party's
    # review application; it is treated like an appeal (ADR 0005).
    assert rolled == ["registrar_review_60d"]


def test_before_and_look_back_rules_never_roll_forward():
    directions = {r.id: r.direction for r in catalogue().values() if r.direction != "after"}
    assert directions == {
        "dissolution_past_member_liability_2y": "look_back",
        "individual_members_special_meeting_30d": "before",
        "agm_accounts_ready_15d_before": "before",
        "surcharge_lookback_4y": "look_back",
    }
    assert not [rule_id for rule_id in directions if catalogue()[rule_id].at_office]


def test_effect_on_last_day_only_for_s33_3_and_s43_3():
    assert {r.id for r in catalogue().values() if r.effect_on_last_day} == {
        "special_gm_within_45d", "board_meeting_gap_max_120d", "special_board_meeting_15d"}


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
        get_rule("bye_law_reconsideration_period")  # set_by the Registrar
