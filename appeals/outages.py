"""Portal outages (issue 23 point 2): periods the portal was unavailable, entered by an officer's notice, and
handled like a holiday for a party's filing (ADR 0007's machinery, registrar.redating): a last day of a citizen or
a society inside an outage moves to the first working day after it. The statute engine rolls forward only acts
done at an office by a party (`filing_last_day`), so the s.111(2) review limit — a limit on the Registrar's own
power — and every deemed outcome against the Registrar are never moved by an outage.
"""

from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.capabilities import Act, rank_may
from registrar.holidays import holiday_dates
from registrar.redating import holiday_redate

from .actions import AppealAction
from .models import Outage

NOT_ALLOWED = _("Only the Registrar, or an Additional, Joint or Deputy Registrar, records a portal outage.")
ENDS_BEFORE = _("The outage cannot end before it starts.")
IN_FUTURE = _("An outage can be recorded only once it has happened: its last day cannot be after today.")
NOTICE_NEEDED = _("Give the officer's notice (its number and what it says).")
TOO_LONG = _("An outage of more than 31 days is not a portal outage; record it as a closure of the office.")


def days_of(outage) -> list[date]:
    return [outage.starts_on + timedelta(days=n) for n in range((outage.ends_on - outage.starts_on).days + 1)]


def outage_days(start: date, end: date) -> frozenset[date]:
    """The days between start and end (inclusive) inside a recorded outage."""
    found = set()
    for outage in Outage.objects.filter(starts_on__lte=end, ends_on__gte=start):
        found.update(day for day in days_of(outage) if start <= day <= end)
    return frozenset(found)


def closed_days_between(start: date, end: date) -> frozenset[date]:
    """Holidays and outage days: the days a party's filing rolls past."""
    return holiday_dates(start, end) | outage_days(start, end)


def outage_covering(day: date) -> Outage | None:
    return Outage.objects.filter(starts_on__lte=day, ends_on__gte=day).first()


def outage_record(*, actor, starts_on: date, ends_on: date, notice: str, today: date) -> Outage:
    """Record an outage; once it commits, re-date every open filing whose last day falls inside it (each
    redater's rows move past the whole outage at once, with one `registrar.filing_redated` entry each and a
    notice to the society)."""
    if not rank_may(actor, Act.RECORD_OUTAGE):
        raise PermissionDenied(NOT_ALLOWED)
    notice = (notice or "").strip()
    errors = {}
    if ends_on < starts_on:
        errors["ends_on"] = ENDS_BEFORE
    elif ends_on > today:
        errors["ends_on"] = IN_FUTURE
    elif (ends_on - starts_on).days > 31:
        errors["ends_on"] = TOO_LONG
    if not notice:
        errors["notice"] = NOTICE_NEEDED
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        outage = Outage(starts_on=starts_on, ends_on=ends_on, notice=notice[:300], recorded_by=actor)
        outage.full_clean(exclude=["recorded_by"])
        outage.save()
        activity.record(AppealAction.OUTAGE_RECORDED, actor=actor, target=outage,
                        data={"starts_on": starts_on, "ends_on": ends_on, "notice": outage.notice})
        days = frozenset(days_of(outage))

        def redate():
            for day in sorted(days):
                holiday_redate(closed_day=day, today=today, also_closed=days)

        transaction.on_commit(redate)
    return outage
