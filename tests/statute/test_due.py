"""The statute engine's arithmetic. Every expected date is worked out BY HAND and written as a literal.

Columns: rule id, trigger, last_day, filing_last_day, effective_on (None = no automatic effect).
"""

from datetime import date

import pytest

from registrar.statute import NoPeriod, WindowNeeded, catalogue, due, later_of

D = date.fromisoformat
NO_CLOSED = frozenset()

# statute/README.md "The 15 most important deadlines" (and the paragraph under it), one row per example.
README_EXAMPLES = [
    # 1. received 15 Jan 2026 -> day 60 is Mon 16 Mar -> deemed registered from 17 Mar
    ("registration_deemed_60d", "2026-01-15", "2026-03-16", "2026-03-16", "2026-03-17"),
    ("registration_refusal_60d", "2026-01-15", "2026-03-16", "2026-03-16", None),
    ("registration_certificate_60d", "2026-01-15", "2026-03-16", "2026-03-16", None),
    # 2. FY ends 31 Mar 2026 -> AGM by 30 Sep -> Board dissolved from 1 Oct
    ("agm_within_6_months", "2026-03-31", "2026-09-30", "2026-09-30", "2026-10-01"),
    # 3. audited by 30 Sep 2026
    ("audit_within_6_months", "2026-03-31", "2026-09-30", "2026-09-30", None),
    # 4. AGM 20 Sep -> returns by Tue 20 Oct
    ("annual_returns_30d", "2026-09-20", "2026-10-20", "2026-10-20", None),
    # 5. AGM 20 Sep -> proceedings by Mon 5 Oct; received 3 Oct -> Registrar by 18 Oct -> deemed 19 Oct
    ("gm_proceedings_to_registrar_15d", "2026-09-20", "2026-10-05", "2026-10-05", None),
    ("gm_proceedings_deemed_approved_15d", "2026-10-03", "2026-10-18", "2026-10-18", "2026-10-19"),
    # 6. resolution 10 Jun -> forward by Fri 10 Jul; copy by 10 Jul; received 12 Jul -> decision by 10 Sep
    ("bye_law_amendment_forward_1m", "2026-06-10", "2026-07-10", "2026-07-10", None),
    ("bye_law_resolution_copy_30d", "2026-06-10", "2026-07-10", "2026-07-10", None),
    ("bye_law_amendment_decision_60d", "2026-07-12", "2026-09-10", "2026-09-10", None),
    # 7. applied 1 Feb -> decision by 2 Apr; refusal by 2 May -> deemed member from 3 May
    ("membership_decision_60d", "2026-02-01", "2026-04-02", "2026-04-02", None),
    ("membership_deemed_admission_90d", "2026-02-01", "2026-05-02", "2026-05-02", "2026-05-03"),
    # 8. requisition 1 Jul -> hold by 15 Aug -> directors cease ON 15 Aug (s.33(3) "date of expiry")
    ("special_gm_within_45d", "2026-07-01", "2026-08-15", "2026-08-15", "2026-08-15"),
    # 9. last Board meeting 10 Jan -> next by 10 May; cessation dated on expiry (s.43(3))
    ("board_meeting_gap_max_120d", "2026-01-10", "2026-05-10", "2026-05-10", "2026-05-10"),
    # 10. elected 10 Aug 2021 -> term ends 10 Aug 2026 -> new Board 11 Aug; officer 1 Oct -> Board by 30 Dec
    ("board_term_5y", "2021-08-10", "2026-08-10", "2026-08-10", "2026-08-11"),
    ("registrar_officer_constitutes_board_90d", "2026-10-01", "2026-12-30", "2026-12-30", None),
    # 11. accepted 25 Sep -> report by Fri 25 Dec; not automatic since the December 2026 pack: the flag is raised
    # from 26 Dec, and the disqualification needs the Registrar's confirming order (no effective_on)
    ("audit_followup_report_3m", "2026-09-25", "2026-12-25", "2026-12-25", None),
    # 12. applied 2 Mar -> order by 12 Mar -> complete by 11 Apr -> report by 11 May / reasons by 26 Apr
    ("inquiry_order_or_reject_10d", "2026-03-02", "2026-03-12", "2026-03-12", None),
    ("inquiry_complete_30d", "2026-03-12", "2026-04-11", "2026-04-11", None),
    ("inquiry_report_communication_30d", "2026-04-11", "2026-05-11", "2026-05-11", None),
    ("inquiry_delay_reasons_15d", "2026-04-11", "2026-04-26", "2026-04-26", None),
    # 13. gazetted 1 Jun -> claims/appeals by Sat 1 Aug (a first Saturday: open) -> effective 2 Aug
    ("liquidation_claims_2m", "2026-06-01", "2026-08-01", "2026-08-01", None),
    ("cancellation_appeal_2m", "2026-06-01", "2026-08-01", "2026-08-01", "2026-08-02"),
    ("cancellation_takes_effect", "2026-06-01", "2026-08-01", "2026-08-01", "2026-08-02"),
    ("liquidation_max_8y", "2026-06-01", "2034-06-01", "2034-06-01", None),
    # 14. served 5 Jan -> pay by Wed 4 Feb
    ("cdc_payment_30d", "2026-01-05", "2026-02-04", "2026-02-04", None),
    # 15. communicated 10 Apr -> review / appeal by Tue 9 Jun
    ("registrar_review_60d", "2026-04-10", "2026-06-09", "2026-06-09", "2026-06-10"),
    ("appeal_state_government_60d", "2026-04-10", "2026-06-09", "2026-06-09", "2026-06-10"),
    # "Other deadlines": supersession, administrator, credit election
    ("supersession_report_action_60d", "2026-08-01", "2026-09-30", "2026-09-30", None),
    ("administrator_max_6m", "2026-11-01", "2027-05-01", "2027-05-01", None),
    ("credit_election_after_supersession_2m", "2026-11-01", "2027-01-01", "2027-01-01", None),
    # anchor_rule examples in rules.yaml
    ("audit_report_fortnight", "2026-08-10", "2026-08-24", "2026-08-24", None),
    ("voter_list_provisional_20d", "2026-03-31", "2026-04-20", "2026-04-20", None),
    ("voter_list_final_40d", "2026-03-31", "2026-05-10", "2026-05-10", None),
    ("member_list_update_60d", "2026-03-31", "2026-05-30", "2026-05-30", None),
    ("ce_draft_annual_report_30d", "2026-03-31", "2026-04-30", "2026-04-30", None),
    ("promoter_board_max_1y", "2026-03-17", "2027-03-17", "2027-03-17", "2027-03-18"),
    ("past_member_liability_5y", "2026-04-15", "2031-04-15", "2031-04-15", "2031-04-16"),
    ("withdrawal_after_1y", "2025-04-15", "2026-04-15", "2026-04-15", "2026-04-16"),
    ("mortgage_sale_after_3m_notice", "2026-01-10", "2026-04-10", "2026-04-10", None),
    ("distraint_bar_12m", "2026-01-01", "2027-01-01", "2027-01-01", "2027-01-02"),
    ("reaudit_bar_3y", "2026-09-25", "2029-09-25", "2029-09-25", "2029-09-26"),
    ("special_board_meeting_15d", "2026-03-03", "2026-03-18", "2026-03-18", "2026-03-18"),
]

