"""Supervision's reminders are derived from its clocks (clocks.py); these names stay importable."""

from datetime import date

from registrar.clocks.derive import reminder_sweep

from .clocks import AGM, ANNUAL_RETURN, PROCEEDINGS

RULE_ID = ANNUAL_RETURN.rule_id
AGM_RULE_ID = AGM.rule_id
PROCEEDINGS_RULE_ID = PROCEEDINGS.rule_id


def reminder_key(financial_year_id: int, offset: int) -> str:
    return f"reminder:{RULE_ID}:{financial_year_id}:{offset}"


def returns_remind(*, today: date):
    return reminder_sweep(ANNUAL_RETURN, today=today)


def agm_remind(*, today: date):
    return reminder_sweep(AGM, today=today)


def proceedings_remind(*, today: date):
    return reminder_sweep(PROCEEDINGS, today=today)
