"""Bounds on what a person types: dates under the Act, the financial-year end, amounts (issue 10 § 2).

One place for the bounds, used three ways: by forms (a clear message next to the field), by models (`clean`,
field validators) and by the database (CHECK constraints, built from the conditions below and added NOT VALID
on PostgreSQL by `registrar.constraints.AddConstraintNotValid`; `manage.py invalid_rows` lists the rows that
break them, then `--validate` validates them).

- **Commencement.** The Assam Co-operative Societies Act, 2007 (Assam Act 4 of 2012) came into force on
  10 March 2012 (editorial note to s.1(3); statute/README.md; rules.yaml unlimited_liability_option_1y).
  Nothing done under it — an application received (s.10(1)), a hearing (proviso to s.10(2)), a certificate or
  order dispatched (s.11), a requisition received (s.33, s.43(2)), a Board or general meeting held (ss.30-34,
  39, 43), proceedings received (s.45) — can be dated earlier. Historical dates of a society or a member (the
  date a society was registered under the old Act, a Board's taking office, a member's admission) are not
  bound by it.
- **Not after today.** A receipt, a dispatch or a meeting held is a past fact; a hearing may be fixed at most a
  year ahead. These depend on the day, so they are checked in forms, `clean` and services, never in a CHECK.
- **Financial-year end** (s.2 "Co-operative Year"; lifecycles.md §15 item 17): a day that exists in every year,
  so never 29 February.
- **Money** (share capital, deposits, ...) is never negative; only a profit-or-loss figure may be.

Nothing here touches the database; `today` is passed in, or read from `registrar.clock` by the form field.
"""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .calendar import add_years

ACT_COMMENCEMENT = date(2012, 3, 10)  # s.1(3), editorial note: in force from 10 March 2012
HEARING_AHEAD_YEARS = 1  # a hearing (or an adjourned sitting) is fixed at most a year ahead of the day it is fixed

# The last day of each month that exists in every year: 28 for February (a year end must fall every year).
FY_END_LAST_DAY = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}

# Messages shown to users (asserted verbatim in tests).
BEFORE_COMMENCEMENT = _("This date is before the Act came into force on %(day)s (Assam Co-operative Societies Act, "
                        "2007, s.1(3)).")
DATE_IN_FUTURE = _("This date cannot be in the future.")
TOO_FAR_AHEAD = _("This date is more than a year ahead: choose a day on or before %(day)s.")
FY_END_NOT_A_DAY = _("A financial year cannot end on %(day)s/%(month)s: give a day and month (1-12) that exist in "
                     "every year. 29 February is not allowed.")
NEGATIVE_AMOUNT = _("Enter zero or more: an amount cannot be negative.")


def long_date(day: date) -> str:
    return f"{day:%d %b %Y}"


# ---- pure checks ----------------------------------------------------------------------------------------------

def fy_end_is_real_day(month, day) -> bool:
    """True for a (month, day) that exists in every year: 31 Mar, 30 Jun, 28 Feb; never 29 Feb, 31 Apr, 13/45."""
    return month in FY_END_LAST_DAY and day is not None and 1 <= day <= FY_END_LAST_DAY[month]


def latest_hearing_day(today: date) -> date:
    """The last day a hearing fixed today may be held on: a year ahead (29 Feb + 1 year = 28 Feb)."""
    return add_years(today, HEARING_AHEAD_YEARS)


# ---- validators (forms, models, services) ---------------------------------------------------------------------

def validate_since_commencement(value: date) -> None:
    """A field validator: the date is on or after the Act's commencement (10 Mar 2012)."""
    if value is not None and value < ACT_COMMENCEMENT:
        raise ValidationError(BEFORE_COMMENCEMENT, code="before_commencement",
                              params={"day": long_date(ACT_COMMENCEMENT)})


def validate_not_negative(value) -> None:
    """A field validator: zero or more."""
    if value is not None and value < 0:
        raise ValidationError(NEGATIVE_AMOUNT, code="negative")


def check_act_date(value: date | None, *, today: date, in_future=DATE_IN_FUTURE, ahead_years: int = 0,
                   since_act: bool = True) -> None:
    """Raise ValidationError unless `value` is between the commencement and today (or `ahead_years` ahead)."""
    if value is None:
        return
    if since_act:
        validate_since_commencement(value)
    if ahead_years:
        last = add_years(today, ahead_years)
        if value > last:
            raise ValidationError(TOO_FAR_AHEAD, code="too_far_ahead", params={"day": long_date(last)})
    elif value > today:
        raise ValidationError(in_future, code="in_future")


def act_date_errors(instance, fields, *, today: date, ahead: dict | None = None) -> dict:
    """{field: [ValidationError]} for a model's `clean()`: each date in `fields` not after today (or, for the
    fields in `ahead`, not more than that many years ahead). The commencement is the fields' own validator."""
    errors = {}
    for name in fields:
        try:
            check_act_date(getattr(instance, name), today=today, ahead_years=(ahead or {}).get(name, 0),
                           since_act=False)
        except ValidationError as exc:
            errors[name] = [exc]
    return errors


def fy_end_errors(month, day, *, month_field="fy_end_month", day_field="fy_end_day") -> dict:
    """{field: [ValidationError]} when (month, day) is not a financial-year end; empty when it is."""
    if fy_end_is_real_day(month, day):
        return {}
    field = day_field if month in FY_END_LAST_DAY else month_field
    return {field: [ValidationError(FY_END_NOT_A_DAY, code="fy_end_not_a_day", params={"day": day, "month": month})]}


def check_fy_end(month, day) -> None:
    errors = fy_end_errors(month, day)
    if errors:
        raise ValidationError(errors)


class ActDateField(forms.DateField):
    """A date recorded under the Act, typed in a form: not before the commencement, and not after today (or, with
    `ahead_years`, not more than that many years ahead). Today is the office's legal day (registrar.clock)."""

    def __init__(self, *, ahead_years: int = 0, in_future=DATE_IN_FUTURE, **kwargs):
        self.ahead_years, self.in_future = ahead_years, in_future
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs["min"] = ACT_COMMENCEMENT.isoformat()
        return attrs

    def validate(self, value):
        from . import clock

        super().validate(value)
        check_act_date(value, today=clock.today(), in_future=self.in_future, ahead_years=self.ahead_years)


# ---- CHECK constraint conditions ------------------------------------------------------------------------------

def fy_end_condition(month_field: str = "fy_end_month", day_field: str = "fy_end_day") -> Q:
    """The financial-year end as a CHECK: a day of a month that exists every year."""
    by_length: dict[int, list[int]] = {}
    for month, last in FY_END_LAST_DAY.items():
        by_length.setdefault(last, []).append(month)
    condition = Q()
    for last, months in sorted(by_length.items()):
        condition |= Q(**{f"{month_field}__in": months, f"{day_field}__gte": 1, f"{day_field}__lte": last})
    return condition


def since_commencement(field: str, *, nullable: bool = False) -> Q:
    """`field` >= 10 Mar 2012 (a null date, where the field allows it, is not bound)."""
    bound = Q(**{f"{field}__gte": ACT_COMMENCEMENT})
    return Q(**{f"{field}__isnull": True}) | bound if nullable else bound


def not_negative(*fields: str) -> Q:
    condition = Q()
    for field in fields:
        condition &= Q(**{f"{field}__gte": 0})
    return condition