MONTH_ENDS_AND_LEAP_DAYS = [
    # 31 Jan + 1 month = 28 Feb 2026, a 4th Saturday: filing rolls over Sunday 1 Mar to Monday 2 Mar
    ("bye_law_amendment_forward_1m", "2026-01-31", "2026-02-28", "2026-03-02", None),
    # 31 Jan 2028 + 1 month = Tue 29 Feb 2028 (leap year), open
    ("bye_law_amendment_forward_1m", "2028-01-31", "2028-02-29", "2028-02-29", None),
    # 31 Aug + 6 months = 28 Feb 2027 (a Sunday, but a meeting never rolls)
    ("agm_within_6_months", "2026-08-31", "2027-02-28", "2027-02-28", "2027-03-01"),
    # 30 Nov 2025 + 3 months = 28 Feb 2026 (4th Saturday) -> report may be filed Mon 2 Mar; no automatic effect
    ("audit_followup_report_3m", "2025-11-30", "2026-02-28", "2026-03-02", None),
    # 29 Feb 2024 + 5 years = 28 Feb 2029; + 1 year = 28 Feb 2025
    ("board_term_5y", "2024-02-29", "2029-02-28", "2029-02-28", "2029-03-01"),
    ("withdrawal_after_1y", "2024-02-29", "2025-02-28", "2025-02-28", "2025-03-01"),
    # 60 days across a leap February: 15 Jan 2028 -> 16 (Jan) + 29 (Feb) + 15 (Mar) = 15 Mar 2028
    ("registration_deemed_60d", "2028-01-15", "2028-03-15", "2028-03-15", "2028-03-16"),
    # 30 days across the year end: 5 Dec 2026 -> 26 (Dec) + 4 = 4 Jan 2027, a Monday
    ("cdc_payment_30d", "2026-12-05", "2027-01-04", "2027-01-04", None),
    # 31 Mar + 1 month = 30 Apr
    ("rbi_advice_administrator_liquidator_1m", "2026-03-31", "2026-04-30", "2026-04-30", None),
]

