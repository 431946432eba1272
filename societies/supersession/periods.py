"""The administrators' period, as pure functions (no database, clock or network): shared by the order that
supersedes a Board (services/order.py) and by the administrators' limits and extensions (issue 20, S2).

Counting follows statute/README.md through the statute engine: the trigger day (the date of the supersession
order) is excluded; months and years are calendar months clamped to the month end.

- An ordinary society: the administrators manage for at most six months (s.125, administrator_max_6m).
- A credit structure society (a PACS or the State Co-operative Bank, s.134): the election of a new Board within
  two months of the supersession (s.140(2), credit_election_after_supersession_2m), which the State Government
  may extend up to six months: the administrators' period ends with those two months until an extension order
  moves it.
- A co-operative bank superseded at the Reserve Bank's requisition (s.4A(a), coop_bank_administrator_max_1y) or
  on its advice (s.146(1), whose administrator's period is the s.4A(a) one): a year, or the end the Reserve Bank
  specifies, which prevails.
"""

from datetime import date

from registrar.statute import due

from .grounds import is_credit_structure
from .models import RESERVE_BANK_GROUNDS

ORDINARY_RULE = "administrator_max_6m"
CREDIT_RULE = "credit_election_after_supersession_2m"
BANK_RULE = "coop_bank_administrator_max_1y"
# s.140(2): "extendable by the Government up to six months" from the supersession (rules.yaml limit
# max_with_government_permission_months: 6; the six months are administrator_max_6m's).
CREDIT_OUTER_RULE = ORDINARY_RULE


def period_rule(*, society, ground: str) -> str:
    """The rules.yaml id that fixes the administrators' period for this society and ground."""
    if ground in RESERVE_BANK_GROUNDS:
        return BANK_RULE
    if is_credit_structure(society):
        return CREDIT_RULE
    return ORDINARY_RULE


def administrator_period_end(superseded_on: date, *, society, ground: str, rbi_period: date | None = None) -> date:
    """The last day of the administrators' period (Supersession.period_ends_on).

    1 Nov 2026: an ordinary society -> 1 May 2027 (s.125, administrator_max_6m); a PACS -> 1 Jan 2027 (s.140(2),
    credit_election_after_supersession_2m); a bank at the Reserve Bank's requisition -> 1 Nov 2027 (s.4A(a),
    coop_bank_administrator_max_1y) or `rbi_period`, the end date the Reserve Bank specified, which prevails."""
    rule = period_rule(society=society, ground=ground)
    if rule == BANK_RULE and rbi_period is not None:
        return rbi_period
    return due(rule, superseded_on).last_day


def administrator_outer_limit(superseded_on: date, *, society, ground: str, rbi_period: date | None = None) -> date:
    """How far extensions may move the period: six months for a credit structure society (s.140(2) with the
    Government's leave, up to administrator_max_6m's six); otherwise the period itself (s.125 gives no
    extension beyond six months; s.4A's year or the Reserve Bank's date is already the bank's limit)."""
    rule = period_rule(society=society, ground=ground)
    if rule == CREDIT_RULE:
        return due(CREDIT_OUTER_RULE, superseded_on).last_day
    return administrator_period_end(superseded_on, society=society, ground=ground, rbi_period=rbi_period)
