"""Reminders 15, 7 and 1 day(s) before a last day: the annual return (s.129(1)) and the AGM (s.39) to the
society's secretaries, and the Registrar's 15 days on general-meeting proceedings (s.45(1)) to the district's
officers.

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
from registrar.selectors import officers_in_district, secretaries_by_society
from registrar.sweeps import SweepResult, sweeper

from .models import FinancialYear, Proceedings

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


# ---- the AGM: the Board stands dissolved the day after its last day (s.39) -----------------------------------

AGM_RULE_ID = "agm_within_6_months"
AGM_REMINDER_SUBJECT = _("Reminder: hold the AGM of %(society)s by %(last_day)s")
AGM_REMINDER_BODY = _(
    "The annual general meeting of %(society)s for the year %(year)s must be held by %(last_day)s (%(days)s "
    "day(s) left), six months after the year ended. If it is not held, the Board stands dissolved from the next "
    "day and its directors may not be directors for five years (sections 39 and 40(4)). Record the AGM here "
    "once it is held."
)


def financial_years_due_for_agm_reminder(today: date):
    """AGM not yet held and its last day from today to today + 15. Reads fy_agm_due_idx (agm_last_day WHERE
    NOT agm_checked)."""
    return (
        FinancialYear.objects.filter(
            agm_checked=False, agm_held_on__isnull=True,
            agm_last_day__gte=today, agm_last_day__lte=today + timedelta(days=max(DEFAULT_OFFSETS)),
        ).select_related("society").order_by("agm_last_day", "pk")
    )


@sweeper("agm_remind", order=41, due_query=financial_years_due_for_agm_reminder,
         description="Remind secretaries 15, 7 and 1 day(s) before the AGM's last day (s.39), by SMS too.")
def agm_remind(*, today: date) -> SweepResult:
    """Once per (secretary, year, offset); by SMS as well, since missing the day dissolves the Board."""
    result = SweepResult()
    due = [(year, offset) for year in financial_years_due_for_agm_reminder(today)
           if (offset := reminder_due(year.ends_on, year.agm_last_day, today)) is not None]
    secretaries = secretaries_by_society({year.society_id for year, _offset in due})
    for year, offset in due:
        society = year.society
        params = {"society": society.name, "year": year.label, "last_day": f"{year.agm_last_day:%d %b %Y}",
                  "days": (year.agm_last_day - today).days}
        url = reverse("society_general_meeting_new", args=[society.pk])
        for user in secretaries.get(society.pk, []):
            _note, created = notify(user, key=f"reminder:{AGM_RULE_ID}:{year.pk}:{offset}",
                                    subject=AGM_REMINDER_SUBJECT, body=AGM_REMINDER_BODY, params=params, url=url,
                                    sms=True)
            if created:
                result.add(f"{society.registration_number} {year.label}: {offset}-day AGM reminder to {user.username}")
    return result


# ---- the Registrar's 15 days on proceedings: deemed approved from day 16 (s.45(1)) -----------------------------

PROCEEDINGS_RULE_ID = "gm_proceedings_deemed_approved_15d"
PROCEEDINGS_REMINDER_SUBJECT = _("Reminder: decide the proceedings of %(society)s by %(last_day)s")
PROCEEDINGS_REMINDER_BODY = _(
    "The proceedings of %(society)s received on %(received)s must be approved or returned with observations by "
    "%(last_day)s (%(days)s day(s) left). Otherwise they are deemed approved from the next day (section 45(1))."
)


def proceedings_due_for_reminder(today: date):
    """Awaiting the Registrar, last day from today to today + 15. Reads proceedings_due_idx."""
    return (
        Proceedings.objects.filter(
            state=Proceedings.State.FILED,
            approval_last_day__gte=today, approval_last_day__lte=today + timedelta(days=max(DEFAULT_OFFSETS)),
        ).select_related("society", "society__district").order_by("approval_last_day", "pk")
    )


@sweeper("proceedings_remind", order=49, due_query=proceedings_due_for_reminder,
         description="Remind the district's officers 15, 7 and 1 day(s) before proceedings are deemed approved.")
def proceedings_remind(*, today: date) -> SweepResult:
    result = SweepResult()
    for proceedings in proceedings_due_for_reminder(today):
        offset = reminder_due(proceedings.received_on, proceedings.approval_last_day, today)
        if offset is None:
            continue
        society = proceedings.society
        params = {"society": society.name, "received": f"{proceedings.received_on:%d %b %Y}",
                  "last_day": f"{proceedings.approval_last_day:%d %b %Y}",
                  "days": (proceedings.approval_last_day - today).days}
        url = reverse("office_proceedings_detail", args=[proceedings.pk])
        for officer in officers_in_district(society.district):
            _note, created = notify(officer.user, key=f"reminder:{PROCEEDINGS_RULE_ID}:{proceedings.pk}:{offset}",
                                    subject=PROCEEDINGS_REMINDER_SUBJECT, body=PROCEEDINGS_REMINDER_BODY,
                                    params=params, url=url)
            if created:
                result.add(f"{society.registration_number}: {offset}-day proceedings reminder to "
                           f"{officer.user.username}")
    return result