OFFICE_CLOSED_NO_HOLIDAYS = [
    # 10 Sep + 30 = Sat 10 Oct 2026 (2nd Saturday) -> Sun 11 -> Mon 12 Oct
    ("annual_returns_30d", "2026-09-10", "2026-10-10", "2026-10-12", None),
    # 26 Feb + 30 = Sat 28 Mar 2026 (4th Saturday) -> Mon 30 Mar
    ("cdc_payment_30d", "2026-02-26", "2026-03-28", "2026-03-30", None),
    # 18 Sep + 30 = Sun 18 Oct -> Mon 19 Oct; the appeal bar follows on 20 Oct
    ("termination_appeal_30d", "2026-09-18", "2026-10-18", "2026-10-19", "2026-10-20"),
    # 14 Apr + 60 = Sat 13 Jun 2026 (2nd Saturday) -> Mon 15 Jun -> window closed from 16 Jun
    ("appeal_state_government_60d", "2026-04-14", "2026-06-13", "2026-06-15", "2026-06-16"),
    # deemed registration against the Registrar on the same Saturday: never moves
    ("registration_deemed_60d", "2026-04-14", "2026-06-13", "2026-06-13", "2026-06-14"),
    # a meeting on a closed day does not move either (Sun 18 Oct)
    ("gm_proceedings_deemed_approved_15d", "2026-10-03", "2026-10-18", "2026-10-18", "2026-10-19"),
    # a "before" rule on a 2nd Saturday (Sat 12 Sep 2026) never moves
    ("agm_accounts_ready_15d_before", "2026-09-27", "2026-09-12", "2026-09-12", None),
]

BEFORE_AND_LOOK_BACK = [
    ("agm_accounts_ready_15d_before", "2026-09-20", "2026-09-05", "2026-09-05", None),
    ("agm_accounts_ready_15d_before", "2026-03-10", "2026-02-23", "2026-02-23", None),
    ("individual_members_special_meeting_30d", "2026-03-15", "2026-02-13", "2026-02-13", None),
    # look-back: earliest day of the window; automatic, but no effective_on
    ("surcharge_lookback_4y", "2026-08-01", "2022-08-01", "2022-08-01", None),
    ("dissolution_past_member_liability_2y", "2028-02-29", "2026-02-28", "2026-02-28", None),
]


def check(rule_id, trigger, last_day, filing_last_day, effective_on, closed=NO_CLOSED):
    result = due(rule_id, D(trigger), closed)
    assert result.rule == rule_id
    assert result.trigger == D(trigger)
    assert result.last_day == D(last_day)
    assert result.filing_last_day == D(filing_last_day)
    assert result.effective_on == (D(effective_on) if effective_on else None)


@pytest.mark.parametrize(("rule_id", "trigger", "last_day", "filing_last_day", "effective_on"), README_EXAMPLES)
def test_readme_worked_examples(rule_id, trigger, last_day, filing_last_day, effective_on):
    check(rule_id, trigger, last_day, filing_last_day, effective_on)


@pytest.mark.parametrize(("rule_id", "trigger", "last_day", "filing_last_day", "effective_on"),
                         MONTH_ENDS_AND_LEAP_DAYS)
def test_month_ends_and_leap_days(rule_id, trigger, last_day, filing_last_day, effective_on):
    check(rule_id, trigger, last_day, filing_last_day, effective_on)


