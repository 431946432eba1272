"""Reports a society must place before a general meeting, from the modules that make them (ADR 0046).

A module registers a `ReportSource`: `pending(society, day)` lists its reports the society had received by `day`
and has not yet placed; `place(report, meeting, actor, today)` marks one placed (inside the meeting's
transaction). Recording a general meeting (services.meetings.general_meeting_record) offers the pending reports
as agenda items; a held meeting whose agenda leaves one out raises a compliance flag (REPORT_NOT_PLACED)."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, eq=False)
class ReportSource:
    name: str                      # "inquiry": the prefix of the form choice and the flag's subject key
    model: type
    rule_id: str
    pending: Callable              # (society, day) -> iterable of report rows
    label: Callable                # (report) -> the agenda item's text
    place: Callable                # (report, meeting, actor, today) -> None
    agm_only: bool = False         # s.88(4): the next AGM (or a special AGM); s.87(5): any general meeting


_REGISTERED: dict[str, ReportSource] = {}


def register_report_source(source: ReportSource) -> ReportSource:
    if source.name in _REGISTERED and _REGISTERED[source.name] is not source:
        raise ValueError(f"report source {source.name!r} registered twice")
    _REGISTERED[source.name] = source
    return source


def report_sources() -> list[ReportSource]:
    return sorted(_REGISTERED.values(), key=lambda s: s.name)


def pending_reports(society, day, *, kind: str | None = None) -> list[tuple[str, ReportSource, object]]:
    """[(choice key "name:pk", source, report)] of every report the society must still place, as on `day`."""
    rows = []
    for source in report_sources():
        if source.agm_only and kind not in (None, "agm"):
            continue
        rows.extend((f"{source.name}:{report.pk}", source, report) for report in source.pending(society, day))
    return rows
