"""Review and appeal windows of an order, per trigger (issue 13 point 1). No database: Orders are unsaved.

Every expected date is worked out by hand (General Clauses Act s.9: the trigger day is excluded).
"""

from datetime import date

import pytest

from orders import kinds
from orders.kinds import OrderKind
from orders.models import Order
from orders.windows import APPEAL, REVIEW, windows_for

D = date.fromisoformat

# Kinds the later modules will declare, built here without declaring them (issuer, trigger, rule as the Act).
MEMBERSHIP_REFUSAL = OrderKind("test.membership_refusal", "refusal of membership", "MRF", "20(3)",
                               issuer=kinds.SOCIETY, appeal_rule="membership_refusal_appeal_60d",
                               appeal_trigger=kinds.RECEIPT, appeal_forum=kinds.FORUM_GENERAL_ASSEMBLY)
TERMINATION = OrderKind("test.termination", "termination", "TRM", "23(2)", issuer=kinds.SOCIETY,
                        appeal_rule="termination_appeal_30d", appeal_trigger=kinds.RECEIPT,
                        appeal_forum=kinds.FORUM_GENERAL_ASSEMBLY)
CANCELLATION = kinds.office_order("test.cancellation", "cancellation", "CAN", "94(5)",
                                  appeal_rule="cancellation_appeal_2m", appeal_trigger=kinds.PUBLICATION)
PRESIDENT_REMOVAL = OrderKind("test.president_removal", "removal of President", "PRM", "36(5)",
                              issuer=kinds.SOCIETY, appeal_rule="president_removal_appeal_30d",
                              appeal_trigger=kinds.RESOLUTION, appeal_forum=kinds.FORUM_REGISTRAR)
LIQUIDATOR_DECISION = OrderKind("test.liquidator", "decision of the liquidator", "LQD", "111(1)",
                                issuer=kinds.LIQUIDATOR, appeal_forum=kinds.FORUM_REGISTRAR)


def _order(kind, monkeypatch, **dates):
    monkeypatch.setattr(Order, "order_kind", property(lambda self: kind))
    return Order(kind=kind.code, decides=kind.decides, **dates)


def _window(windows, what):
    return next((w for w in windows if w.what == what), None)


# kind, dates on the order, closed days, expected review last day, expected appeal last day
CASES = [
    # statute README example 15: communicated 10 Apr 2026 -> review and appeal by Tue 9 Jun
    ("refusal, communicated", kinds.REFUSAL, {"made_on": "2026-04-08", "communicated_on": "2026-04-10"}, [],
     "2026-06-09", "2026-06-09"),
    # 31 Dec + 60: 31 Jan is day 31, 28 Feb day 59, 1 Mar day 60
    ("refusal, year end", kinds.REFUSAL, {"made_on": "2026-12-31", "communicated_on": "2026-12-31"}, [],
     "2027-03-01", "2027-03-01"),
    # 31 Dec 2027 + 60 = 29 Feb 2028 (leap year)
    ("refusal, leap day", kinds.REFUSAL, {"made_on": "2027-12-31", "communicated_on": "2027-12-31"}, [],
     "2028-02-29", "2028-02-29"),
    # the appeal is filed at an office: a closed last day rolls forward; the review is the office's own power
    ("refusal, last day closed", kinds.REFUSAL, {"made_on": "2026-04-10", "communicated_on": "2026-04-10"},
     ["2026-06-09"], "2026-06-09", "2026-06-10"),
    # a migrated order whose dispatch was never recorded runs from the date made
    ("migrated, not recorded", kinds.REFUSAL, {"made_on": "2026-04-10", "communication_recorded": False}, [],
     "2026-06-09", "2026-06-09"),
    # s.20(3): from the applicant's RECEIPT of the refusal, not its communication; no s.111(2) review
    ("membership refusal, receipt", MEMBERSHIP_REFUSAL,
     {"made_on": "2026-01-02", "communicated_on": "2026-01-05", "received_on": "2026-01-31"}, [],
     None, "2026-04-01"),
    # s.23(2): receipt + 30
    ("termination, receipt", TERMINATION, {"made_on": "2026-01-20", "received_on": "2026-01-31"}, [],
     None, "2026-03-02"),
    # s.94(5): publication + 2 months (statute README example 13: 1 Jun -> 1 Aug)
    ("cancellation, publication", CANCELLATION,
     {"made_on": "2026-05-20", "communicated_on": "2026-05-22", "published_on": "2026-06-01"}, [],
     "2026-07-21", "2026-08-01"),
    # 31 Dec + 2 months ends on the last day of February; 28 Feb 2027 is a Sunday, so the appeal (filed at an
    # office) may still be filed on Mon 1 Mar
    ("cancellation, month end on a Sunday", CANCELLATION,
     {"made_on": "2026-12-01", "communicated_on": "2026-12-02", "published_on": "2026-12-31"}, [],
     "2027-01-31", "2027-03-01"),
    # 31 Dec 2027 + 2 months = Tue 29 Feb 2028 (leap year)
    ("cancellation, leap February", CANCELLATION,
     {"made_on": "2027-12-01", "communicated_on": "2027-12-02", "published_on": "2027-12-31"}, [],
     "2028-01-31", "2028-02-29"),
    # s.36(5): from the date the resolution was passed
    ("president removal, resolution", PRESIDENT_REMOVAL, {"made_on": "2026-01-31", "received_on": "2026-02-10"},
     [], None, "2026-03-02"),
]