@pytest.mark.parametrize(("rule_id", "trigger", "last_day", "filing_last_day", "effective_on"),
                         OFFICE_CLOSED_NO_HOLIDAYS)
def test_weekly_closures(rule_id, trigger, last_day, filing_last_day, effective_on):
    check(rule_id, trigger, last_day, filing_last_day, effective_on)


@pytest.mark.parametrize(("rule_id", "trigger", "last_day", "filing_last_day", "effective_on"),
                         BEFORE_AND_LOOK_BACK)
def test_before_and_look_back(rule_id, trigger, last_day, filing_last_day, effective_on):
    check(rule_id, trigger, last_day, filing_last_day, effective_on)


def test_gazetted_holiday_pushes_a_filing_further():
    # Sat 13 Jun (2nd Sat) -> Sun 14 -> Mon 15 Jun is a holiday -> Tue 16 Jun; the bar follows on 17 Jun
    check("appeal_state_government_60d", "2026-04-14", "2026-06-13", "2026-06-16", "2026-06-17",
          closed=frozenset({D("2026-06-15")}))
    # two holidays in a row after the weekend: Mon 12 and Tue 13 Oct -> Wed 14 Oct
    check("annual_returns_30d", "2026-09-10", "2026-10-10", "2026-10-14", None,
          closed=frozenset({D("2026-10-12"), D("2026-10-13")}))
    # a holiday on an ordinary weekday last day: Fri 25 Dec 2026 -> Sat 26 (4th Sat), Sun 27 -> Mon 28 Dec
    check("audit_followup_report_3m", "2026-09-25", "2026-12-25", "2026-12-28", None,
          closed=frozenset({D("2026-12-25")}))


def test_deemed_rule_against_the_registrar_never_moves_even_on_a_holiday():
    closed = frozenset({D("2026-03-16"), D("2026-06-13"), D("2026-06-15")})
    check("registration_deemed_60d", "2026-01-15", "2026-03-16", "2026-03-16", "2026-03-17", closed=closed)
    check("registration_deemed_60d", "2026-04-14", "2026-06-13", "2026-06-13", "2026-06-14", closed=closed)
    check("gm_proceedings_deemed_approved_15d", "2026-10-03", "2026-10-18", "2026-10-18", "2026-10-19",
          closed=frozenset({D("2026-10-19")}))


def test_holiday_irrelevant_to_an_open_last_day():
    check("cdc_payment_30d", "2026-01-05", "2026-02-04", "2026-02-04", None,
          closed=frozenset({D("2026-02-05")}))


def test_later_of():
    assert later_of(D("2026-08-02"), D("2026-08-04")) == D("2026-08-04")
    assert later_of(D("2026-08-04"), D("2026-08-02"), D("2026-08-03")) == D("2026-08-04")
    assert later_of(None, D("2026-08-02")) == D("2026-08-02")
    assert later_of(None, None) is None
    assert later_of() is None


def test_cancellation_waits_on_the_appeal_window():
    # gazetted 11 May 2026 -> 2 months = Sat 11 Jul (2nd Saturday). An appeal may still be filed Mon 13 Jul,
    # so the cancellation cannot take effect on 12 Jul: it takes effect on 14 Jul.
    check("cancellation_appeal_2m", "2026-05-11", "2026-07-11", "2026-07-13", "2026-07-14")
    check("cancellation_takes_effect", "2026-05-11", "2026-07-11", "2026-07-11", "2026-07-14")
    # and a holiday on Mon 13 Jul pushes both to Wed 15 Jul
    closed = frozenset({D("2026-07-13")})
    check("cancellation_takes_effect", "2026-05-11", "2026-07-11", "2026-07-11", "2026-07-15", closed=closed)


# ---- the December 2026 corrections of the pack ---------------------------------------------------------------

