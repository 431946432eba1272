"""The per-rule choices of the statute engine, written out so a reviewer can read them (ADR 0005).

One row per rules.yaml id whose `limit` carries a number of days, months or years fixed by the Act.
Periods fixed by an officer (`set_by`), hour limits inside a meeting, thresholds and validations are
outside the catalogue; docs/statute-coverage.md lists each of them with the reason.

Columns of `Period`:
- unit, count   the Act's period ("days" | "months" | "years", N)
- direction     "after"     last day = trigger + N (General Clauses Act s.9: trigger excluded)
                "before"    last day = trigger - N ("before N days of X", s.30(4))
                "look_back" earliest day of the window (trigger - N) .. trigger
- at_office     True only where a society, citizen or member does the act at an office: a filing, return,
                report or proceedings sent to the Registrar / Government / liquidator, an appeal or review
                application, a claim, a payment of a demand. Only these roll forward to the next open day
                (General Clauses Act s.10). False for meetings, Board decisions, notices to members, voter
                lists, "before" and look-back rules, and every duty of the Registrar or another officer.
"""

from dataclasses import dataclass
from typing import Literal

Unit = Literal["days", "months", "years"]
Direction = Literal["after", "before", "look_back"]


@dataclass(frozen=True)
class Period:
    unit: Unit
    count: int
    direction: Direction = "after"
    at_office: bool = False


def d(n: int, *, office: bool = False) -> Period:
    return Period("days", n, "after", office)


def m(n: int, *, office: bool = False) -> Period:
    return Period("months", n, "after", office)


def y(n: int, *, office: bool = False) -> Period:
    return Period("years", n, "after", office)


FILING = True  # readability: `d(30, office=FILING)` = an act done at an office by a society / citizen / member