@pytest.mark.parametrize("label, kind, dates, closed, review, appeal", CASES, ids=[c[0] for c in CASES])
def test_order_windows_run_from_the_trigger_their_rule_names(label, kind, dates, closed, review, appeal,
                                                            monkeypatch):
    values = {k: (D(v) if isinstance(v, str) else v) for k, v in dates.items()}
    windows = windows_for(_order(kind, monkeypatch, **values), frozenset(D(c) for c in closed))
    found_review, found_appeal = _window(windows, REVIEW), _window(windows, APPEAL)
    assert (found_review.last_day if found_review else None) == (D(review) if review else None)
    assert found_appeal.last_day == D(appeal)


def test_order_window_has_not_started_before_its_trigger_is_recorded(monkeypatch):
    membership = windows_for(_order(MEMBERSHIP_REFUSAL, monkeypatch, made_on=D("2026-01-02"),
                                    communicated_on=D("2026-01-05")))
    appeal = _window(membership, APPEAL)
    assert appeal.trigger_on is None and appeal.last_day is None and not appeal.is_open(D("2026-01-06"))


def test_order_window_is_open_through_its_last_day_and_closed_after(monkeypatch):
    refusal = windows_for(_order(kinds.REFUSAL, monkeypatch, made_on=D("2026-04-10"),
                                 communicated_on=D("2026-04-10")))
    review = _window(refusal, REVIEW)
    assert review.is_open(D("2026-06-09")) and not review.is_open(D("2026-06-10"))


def test_liquidator_decision_appeal_to_registrar_has_no_period_and_no_review(monkeypatch):
    windows = windows_for(_order(LIQUIDATOR_DECISION, monkeypatch, made_on=D("2026-03-01"),
                                 communicated_on=D("2026-03-02")))
    assert [w.what for w in windows] == [APPEAL]
    assert windows[0].rule_id == "appeal_to_registrar_no_limit" and windows[0].last_day is None
    assert windows[0].is_open(D("2030-01-01"))


def test_letters_and_orders_set_aside_have_no_windows(monkeypatch):
    memo = _order(kinds.QUERY_MEMO, monkeypatch, made_on=D("2026-04-10"), communicated_on=D("2026-04-10"))
    assert windows_for(memo) == []
    refusal = _order(kinds.REFUSAL, monkeypatch, made_on=D("2026-04-10"), communicated_on=D("2026-04-10"),
                     set_aside_on=D("2026-05-01"))
    assert windows_for(refusal) == []


@pytest.mark.parametrize("extra, message", [
    ({"issuer": kinds.SOCIETY, "review_rule": "registrar_review_60d"}, "only the office's own orders"),
    ({"decides": False, "appeal_rule": "appeal_state_government_60d"}, "decides nothing"),
    ({"issuer": "court"}, "issuer must be one of"),
    ({"appeal_trigger": "hearing_on"}, "appeal_trigger must be one of"),
])
def test_order_kind_refuses_a_declaration_the_act_does_not_allow(extra, message):
    with pytest.raises(ValueError, match=message):
        OrderKind("test.bad", "bad", "BAD", "1", **extra)


# The office's orders the Act puts beyond review and appeal, each for its reason; nothing else may join silently.
UNQUESTIONABLE = {
    "registration.deemed_certificate": "s.11 proviso: no officer decided anything",
    "supersession.rbi_order": "s.4A(b): made on the Reserve Bank's requisition, 'shall not be called in question'",
}


def test_every_declared_office_order_is_reviewable_and_letters_are_not():
    for kind in kinds.declared_kinds():
        if not kind.decides:
            assert not kind.reviewable and not kind.appealable, kind.code
        elif kind.code in UNQUESTIONABLE:
            assert kind.issuer == kinds.OFFICE and not kind.reviewable and not kind.appealable, kind.code
        elif kind.issuer == kinds.OFFICE:
            assert kind.review_rule == "registrar_review_60d", kind.code
