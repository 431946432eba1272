"""The office's registration reports (issue 24 point 5) on the reports frame (registrar/reports/): per month of
the last MONTHS, applications received, registered, deemed registered (the Registrar missed the 60 days:
proviso to s.11, registration_deemed_60d), refused and withdrawn, and those pending now. Each figure links to
/office/reports/registrations/ filtered the same way; that page also shows the share deemed and the median days
from receipt to decision of its rows. The other modules' reports are on the same index as they land.

The aggregate is one query (conditional counts); each figure's rows are `registration_list` — the page's list,
written apart from the aggregate, so tests/reports_support.assert_figures_match_lists can compare them.
"""

from datetime import date, timedelta
from functools import partial

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from registrar.models import District
from registrar.reports import Figure, Report, register
from registrar.selectors import in_jurisdiction

MONTHS = 6
OUTCOMES = ("received", "registered", "deemed_registered", "refused", "withdrawn")
OUTCOME_LABELS = {"received": _("Received"), "registered": _("Registered by certificate"),
                  "deemed_registered": _("Deemed registered"), "refused": _("Refused"),
                  "withdrawn": _("Withdrawn"), "pending": _("Pending now"),
                  "decided_12m": _("Decided in the last 12 months"),
                  "deemed_12m": _("Deemed registered in the last 12 months")}
YEAR_OUTCOMES = ("decided_12m", "deemed_12m")  # per district: the share deemed is the second over the first
TONES = {"registered": "good", "deemed_registered": "bad", "refused": "warn"}


def months(today: date) -> list[str]:
    """The last MONTHS months as YYYY-MM, newest first (this month included)."""
    year, month, found = today.year, today.month, []
    for _i in range(MONTHS):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return found


def _month_bounds(month: str) -> tuple[date, date]:
    year, number = (int(part) for part in month.split("-"))
    start = date(year, number, 1)
    end = date(year + (number == 12), number % 12 + 1, 1)
    return start, end


def _year_start(today: date) -> date:
    return date(today.year - 1, today.month, min(today.day, 28)) + timedelta(days=1)


def _condition(outcome: str, month: str | None, today: date | None = None) -> Q:
    """Which applications a figure counts: by the day of receipt (received) or of the decision (the others)."""
    from societies.registration.models import OPEN_STATES

    if outcome == "pending":
        return Q(state__in=OPEN_STATES)
    if outcome in YEAR_OUTCOMES:
        since = _year_start(today)
        deemed = Q(state="deemed_registered", deemed_on__gte=since, deemed_on__lte=today)
        if outcome == "deemed_12m":
            return deemed
        return deemed | Q(state__in=["registered", "refused"], decided_on__gte=since, decided_on__lte=today)
    start, end = _month_bounds(month)
    if outcome == "received":
        return Q(received_on__gte=start, received_on__lt=end)
    if outcome == "withdrawn":
        return Q(state="withdrawn", withdrawn_on__gte=start, withdrawn_on__lt=end)
    if outcome == "deemed_registered":
        return Q(state="deemed_registered", deemed_on__gte=start, deemed_on__lt=end)
    return Q(state=outcome, decided_on__gte=start, decided_on__lt=end)


def registration_list(user, outcome: str, month: str | None, district_id: int | None = None,
                      today: date | None = None):
    """The page's list: the applications of one figure in the officer's jurisdiction."""
    from societies.registration.models import RegistrationApplication

    rows = in_jurisdiction(RegistrationApplication.objects.exclude(state="draft"), user)
    if district_id:
        rows = rows.filter(district_id=district_id)
    return (rows.filter(_condition(outcome, month, today)).select_related("district")
            .order_by("-received_on", "pk"))


def _rows(user, today, params, *, outcome, month, district=None):
    return registration_list(user, outcome, month, district.pk if district else None, today)


def figures(today: date, params) -> list[Figure]:
    found = [Figure("pending", OUTCOME_LABELS["pending"], partial(_rows, outcome="pending", month=None),
                    "office_registration_report_list", {"outcome": "pending"}, tone="warn")]
    for month in months(today):
        for outcome in OUTCOMES:
            found.append(Figure(f"{month}:{outcome}", OUTCOME_LABELS[outcome],
                                partial(_rows, outcome=outcome, month=month), "office_registration_report_list",
                                {"outcome": outcome, "month": month}, tone=TONES.get(outcome, "neutral"),
                                group=month, short=f"{month} {outcome}"))
    from societies.registration.models import RegistrationApplication

    # Per district, the districts that have applications (not all 35: an empty district has nothing to show).
    with_applications = (RegistrationApplication.objects.exclude(state="draft").order_by()
                         .values_list("district_id", flat=True).distinct())
    for district in District.objects.filter(pk__in=with_applications).order_by("name"):
        for outcome in YEAR_OUTCOMES:
            found.append(Figure(f"{district.code}:{outcome}", OUTCOME_LABELS[outcome],
                                partial(_rows, outcome=outcome, month=None, district=district),
                                "office_registration_report_list", {"outcome": outcome, "district": district.code},
                                tone="bad" if outcome == "deemed_12m" else "neutral", group=district.name,
                                short=f"{district.code} {outcome}"))
    return found


def aggregate(user, today: date, params) -> dict[str, int]:
    from societies.registration.models import RegistrationApplication

    counts = {"pending": Count("pk", filter=_condition("pending", None))}
    for month in months(today):
        for outcome in OUTCOMES:
            counts[f"{month}:{outcome}"] = Count("pk", filter=_condition(outcome, month))
    rows = in_jurisdiction(RegistrationApplication.objects.exclude(state="draft"), user)
    values = rows.aggregate(**counts)
    # Per district: one grouped query; districts outside the jurisdiction have no rows, so 0.
    per_district = rows.order_by().values("district__code").annotate(
        **{outcome: Count("pk", filter=_condition(outcome, None, today)) for outcome in YEAR_OUTCOMES})
    found = {row["district__code"]: row for row in per_district}
    for code in District.objects.values_list("code", flat=True):  # every district a figure may name
        for outcome in YEAR_OUTCOMES:
            values[f"{code}:{outcome}"] = found.get(code, {}).get(outcome, 0)
    return values


REGISTRATIONS = register(Report(
    slug="registrations", title=_("Registration pendency and disposal"), group="registration",
    description=_("Applications received, registered, deemed registered (the 60 days passed without a decision), "
                  "refused and withdrawn in each of the last six months, and those pending now. Each figure opens "
                  "its list, with the share deemed and the median days to decision."),
    figures=figures, aggregate=aggregate, chart_label=_("applications"),
))