PERIODS: dict[str, Period] = {
    # ---- Chapter II: registration, bye-laws, division/amalgamation
    "unlimited_liability_option_1y": y(1, office=FILING),  # option exercised by an amendment filed with the Registrar
    "dissolution_past_member_liability_2y": Period("years", 2, "look_back"),
    "coop_bank_administrator_max_1y": y(1),
    "registration_refusal_60d": d(60),  # Registrar's duty
    "registration_certificate_60d": d(60),  # Registrar's duty
    "registration_deemed_60d": d(60),  # deemed against the Registrar: never rolls forward
    "promoter_board_max_1y": y(1),
    "bye_law_amendment_forward_1m": m(1, office=FILING),  # amendment forwarded to the Registrar
    "bye_law_resolution_copy_30d": d(30, office=FILING),  # copy of the resolution to the Registrar
    "bye_law_amendment_decision_60d": d(60),
    "bye_law_decision_after_reconsideration_30d": d(30),
    "bye_laws_conformity_12m": m(12, office=FILING),  # conforming amendment filed with the Registrar
    "credit_bye_law_registration_30d": d(30),
    "credit_bye_law_rejection_30d": d(30),
    "division_withdrawal_option_30d": d(30),  # notice to the society, not an act at a public office
    "amalgamation_withdrawal_option_30d": d(30),
    "merger_withdrawal_option_30d": d(30),
    "address_change_notice_30d": d(30, office=FILING),  # notice to the Registrar
    # ---- Chapter III: membership
    "membership_decision_60d": d(60),  # Board decision
    "membership_deemed_admission_90d": d(90),  # deemed against the Board: never rolls forward
    "membership_refusal_appeal_60d": d(60, office=FILING),  # appeal
    "withdrawal_after_1y": y(1),
    "heir_transfer_after_90d": d(90),
    "termination_appeal_30d": d(30, office=FILING),  # appeal
    "register_deletion_hold_30d": d(30),
    "voter_list_provisional_20d": d(20),  # voter list
    "voter_list_objection_10d": d(10),  # voter list
    "voter_list_final_40d": d(40),  # voter list
    "past_member_liability_5y": y(5),
    # ---- Chapter IV: management, meetings, Board
    "individual_members_special_meeting_30d": Period("days", 30, "before"),
    "agm_within_6_months": m(6),  # meeting
    "agm_accounts_ready_15d_before": Period("days", 15, "before"),
    "special_gm_within_45d": d(45),  # meeting; s.33(3) cessation dated on expiry
    "board_term_5y": y(5),
    "registrar_officer_constitutes_board_90d": d(90),
    "credit_representative_default_90d": d(90),
    "board_meeting_gap_max_120d": d(120),  # meeting; s.43(3) cessation dated on expiry
    "special_board_meeting_15d": d(15),  # meeting; s.43(3) cessation dated on expiry
    "president_office_bar_3y": y(3),
    "president_removal_appeal_30d": d(30, office=FILING),  # appeal
    "director_bar_5y_after_cessation": y(5),
    "gm_proceedings_to_registrar_15d": d(15, office=FILING),  # proceedings to the Registrar
    "gm_proceedings_deemed_approved_15d": d(15),  # deemed against the Registrar
    "ce_draft_annual_report_30d": d(30),  # internal: chief executive to the Board
    # ---- Chapters V-VII: shares, loans, charges, property
    "unlimited_share_transfer_min_1y": y(1),
    "mortgage_sale_after_3m_notice": m(3),
    "mortgage_sale_appeal_30d": d(30, office=FILING),  # appeal
    "first_charge_2y": y(2),
    "employer_remit_deduction_14d": d(14),  # remittance to the society, not to an office
    # ---- Chapter VIII-IX: accounts, audit, inquiry
    "member_list_update_60d": d(60),  # the society's own register
    "branch_quarterly_summary_15d": d(15),  # branch to its head office
    "audit_within_6_months": m(6),  # auditor (an officer's duty)
    "audit_report_fortnight": d(14),  # auditor
    "audit_report_to_government_210d": d(210),  # Registrar
    "audit_followup_report_3m": m(3, office=FILING),  # Board's report on rectification, to the Registrar
    "reaudit_bar_3y": y(3),
    "inquiry_order_or_reject_10d": d(10),
    "inquiry_complete_30d": d(30),
    "inquiry_delay_reasons_15d": d(15),
    "inquiry_report_communication_30d": d(30),
    "prosecution_limitation_5y": y(5),
    # ---- Chapter X-XI: disputes, cancellation, liquidation
    "arbitrator_nomination_15d": d(15, office=FILING),  # nomination sent to the Registrar
    "liquidation_claims_2m": m(2, office=FILING),  # claim
    "cancellation_appeal_2m": m(2, office=FILING),  # appeal to the State Government
    "cancellation_takes_effect": m(2),  # State Government's act; waits on cancellation_appeal_2m (WAITS_ON)
    "liquidation_max_8y": y(8),
    "surplus_object_selection_3m": m(3),  # members' decision at a meeting
    # ---- Chapter XII: recovery
    "distraint_after_30d_unpaid": d(30),
    "distraint_bar_12m": m(12),
    "surcharge_lookback_4y": Period("years", 4, "look_back"),
    "cdc_payment_30d": d(30, office=FILING),  # payment of a demand
    # ---- Chapter XIII: appeals, review, supersession, returns
    "registrar_review_60d": d(60, office=FILING),  # review application (yaml actor: registrar; ADR 0005)
    "appeal_state_government_60d": d(60, office=FILING),  # appeal
    "supersession_report_action_60d": d(60),  # action at a general meeting
    "administrator_max_6m": m(6),
    "annual_returns_30d": d(30, office=FILING),  # return to the Registrar
    # ---- Chapter XIV: credit structure
    "stcb_representative_default_90d": d(90),
    "pacs_default_1y_disqualified": y(1),
    "credit_election_after_supersession_2m": m(2),
    "pacs_superseded_director_bar_5y": y(5),
    "rbi_advice_administrator_liquidator_1m": m(1),
    "stcb_ceo_removal_2m": m(2),
    "stcb_coopted_professional_removal_2m": m(2),
    "pacs_bank_name_change_3m": m(3, office=FILING),  # name amendment filed with the Registrar
}

# s.33(3) and s.43(3) name "the date of expiry": the cessation is dated on the last day itself.
EFFECT_ON_LAST_DAY: frozenset[str] = frozenset({
    "special_gm_within_45d",  # s.33(3)
    "board_meeting_gap_max_120d",  # s.43(3)
    "special_board_meeting_15d",  # s.43(3)
})

# An effect that cannot arise before another window has closed: effective_on = later_of(own, that window's).
WAITS_ON: dict[str, str] = {
    "cancellation_takes_effect": "cancellation_appeal_2m",  # s.94(6)-(7): no effect while an appeal may be filed
}