# s.111(2): a limit on the Registrar's own power to review, so a closed day never extends it (ADR 0015).
# Columns: trigger (communication of the order), closed days, last_day = filing_last_day, effective_on.
REVIEW_WINDOW = [
    # statute/README.md: communicated 10 Apr 2026 -> 10+20 (Apr) +31 (May) +9 = Tue 9 Jun; gone from 10 Jun
    ("2026-04-10", (), "2026-06-09", "2026-06-10"),
    # ... and a holiday on Tue 9 Jun changes nothing
    ("2026-04-10", ("2026-06-09",), "2026-06-09", "2026-06-10"),
    # 14 Apr + 60 = Sat 13 Jun 2026, a 2nd Saturday: stays 13 Jun (an appeal would roll to Mon 15 Jun)
    ("2026-04-14", (), "2026-06-13", "2026-06-14"),
    # 15 Apr + 60 = Sun 14 Jun 2026, with Mon 15 Jun a holiday as well: stays 14 Jun
    ("2026-04-15", ("2026-06-15",), "2026-06-14", "2026-06-15"),
    # 31 Dec 2027 + 60 = 31 (Jan) + 29 (Feb 2028, leap) = Tue 29 Feb 2028
    ("2027-12-31", (), "2028-02-29", "2028-03-01"),
    # across the year end: 2 Nov 2026 + 60 = 28 (Nov) + 31 (Dec) + 1 = Fri 1 Jan 2027, a holiday: stays
    ("2026-11-02", ("2027-01-01",), "2027-01-01", "2027-01-02"),
]


@pytest.mark.parametrize(("trigger", "closed", "last_day", "effective_on"), REVIEW_WINDOW)
def test_registrar_review_window_never_rolls_forward(trigger, closed, last_day, effective_on):
    check("registrar_review_60d", trigger, last_day, last_day, effective_on,
          closed=frozenset(D(day) for day in closed))


# s.85(2): the Board's follow-up report is still a filing (it rolls forward), but the disqualification is no longer
# automatic: no effective_on, whatever the calendar. Columns: trigger (AGM acceptance), closed, last, filing last.
AUDIT_FOLLOWUP = [
    ("2026-09-25", (), "2026-12-25", "2026-12-25"),
    # 31 Aug 2027 + 3 months = 30 Nov 2027 (31 Nov does not exist), a Tuesday
    ("2027-08-31", (), "2027-11-30", "2027-11-30"),
    # 29 and 30 Nov 2027 + 3 months = Tue 29 Feb 2028 (leap year); 30 Nov clamps to the month end
    ("2027-11-29", (), "2028-02-29", "2028-02-29"),
    ("2027-11-30", ("2028-02-29",), "2028-02-29", "2028-03-01"),
    # 28 Feb 2026 is a 4th Saturday: the report may still be filed on Mon 2 Mar
    ("2025-11-30", (), "2026-02-28", "2026-03-02"),
]


@pytest.mark.parametrize(("trigger", "closed", "last_day", "filing_last_day"), AUDIT_FOLLOWUP)
def test_audit_followup_report_has_no_automatic_disqualification(trigger, closed, last_day, filing_last_day):
    check("audit_followup_report_3m", trigger, last_day, filing_last_day, None,
          closed=frozenset(D(day) for day in closed))
    assert due("audit_followup_report_3m", D(trigger)).automatic is False


# s.84(h): the Registrar's submission goes "immediately after expiry of [210 days]": an EARLIEST day, not a last
# day. Columns: trigger (close of the co-operative year), closed days, earliest_day.
EARLIEST_DAY = [
    # 31 Mar 2026: 30 (Apr) 31 30 31 31 30 = 183 on 30 Sep, + 27 = day 210 on Tue 27 Oct -> from Wed 28 Oct
    ("2026-03-31", (), "2026-10-28"),
    # a closed day does not move an earliest day: a holiday on Wed 28 Oct changes nothing
    ("2026-03-31", ("2026-10-28",), "2026-10-28"),
    # 31 Mar 2028 (leap year, but February is behind it): day 210 is Fri 27 Oct 2028 -> from Sat 28 Oct
    ("2028-03-31", (), "2028-10-28"),
    # a year closing 31 Dec 2027: 31 (Jan) + 29 (Feb 2028) = 60 ... 182 on 30 Jun, + 28 = day 210 on 28 Jul
    ("2027-12-31", (), "2028-07-29"),
]


