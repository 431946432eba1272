"""Registration's decision reminders are derived from its clock (clocks.py); the names stay importable."""

from datetime import date
from functools import partial

from registrar.clocks.derive import reminder_due_query, reminder_sweep

from .clocks import DEEMED_REGISTRATION, REMINDER_BODY, REMINDER_SUBJECT, RULE_ID  # noqa: F401

applications_due_for_decision_reminder = partial(reminder_due_query, DEEMED_REGISTRATION)


def reminder_key(application_id: int, offset: int) -> str:
    return f"reminder:{RULE_ID}:{application_id}:{offset}"


def applications_remind_decision(*, today: date):
    return reminder_sweep(DEEMED_REGISTRATION, today=today)
