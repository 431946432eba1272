"""The closing of a liquidation as pure functions (no database, no clock): the eight-year limit of s.100(5) and its
extensions, the year-7 warning, and the members' three months to choose the surplus's object (s.96).

Each cites its section and rules.yaml id; day counting is the statute engine's (registrar.statute: the trigger day
excluded, calendar years and months clamped to the month end). Every guard returns the error message (a
constant, asserted verbatim by the tests) or "" when the act is allowed.
"""

from datetime import date
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from registrar.calendar import add_years
from registrar.statute.engine import due

# rules.yaml liquidation_max_8y: limit {years: 8, registrar_extension_years: 1, government_extension_years_each: 1}
REGISTRAR_EXTENSION_YEARS = 1
GOVERNMENT_EXTENSION_YEARS = 1
# "Alerts at year 7, and 6 months before each extended date" (rules.yaml notes): the reminder offsets, in days
# before the last day, of the clock liquidation.clocks_closing.EIGHT_YEARS (a year = 365 days ahead of the last
# day is the seventh anniversary give or take a leap day; the frame reminds on offsets, not anniversaries).
WARN_OFFSETS = (365, 182, 30)

REGISTRAR = "registrar"
GOVERNMENT = "government"

# ---- messages (guards) ----------------------------------------------------------------------------------------
CERTIFICATE_AFTER_LIMIT = _(
    "The date in the certificate of dissolution (%(date)s) may not be later than %(limit)s: eight years from the "
    "liquidator's appointment on %(appointed)s%(extended)s (s.100(5), liquidation_max_8y). Record an extension "
    "first.")
CERTIFICATE_IN_FUTURE = _("The certificate of dissolution cannot be dated after today.")
CERTIFICATE_BEFORE_REPORT = _("The certificate of dissolution cannot be dated before the final report was filed "
                              "(%(date)s).")
EXTENSION_REGISTRAR_TWICE = _(
    "The Registrar has already extended this liquidation once (to %(date)s). The Registrar may extend it only "
    "once; a further extension is the State Government's (s.100(5) provisos).")
EXTENSION_REGISTRAR_AFTER_GOVERNMENT = _(
    "The State Government has already extended this liquidation; the Registrar's one extension comes before the "
    "Government's (s.100(5) provisos).")
EXTENSION_GOVERNMENT_FIRST = _(
    "The State Government extends a liquidation only after the Registrar's one extension of up to a year "
    "(s.100(5) provisos). Record the Registrar's extension first.")
EXTENSION_NOT_LATER = _("An extension must move the last date (%(limit)s) to a later date.")
EXTENSION_TOO_LONG = _(
    "An extension may not go beyond %(latest)s: the Registrar's extension is of up to one year from the eight "
    "years, and each extension by the Government of up to one year at a time (s.100(5) provisos).")
EXTENSION_IN_FUTURE = _("An extension cannot be dated after today.")
EXTENSION_AFTER_DISSOLUTION = _("The society is already dissolved; there is nothing left to extend.")
AS_EXTENDED = _(", as extended")
EXTENSION_REASONS = _("Give the reasons for the extension in writing.")


def _d(day: date) -> str:
    return f"{day:%d %b %Y}"


def dissolution_last_day(appointed_on: date) -> date:
    """s.100(5); rules.yaml liquidation_max_8y: the date in the certificate of dissolution may not be later than
    eight years after the liquidator's appointment (1 Jun 2026 -> 1 Jun 2034). Counted from the FIRST appointment
    even when the liquidator is replaced (rules.yaml notes: the Act is silent; default)."""
    return due("liquidation_max_8y", appointed_on).last_day


def year_seven_on(appointed_on: date) -> date:
    """The seventh anniversary of the appointment: the portal warns from here (rules.yaml liquidation_max_8y notes:
    "Alerts at year 7"). 1 Jun 2026 -> 1 Jun 2033."""
    return add_years(appointed_on, 7)


def latest_extension(by: str, *, base_last_day: date, current_last_day: date) -> date:
    """s.100(5) first proviso: the Registrar may extend once, by up to a year beyond the eight years (1 Jun 2034 ->
    1 Jun 2035); second proviso: the Government further, by up to a year at a time from the date then in force."""
    if by == REGISTRAR:
        return add_years(base_last_day, REGISTRAR_EXTENSION_YEARS)
    if by == GOVERNMENT:
        return add_years(current_last_day, GOVERNMENT_EXTENSION_YEARS)
    raise ValueError(f"an extension is by {REGISTRAR!r} or {GOVERNMENT!r}, not {by!r}")