@pytest.mark.parametrize(("trigger", "closed", "earliest_day"), EARLIEST_DAY)
def test_audit_report_to_government_is_an_earliest_day_not_a_last_day(trigger, closed, earliest_day):
    result = due("audit_report_to_government_210d", D(trigger), frozenset(D(day) for day in closed))
    assert result.earliest_day == D(earliest_day)
    assert (result.last_day, result.filing_last_day, result.effective_on) == (None, None, None)


# s.24(2) proviso: the name stays on the register until the LATER of decision + 30 days and the close of the
# member's appeal window (s.23(2) termination: receipt + 30; s.20(3) refusal: receipt + 60, rolled forward to the
# next open day: an appeal is a filing). effective_on = the first day the name may be deleted.
# Columns: decision, appeal window rule, receipt, closed days, last_day (decision + 30), effective_on.
DELETION_HOLD = [
    # decided 1 Mar 2026 -> 31 Mar; received 10 Mar -> appeal by Thu 9 Apr -> deletion from Fri 10 Apr, not 1 Apr
    ("2026-03-01", "termination_appeal_30d", "2026-03-10", (), "2026-03-31", "2026-04-10"),
    # received the same day: both end on 31 Mar -> deletion from 1 Apr
    ("2026-03-01", "termination_appeal_30d", "2026-03-01", (), "2026-03-31", "2026-04-01"),
    # refusal received 5 Mar -> appeal by Mon 4 May (5 Mar + 26 + 30 + 4) -> deletion from Tue 5 May
    ("2026-03-01", "membership_refusal_appeal_60d", "2026-03-05", (), "2026-03-31", "2026-05-05"),
    # received 18 Sep -> appeal by Sun 18 Oct -> Mon 19 Oct; a holiday on 19 Oct -> Tue 20 Oct -> from Wed 21 Oct
    ("2026-09-15", "termination_appeal_30d", "2026-09-18", ("2026-10-19",), "2026-10-15", "2026-10-21"),
    # leap February: decided 31 Jan 2028 -> 31 Jan + 30 = Wed 1 Mar 2028; refusal received the same day ->
    # 31 Jan + 60 = Fri 31 Mar 2028 -> deletion from Sat 1 Apr 2028
    ("2028-01-31", "membership_refusal_appeal_60d", "2028-01-31", (), "2028-03-01", "2028-04-01"),
]


@pytest.mark.parametrize(("decision", "window", "receipt", "closed", "last_day", "effective_on"), DELETION_HOLD)
def test_register_deletion_hold_runs_to_the_later_date(decision, window, receipt, closed, last_day, effective_on):
    result = due("register_deletion_hold_30d", D(decision), frozenset(D(day) for day in closed),
                 window=(window, D(receipt)))
    assert (result.last_day, result.filing_last_day) == (D(last_day), D(last_day))
    assert result.effective_on == D(effective_on)


def test_register_deletion_hold_needs_the_appeal_window():
    with pytest.raises(WindowNeeded, match="membership_refusal_appeal_60d=YYYY-MM-DD or termination_appeal_30d"):
        due("register_deletion_hold_30d", D("2026-03-01"))
    with pytest.raises(WindowNeeded, match="does not wait on cdc_payment_30d"):
        due("register_deletion_hold_30d", D("2026-03-01"), window=("cdc_payment_30d", D("2026-03-05")))
    with pytest.raises(ValueError, match="waits on no other window"):
        due("annual_returns_30d", D("2026-09-20"), window=("termination_appeal_30d", D("2026-09-20")))


NO_PERIOD_DUTIES = [
    "formation_disputes_decided_by_registrar", "territorial_election_before_agm",
    "registrar_controls_electoral_rolls", "ce_board_dispute_registrar_binding", "inquiry_report_copy_on_fee",
    "leave_to_sue_in_liquidation", "registrar_civil_court_for_limitation", "seized_records_immediate_audit",
]


@pytest.mark.parametrize("rule_id", NO_PERIOD_DUTIES)
def test_duty_without_a_number_of_days_is_catalogued_but_has_no_due_date(rule_id):
    rule = catalogue()[rule_id]
    assert (rule.period, rule.has_period, rule.at_office, rule.direction) == (None, False, False, None)
    assert rule.no_period.startswith("no ")
    with pytest.raises(NoPeriod, match=f"{rule_id} has no period fixed by the Act"):
        due(rule_id, D("2026-03-01"))
