"""The statute of the liquidator's workspace as pure functions (issue 21 point 3): no database, no clock. Each cites
its section and rules.yaml id; the periods come from the statute engine (registrar.statute.due).
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from registrar.statute import due

NO_CLOSED_DAYS: frozenset[date] = frozenset()

# Who a contributory is (s.4(4), s.28; lifecycles.md §15 item 23).
CURRENT = "current"
S4_4 = "s4_4"     # ceased or died in the two years before the cancellation order: liable until the end
S28 = "s28"       # ceased or died earlier, still inside the five years of s.28: liable until cessation + 5 years


def claims_last_day(published_on: date, closed_days: frozenset[date] = NO_CLOSED_DAYS) -> date:
    """Last day for a claim to the liquidator: two months from the Gazette's publication of the cancellation
    notice (s.94(3), rules.yaml liquidation_claims_2m). A claim is a filing by a creditor, so a last day on which
    the office is closed rolls forward to the next open day (statute/README.md)."""
    return due("liquidation_claims_2m", published_on, closed_days).filing_last_day


def claim_is_late(received_on: date, published_on: date | None,
                  closed_days: frozenset[date] = NO_CLOSED_DAYS) -> bool:
    """A claim received after the last day. The Act states no consequence (liquidation_claims_2m): the DEFAULT
    (lifecycles.md §11, "late claims") is to accept it with a flag for the liquidator's decision. Before the
    Gazette has printed the notice no claim can be late."""
    return published_on is not None and received_on > claims_last_day(published_on, closed_days)


def s4_4_window_start(order_made_on: date) -> date:
    """First day of the two years immediately preceding the order for dissolution (s.4(4), rules.yaml
    dissolution_past_member_liability_2y, a look-back: order date - 2 years .. order date). Counted back from the
    s.94 cancellation order, not the certificate of dissolution (lifecycles.md §15 item 23)."""
    return due("dissolution_past_member_liability_2y", order_made_on).last_day


def s28_liability_ends(ceased_on: date) -> date:
    """Last day of a past member's (or a deceased member's estate's) liability for the society's debts as they
    stood when he ceased: five years from the cessation (s.28, rules.yaml past_member_liability_5y)."""
    return due("past_member_liability_5y", ceased_on).last_day


@dataclass(frozen=True)
class Liability:
    basis: str                 # CURRENT, S4_4 or S28
    until: date | None         # None: until the liquidation proceedings are completed (s.4(4)) or, for a
    #                            current member, as a member


def contributory_liability(ceased_on: date | None, order_made_on: date) -> Liability | None:
    """Whether an entry of the register of members is a contributory, on which basis, and until when. Listed
    (rules.yaml dissolution_past_member_liability_2y, notes): current members (on the register on the order's
    day: a cessation after the order leaves the member liable as one); those who ceased or died inside the s.4(4)
    window; anyone else still inside the s.28 five years on the order's day. Where both apply the longer exposure
    is shown, which is s.4(4)'s (until the end of liquidation). None: not a contributory."""
    if ceased_on is None or ceased_on > order_made_on:
        return Liability(CURRENT, None)
    if ceased_on >= s4_4_window_start(order_made_on):
        return Liability(S4_4, None)
    ends = s28_liability_ends(ceased_on)
    if ends >= order_made_on:
        return Liability(S28, ends)
    return None


def may_call_on(liability_until: date | None, called_on: date) -> bool:
    """A call on a s.28 past member only while his five years run; the others stay liable to the end."""
    return liability_until is None or called_on <= liability_until


@dataclass(frozen=True)
class CompromiseCount:
    majority_in_number: bool
    three_fourths_by_value: bool

    @property
    def agreed(self) -> bool:
        return self.majority_in_number and self.three_fourths_by_value


def compromise_count(*, creditors: int, debts: Decimal, assenting: int, assenting_debts: Decimal) -> CompromiseCount:
    """s.115: a compromise binds when a majority in number of the creditors (or of the class) representing three
    fourths of the debts agree at the meeting (rules.yaml creditor_compromise_three_fourths). "Present and voting"
    is not said: the DEFAULT counts against all the creditors of the class and their whole debt. A majority is
    more than half; three fourths is reached at exactly 75 %."""
    if creditors < 1 or debts <= 0:
        raise ValueError("a compromise needs at least one creditor and some debt")
    if not 0 <= assenting <= creditors or not 0 <= assenting_debts <= debts:
        raise ValueError("the assenting creditors cannot be more than all the creditors")
    return CompromiseCount(majority_in_number=assenting * 2 > creditors,
                           three_fourths_by_value=assenting_debts * 4 >= debts * 3)


def quarter_end(day: date) -> date:
    """The last day of the calendar quarter holding `day` (31 Mar, 30 Jun, 30 Sep, 31 Dec)."""
    month = ((day.month - 1) // 3 + 1) * 3
    return date(day.year, month, 30 if month in (6, 9) else 31)


def next_quarter_end(after: date) -> date:
    """The first quarter end after `after`."""
    end = quarter_end(after)
    if end > after:
        return end
    return quarter_end(date(after.year + (after.month == 12), 1 if after.month == 12 else after.month + 1, 1))


def quarterly_report_due(quarter_ends_on: date, closed_days: frozenset[date] = NO_CLOSED_DAYS) -> date:
    """The office's service target for the liquidator's quarterly report to the Registrar: fifteen days after the
    quarter ends. The Act fixes no period for a liquidator's report; the target is measured by the Act's only
    quarterly report period, s.80(1) proviso (rules.yaml branch_quarterly_summary_15d), as MSCS Rule 28 asks a
    liquidator for quarterly reports (practice.md B; ADR 0055). A report to the Registrar rolls past closed days."""
    return due("branch_quarterly_summary_15d", quarter_ends_on, closed_days).filing_last_day


def pro_rata(available: Decimal, amounts: list[Decimal]) -> list[Decimal]:
    """Share `available` among claims of one priority in proportion to their admitted amounts, in paise, never
    more than each claim; the paise left by rounding go to the first claims (largest remainder is not needed for
    a schedule the liquidator reviews)."""
    total = sum(amounts, Decimal(0))
    if total <= 0:
        return [Decimal(0) for _ in amounts]
    if available >= total:
        return list(amounts)
    shares = [(available * a / total).quantize(Decimal("0.01"), rounding="ROUND_DOWN") for a in amounts]
    left = available - sum(shares, Decimal(0))
    cent = Decimal("0.01")
    for i, amount in enumerate(amounts):
        if left < cent:
            break
        if shares[i] + cent <= amount:
            shares[i] += cent
            left -= cent
    return shares
