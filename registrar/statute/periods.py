"""The per-rule choices of the statute engine, written out so a reviewer can read them (ADR 0005).

One row per rules.yaml id whose `limit` carries a number of days, months or years fixed by the Act
(`PERIODS`), and one row per duty the Act imposes without any number of days (`NO_PERIOD`, the December 2026
review of the pack). Periods fixed by an officer (`set_by`), hour limits inside a meeting, thresholds and
validations are outside the catalogue; docs/statute-coverage.md lists each of them with the reason.

Columns of `Period`:
- unit, count   the Act's period ("days" | "months" | "years", N)
- direction     "after"     last day = trigger + N (General Clauses Act s.9: trigger excluded)
                "before"    last day = trigger - N ("before N days of X", s.30(4))
                "look_back" earliest day of the window (trigger - N) .. trigger
                "earliest"  no last day: the act may be done only once the N have expired, so the engine gives
                            `earliest_day` = the day after trigger + N, and `last_day` is None (s.84(h))
- at_office     True only where a society, citizen or member does the act at an office: a filing, return,
                report or proceedings sent to the Registrar / Government / liquidator, an appeal or review
                application, a claim, a payment of a demand. Only these roll forward to the next open day
                (General Clauses Act s.10). False for meetings, Board decisions, notices to members, voter
                lists, "before" and look-back rules, and every duty of the Registrar or another officer.
"""

from dataclasses import dataclass
from typing import Literal

Unit = Literal["days", "months", "years"]
Direction = Literal["after", "before", "look_back", "earliest"]


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
    # s.4(4): counted back from the s.94 order cancelling the registration, not the s.100(4) certificate
    # of dissolution (lifecycles.md section 15 item 23)
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
    "register_deletion_hold_30d": d(30),  # s.24(2): runs to the later of this and the appeal window (WAITS_ON_ONE_OF)
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
    "audit_report_to_government_210d": Period("days", 210, "earliest"),  # Registrar; s.84(h): an EARLIEST day
    # Board's report on rectification, to the Registrar. Not automatic (December 2026): the day after the
    # filing day raises a flag; the Registrar's order confirms the disqualification (lifecycles.md §15 item 9).
    "audit_followup_report_3m": m(3, office=FILING),
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
    # s.111(2) bounds the Registrar's own power to review: the review order must be passed by day 60, and a
    # closed office does not extend a power (no roll-forward; ADR 0015 revisits ADR 0005's choice).
    "registrar_review_60d": d(60),
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

# An effect that cannot arise before another window has closed: effective_on = later_of(own, the day after
# that window's filing_last_day). The window runs from the same trigger ...
WAITS_ON: dict[str, str] = {
    "cancellation_takes_effect": "cancellation_appeal_2m",  # s.94(6)-(7): no effect while an appeal may be filed
}

# ... or from a trigger only the caller knows. s.24(2) proviso: the name stays on the register until the LATER
# of decision + 30 days and the end of the member's appeal window, which runs from the member's receipt of the
# decision. The caller names which window applies and its trigger (`due(..., window=(rule_id, receipt))`);
# without one `due()` refuses rather than give a day that may be too early. An appeal actually filed holds the
# name until it is decided: an event of the membership module, not a period.
WAITS_ON_ONE_OF: dict[str, frozenset[str]] = {
    "register_deletion_hold_30d": frozenset({
        "termination_appeal_30d",  # s.23(2): termination, receipt + 30 days
        "membership_refusal_appeal_60d",  # s.20(3): refusal of admission, receipt + 60 days
    }),
}

# Duties the Act imposes without any number of days (the pack's December 2026 review). They are catalogued so
# a clock declaration, an order or a flag can name them and read their metadata; `due()` refuses them, since
# their day comes from an event, an order or a service target the office sets, never from the Act. The text
# says what fixes the day.
NO_PERIOD: dict[str, str] = {
    "formation_disputes_decided_by_registrar": "no period: decided by the Registrar's order (s.8(1))",
    "territorial_election_before_agm": "no number of days: each area meeting on a day before the AGM (s.30(3))",
    "registrar_controls_electoral_rolls": "no period: the rolls and the election are under the Registrar's "
                                          "control; the s.26(3) voter-list clocks give the days",
    "ce_board_dispute_registrar_binding": "no period: decided by the Registrar; a service target only "
                                          "(lifecycles.md section 15 item 13)",
    "inquiry_report_copy_on_fee": "no period: a copy on payment of the fee the Registrar fixes (s.87(6))",
    "leave_to_sue_in_liquidation": "no period: leave granted or refused by the Registrar's order (ss.99, 101)",
    "registrar_civil_court_for_limitation": "no period in this Act: the Limitation Act's period for executing "
                                            "a decree (s.113)",
    "seized_records_immediate_audit": "no number of days (immediate steps, s.126(3)); the office's service "
                                      "target flags it after 7 days",
    "bye_law_reconsideration_period": "no number of days: the Registrar fixes the period in his direction "
                                      "(s.12(7) proviso; default 30 days, societies/bylaws/rules.py)",
}
