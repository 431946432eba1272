"""Reminders to secretaries 15, 7 and 1 day(s) before the last day for the annual return (s.129(1)).

Imported by GovernanceConfig.ready so the sweeper registers. Only years whose AGM is held are reminded: before
the AGM the s.129 clock has not started (the §14 default last day is a marker for the overdue list, not a
period the society is counting). Each reminder goes once per (secretary, year, offset): the Notification key
decides, not a read-then-write, so two concurrent sweeps send it once.
"""

from datetime import date, timedelta

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.notify import notify
from registrar.reminders import DEFAULT_OFFSETS, reminder_due
from registrar.sweeps import SweepResult, sweeper

from .models import FinancialYear
from .services.returns import secretaries_by_society

RULE_ID = "annual_returns_30d"
REMINDER_SUBJECT = _("Reminder: file the annual return for %(year)s by %(last_day)s")
REMINDER_BODY = _(
    "The annual return of %(society)s for the year %(year)s must be filed by %(last_day)s (%(days)s day(s) "
    "left): within 30 days of the AGM held on %(agm)s, section 129(1). Not filing it is an offence under "
    "section 129(3)."
)


def reminder_key(financial_year_id: int, offset: int) -> str:
    return f"reminder:{RULE_ID}:{financial_year_id}:{offset}"


def financial_years_due_for_return_reminder(today: date):
    """The due query: AGM held, no return filed, last day from today to today + the longest offset. Reads the
    partial index fy_returns_due_idx (returns_last_day WHERE returns_filed_on IS NULL)."""
    return (
        FinancialYear.objects.filter(
            returns_filed_on__isnull=True, agm_held_on__isnull=False,
            returns_last_day__gte=today, returns_last_day__lte=today + timedelta(days=max(DEFAULT_OFFSETS)),
        ).select_related("society").order_by("returns_last_day", "pk")
    )


@sweeper("returns_remind", order=40, due_query=financial_years_due_for_return_reminder,
         description="Remind secretaries 15, 7 and 1 day(s) before the annual return's last day (s.129(1)).")
def returns_remind(*, today: date) -> SweepResult:
    """Notify each secretary once per reminder. A late run sends only the latest reminder that has arrived."""
    result = SweepResult()
    due = []
    for year in financial_years_due_for_return_reminder(today):
        offset = reminder_due(year.agm_held_on, year.returns_last_day, today)
        if offset is not None:
            due.append((year, offset))
    secretaries = secretaries_by_society({year.society_id for year, _offset in due})
    for year, offset in due:
        society = year.society
        params = {"society": society.name, "year": year.label, "last_day": f"{year.returns_last_day:%d %b %Y}",
                  "days": (year.returns_last_day - today).days, "agm": f"{year.agm_held_on:%d %b %Y}"}
        url = reverse("society_return_edit", args=[society.pk, year.pk])
        for user in secretaries.get(society.pk, []):
            _note, created = notify(user, key=reminder_key(year.pk, offset), subject=REMINDER_SUBJECT,
                                    body=REMINDER_BODY, params=params, url=url)
            if created:
                result.add(f"{society.registration_number} {year.label}: {offset}-day reminder to {user.username}")
    return result
