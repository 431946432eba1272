"""Bakijai on the reports frame (registrar.reports): requisitions and certificates by stage, each figure a link to
the register filtered (office_recovery?state=...). The money picture (demand, collection, balance by district,
claimant and age; the monthly collection report) is the page office_recovery_dcb, whose totals are sums over the
certificates it lists (tests/recovery/test_views.py)."""

from datetime import date
from functools import partial

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from registrar.reports import Figure, Report, register

from . import selectors

TONES = {"awaiting_hearing": "neutral", "in_time": "warn", "in_default": "bad", "closed": "good",
         "near_limitation": "bad"}


def _rows(user, today: date, params, *, state: str):
    return selectors.filtered(selectors.requisition_list_for_officer(user), state, today)


def figures(today: date, params) -> list[Figure]:
    from .views.office import selectors_label

    return [Figure(state, selectors_label(state), partial(_rows, state=state), "office_recovery", {"state": state},
                   tone=TONES[state]) for state in selectors.FILTERS]


def aggregate(user, today: date, params) -> dict[str, int]:
    requisitions = selectors.requisition_list_for_officer(user)
    counts = requisitions.order_by().aggregate(
        awaiting_hearing=Count("pk", filter=Q(state__in=("received", "hearing"))),
        in_time=Count("pk", filter=Q(certificate__state__in=("granted", "served"))),
        in_default=Count("pk", filter=Q(certificate__state="in_default")),
        closed=Count("pk", filter=Q(certificate__state="paid")))
    counts["near_limitation"] = len(selectors.certificates_near_limitation(requisitions, today))
    return counts


BAKIJAI = register(Report(
    slug="bakijai", title=_("Bakijai: requisitions and demand certificates"), group="bakijai",
    description=_("Requisitions awaiting hearing, certificates in their 30 days to pay, in default, paid, and "
                  "those near the five-year limitation for prosecution (s.91(6)). Demand, collection and balance "
                  "in rupees are on the Bakijai DCB page."),
    figures=figures, aggregate=aggregate, chart_label=_("cases"),
))
