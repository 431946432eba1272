"""The picture (issue 23 point 6) on the reports frame (registrar.reports): pending appeals by forum and age,
pending disputes by age, disposal in the month, cases past their service target. Each figure's rows are the list
page's own selector (appeals.selectors), so figure and list cannot drift; the aggregates are one query per
table."""

from datetime import date, timedelta
from functools import partial

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from registrar.reports import Figure, Report, register
from registrar.selectors import in_jurisdiction

from . import selectors
from .models import OPEN_STATES, Appeal, Dispute, Forum

FORUMS = (Forum.REGISTRAR, Forum.STATE_GOVERNMENT)
AGE_LABELS = {"0-30": _("up to 30 days"), "31-90": _("31 to 90 days"), "91+": _("over 90 days")}


def _appeal_rows(user, today, params, **filters):
    return selectors.appeal_list_for_officer(user, today, **filters)


def _dispute_rows(user, today, params, **filters):
    return selectors.dispute_list_for_officer(user, today, **filters)


def figures(today: date, params) -> list[Figure]:
    found = []
    for forum in FORUMS:
        for age, label in AGE_LABELS.items():
            found.append(Figure(f"{forum}-{age}", label, partial(_appeal_rows, state="open", forum=forum, age=age),
                                "office_appeals", {"state": "open", "forum": forum, "age": age},
                                tone="bad" if age == "91+" else "neutral", group=Forum(forum).label))
    for age, label in AGE_LABELS.items():
        found.append(Figure(f"dispute-{age}", label, partial(_dispute_rows, state="open", age=age),
                            "office_disputes", {"state": "open", "age": age},
                            tone="bad" if age == "91+" else "neutral", group=_("Disputes pending")))
    found += [
        Figure("appeals-disposed", _("Appeals disposed of this month"), partial(_appeal_rows, state="disposed_month"),
               "office_appeals", {"state": "disposed_month"}, tone="good", group=_("This month")),
        Figure("disputes-disposed", _("Disputes decided this month"), partial(_dispute_rows, state="disposed_month"),
               "office_disputes", {"state": "disposed_month"}, tone="good", group=_("This month")),
        Figure("appeals-past-target", _("Appeals past the service target"),
               partial(_appeal_rows, state="past_target"), "office_appeals", {"state": "past_target"}, tone="bad",
               group=_("Past the service target")),
        Figure("disputes-past-target", _("Disputes past the service target"),
               partial(_dispute_rows, state="past_target"), "office_disputes", {"state": "past_target"}, tone="bad",
               group=_("Past the service target")),
    ]
    return found


def _age_q(field: str, age: str, today: date) -> Q:
    low, high = selectors.AGES[age]
    q = Q(**{f"{field}__lte": today - timedelta(days=low)})
    return q & Q(**{f"{field}__gte": today - timedelta(days=high)}) if high is not None else q


def aggregate(user, today: date, params) -> dict[str, int]:
    month = Q(decided_on__year=today.year, decided_on__month=today.month)
    open_appeal = Q(state__in=OPEN_STATES)
    appeals = in_jurisdiction(Appeal.objects.all(), user).aggregate(
        **{f"{forum}-{age}": Count("pk", filter=open_appeal & Q(forum=forum) & _age_q("filed_on", age, today))
           for forum in FORUMS for age in AGE_LABELS},
        **{"appeals-disposed": Count("pk", filter=month),
           "appeals-past-target": Count("pk", filter=open_appeal & Q(service_target_on__lt=today))})
    open_dispute = Q(state__in=selectors.DISPUTE_OPEN)
    disputes = in_jurisdiction(Dispute.objects.all(), user).aggregate(
        **{f"dispute-{age}": Count("pk", filter=open_dispute & _age_q("referred_on", age, today))
           for age in AGE_LABELS},
        **{"disputes-disposed": Count("pk", filter=month),
           "disputes-past-target": Count("pk", filter=open_dispute & Q(service_target_on__lt=today))})
    return {**appeals, **disputes}


APPEALS = register(Report(
    slug="appeals", title=_("Appeals, review and disputes"), group="appeals",
    description=_("Pending appeals and review petitions by forum and age since filing, pending disputes by age, "
                  "disposal in the month and cases past their service target. Each figure opens its list."),
    figures=figures, aggregate=aggregate, chart_label=_("cases"),
))