def extension_error(by: str, *, base_last_day: date, current_last_day: date, new_last_day: date,
                    previous: list[str]) -> str:
    """Why an extension to `new_last_day` may not be recorded ("" when it may). `previous`: the issuers ("registrar"
    / "government") of the extensions already recorded, oldest first (rules.yaml liquidation_max_8y)."""
    if by == REGISTRAR:
        if REGISTRAR in previous:
            return str(EXTENSION_REGISTRAR_TWICE) % {"date": _d(current_last_day)}
        if GOVERNMENT in previous:
            return str(EXTENSION_REGISTRAR_AFTER_GOVERNMENT)
    elif REGISTRAR not in previous:
        return str(EXTENSION_GOVERNMENT_FIRST)
    if new_last_day <= current_last_day:
        return str(EXTENSION_NOT_LATER) % {"limit": _d(current_last_day)}
    latest = latest_extension(by, base_last_day=base_last_day, current_last_day=current_last_day)
    if new_last_day > latest:
        return str(EXTENSION_TOO_LONG) % {"latest": _d(latest)}
    return ""


def certificate_date_error(certificate_on: date, *, appointed_on: date, last_day: date, report_filed_on: date | None,
                           today: date) -> str:
    """s.100(5), rules.yaml liquidation_max_8y and dissolution_certificate_effect: the society ceases to exist on the
    date in the certificate, which may not be after the (extended) last day, nor in the future, nor before the
    liquidator's final report (s.100(2))."""
    if certificate_on > today:
        return str(CERTIFICATE_IN_FUTURE)
    if report_filed_on is not None and certificate_on < report_filed_on:
        return str(CERTIFICATE_BEFORE_REPORT) % {"date": _d(report_filed_on)}
    if certificate_on > last_day:
        base = dissolution_last_day(appointed_on)
        extended = "" if last_day == base else str(AS_EXTENDED)
        return str(CERTIFICATE_AFTER_LIMIT) % {"date": _d(certificate_on), "limit": _d(last_day),
                                               "appointed": _d(appointed_on), "extended": extended}
    return ""


# ---- the surplus (ss.96, 98, 100(2); lifecycles.md §15 item 14) ---------------------------------------------------

SURPLUS_DIVIDED = _("The surplus of a liquidation is never divided among the members (s.98).")
SURPLUS_WINDOW_OPEN = _(
    "The members have until %(date)s to choose an object of local public utility (s.96, "
    "surplus_object_selection_3m); the Registrar applies the surplus only after that.")
SURPLUS_WINDOW_CLOSED = _(
    "The members' three months to choose an object ended on %(date)s (s.96, surplus_object_selection_3m); the "
    "Registrar now applies the surplus.")
SURPLUS_NO_NOTICE = _("The members' three months run from the Gazette notice of the closing (s.97): record its "
                      "publication first.")
CHOICE_IN_FUTURE = _("The members' choice cannot be dated after today.")
SURPLUS_MEMBERS_OBJECT = _("The members chose the object of the surplus (%(object)s); it goes there (s.96).")
SURPLUS_BYE_LAW_OBJECT = _("The bye-laws name the object of the surplus (%(object)s); it goes there (s.98).")


def surplus_selection_last_day(closing_notice_on: date) -> date:
    """s.96; rules.yaml surplus_object_selection_3m: within three months of the Gazette notice of the closing
    (s.97) the members choose an object of local public utility, subject to the Registrar's approval
    (15 Jan 2027 -> 15 Apr 2027)."""
    return due("surplus_object_selection_3m", closing_notice_on).last_day


def surplus_basis(*, amount: Decimal, bye_law_object: str, members_object: str, registrar_object: str) -> str:
    """The order of preference (rules.yaml surplus_object_selection_3m notes, lifecycles.md §15 item 14): the
    bye-laws' object (s.98), else the members' choice (s.96), else the Registrar's (s.96 last part). "" = no
    surplus or none decided yet."""
    if not amount or amount <= 0:
        return ""
    if bye_law_object:
        return "bye_law"
    if members_object:
        return "members"
    if registrar_object:
        return "registrar"
    return ""


def members_choice_error(*, chosen_on: date, notice_on: date | None, bye_law_object: str, today: date) -> str:
    """A members' choice is recorded only when the bye-laws name none, after the closing notice, within the three
    months (s.96)."""
    if bye_law_object:
        return str(SURPLUS_BYE_LAW_OBJECT) % {"object": bye_law_object}
    if notice_on is None:
        return str(SURPLUS_NO_NOTICE)
    last = surplus_selection_last_day(notice_on)
    if chosen_on > today:
        return str(CHOICE_IN_FUTURE)
    if chosen_on < notice_on or chosen_on > last:
        return str(SURPLUS_WINDOW_CLOSED) % {"date": _d(last)}
    return ""


def registrar_application_error(*, notice_on: date | None, bye_law_object: str, members_object: str,
                                today: date) -> str:
    """The Registrar applies the surplus only when the bye-laws name no object and the members chose none within
    the three months (s.96, surplus_object_selection_3m): not before the window has run out."""
    if bye_law_object:
        return str(SURPLUS_BYE_LAW_OBJECT) % {"object": bye_law_object}
    if members_object:
        return str(SURPLUS_MEMBERS_OBJECT) % {"object": members_object}
    if notice_on is None:
        return str(SURPLUS_NO_NOTICE)
    last = surplus_selection_last_day(notice_on)
    if today <= last:
        return str(SURPLUS_WINDOW_OPEN) % {"date": _d(last)}
    return ""
