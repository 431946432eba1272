"""The deadlines board: every statutory last day in the officer's jurisdiction, overdue or due soon."""

import csv
from itertools import groupby

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from .. import clock
from ..access import officer_required
from ..deadlines import (
    DEFAULT_HORIZON_DAYS,
    DUE,
    OVERDUE,
    STAYED,
    board_filter,
    deadlines_for_officer,
    declared_rule_ids,
)

STATES = ((DUE, _("Due")), (OVERDUE, _("Overdue")), (STAYED, _("Effect held by a stay")))
WITHIN_DAYS = ("7",)  # "falls due within" (the board's horizon otherwise): the deadlines report links to it
CSV_HEADER = ["rule_id", "section", "last_day", "days_left", "state", "consequence", "subject", "district", "url", "period"]


def _csv_safe(value) -> str:
    """Neutralise spreadsheet formulas in text that citizens typed (a proposed name starting with '=')."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _tone(left: int) -> str:
    return "bad" if left < 0 else "warn" if left <= 7 else "good"


@officer_required
def deadlines_board(request):
    today = clock.today()
    rule = request.GET.get("rule") or ""
    rule = rule if rule in declared_rule_ids() else ""  # an unknown rule is ignored, not an error
    state = request.GET.get("state") or ""
    state = state if state in (OVERDUE, DUE, STAYED) else ""
    within = request.GET.get("within") or ""
    within = within if within in WITHIN_DAYS else ""
    descending = request.GET.get("sort") == "-last_day"
    found = deadlines_for_officer(request.user, today, DEFAULT_HORIZON_DAYS)
    # The rules offered are those with rows in this period, and the chosen one (a report's link may name a rule
    # with no row today: the board then says so instead of ignoring the filter).
    rule_ids = sorted({d.rule_id for d in found} | ({rule} if rule else set()))
    deadlines = board_filter(found, today, rule=rule, state=state, within=int(within) if within else None,
                             descending=descending)

    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="deadlines-{today:%Y-%m-%d}.csv"'
        writer = csv.writer(response)
        writer.writerow(CSV_HEADER)
        for d in deadlines:
            left = d.days_left(today)
            writer.writerow([_csv_safe(v) for v in (
                d.rule_id, d.section, d.last_day.isoformat(), left,
                STAYED if d.stayed else OVERDUE if left < 0 else DUE,
                d.consequence, d.subject_label, d.district_name, request.build_absolute_uri(d.url) if d.url else "",
                d.period,
            )])
        return response

    rows = []
    for d in deadlines:
        left = d.days_left(today)
        rows.append({"deadline": d, "left": left, "overdue": d.is_overdue(today), "overdue_by": -left,
                     "tone": "neutral" if d.stayed else _tone(left)})
    by_rule = sorted(rows, key=lambda row: row["deadline"].rule_id)
    groups = []
    for _rule_id, group in groupby(by_rule, key=lambda row: row["deadline"].rule_id):
        items = list(group)
        groups.append({"first": items[0]["deadline"], "rows": items})
    params = {k: v for k, v in (("rule", rule), ("state", state), ("within", within),
                                ("sort", "-last_day" if descending else "")) if v}
    return render(request, "registrar/office/deadlines.html", {
        "today": today, "horizon": DEFAULT_HORIZON_DAYS, "groups": groups, "count": len(rows),
        "rule": rule, "rule_ids": rule_ids, "state": state, "states": STATES, "descending": descending,
        "within": within, "within_days": WITHIN_DAYS,
        "csv_query": "&".join(f"{k}={v}" for k, v in {**params, "format": "csv"}.items()),
    })
