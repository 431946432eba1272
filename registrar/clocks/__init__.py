"""The clock frame: every statutory clock is declared once, and the frame derives the rest (ADR 0012).

    from registrar.clocks import Clock, Expiry, Reminders, declare, EFFECT, SECRETARIES

    AGM = declare(Clock(
        name="agm", rule_id="agm_within_6_months", model=FinancialYear, due_field="agm_last_day",
        open=Q(agm_checked=False, agm_held_on__isnull=True), district="society__district",
        subject=lambda year: f"{year.society.name} · AGM {year.label}", url=...,
        timeline_label=lambda year: ..., met=Q(agm_held_on__isnull=False),
        reminders=Reminders(sweeper="agm_remind", order=41, recipients=SECRETARIES, trigger="ends_on", ...),
        expiry=Expiry(EFFECT, sweeper="boards_dissolve_for_missed_agm", order=44, settle=settle_board_endings),
    ))

From one declaration the frame derives (registrar/clocks/derive.py): the expiry sweeper with its due query and
isolated per-row (or per-society settle) run, the reminder sweeper (each reminder once: the Notification key),
the deadlines board rows and CSV, the society's statutory timeline items and, for filings whose last day rolls
past closed days, the holiday re-dating. A `Chore` is a sweeper that keeps rows in order (open the next
financial year, count a year's Board meetings) without a last day anyone races: isolated, not on the board.
"""

from registrar.reminders import DEFAULT_OFFSETS

from .declaration import (
    DECIDING_OFFICERS,
    DEEMED_AGAINST_REGISTRAR,
    DISTRICT_OFFICERS,
    EFFECT,
    EXPIRY_KINDS,
    FLAG,
    ITSELF,
    OFFICER,
    SECRETARIES,
    SERVICE,
    STATUS,
    STATUTE,
    Chore,
    Clock,
    Escalation,
    Expiry,
    Reminders,
    chore,
    declare,
    declared,
    declared_chores,
)

__all__ = [
    "DEEMED_AGAINST_REGISTRAR", "ITSELF",
    "DECIDING_OFFICERS", "DEFAULT_OFFSETS", "DISTRICT_OFFICERS", "EFFECT", "EXPIRY_KINDS", "FLAG",
    "OFFICER", "SECRETARIES", "SERVICE", "STATUS", "STATUTE", "Chore", "Clock", "Escalation", "Expiry", "Reminders", "chore",
    "declare", "declared", "declared_chores",
]
