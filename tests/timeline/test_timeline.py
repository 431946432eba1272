"""The statutory timeline: the registry, registration's source, and the rectification orders on it.

Registration dates: received 15 Jan 2026, last day 16 Mar 2026, deemed registered from 17 Mar 2026; a promoter
Board lasts at most one year from registration (s.35(1)): 17 Mar 2027, or 12 Mar 2027 for a society registered
by a certificate dispatched on 12 Mar 2026.
"""

from datetime import date

import pytest

from registrar import timeline
from registrar.rectification import effect_rectify
from registrar.timeline import TimelineItem, deadline_item, event_item, timeline_for
from societies.governance.models import Board
from societies.models import Society
from tests.rectification.helpers import make_deemed

ORDER_DAY = date(2026, 3, 20)


def with_promoter_board(society):
    """The promoter Board registration opens (supervision_start); the secretary fixture's society has none."""
    from societies.governance.services.supervision import supervision_start

    supervision_start(society)


@pytest.fixture(autouse=True)
def only_registration_source(monkeypatch):
    """These tests are about registration's source; other apps' sources (supervision) are tested by their owners."""
    from registrar.clocks import declared
    from registrar.clocks import views as clock_views

    monkeypatch.setattr(timeline, "_REGISTRY", {"registration": timeline.registered()["registration"]})
    registration_clocks = [c for c in declared() if c.name in ("registration_decision", "promoter_board")]
    monkeypatch.setattr(clock_views, "declared", lambda: registration_clocks)


def _rows(items):
    return [(i.day, i.label, i.rule_id, i.kind) for i in items]


def test_deadline_item_is_upcoming_on_its_last_day_and_overdue_the_day_after():
    assert deadline_item(date(2026, 4, 10), "x", date(2026, 4, 10)).kind == "upcoming"
    assert deadline_item(date(2026, 4, 10), "x", date(2026, 4, 11)).kind == "overdue"
    assert deadline_item(date(2026, 4, 10), "x", date(2026, 4, 11), met=True).kind == "past"


def test_deadline_item_met_before_its_day_is_met_not_past():
    assert deadline_item(date(2026, 9, 30), "AGM", date(2026, 9, 12), met=True).kind == "met"
    assert deadline_item(date(2026, 9, 30), "AGM", date(2026, 9, 30), met=True).kind == "met"
    assert deadline_item(date(2026, 9, 30), "AGM", date(2026, 10, 1), met=True).kind == "past"


def test_event_item_is_past_from_its_day():
    assert event_item(date(2026, 4, 10), "x", date(2026, 4, 9)).kind == "upcoming"
    assert event_item(date(2026, 4, 10), "x", date(2026, 4, 10)).kind == "past"


def test_timeline_item_refuses_an_unknown_kind():
    with pytest.raises(ValueError):
        TimelineItem(date(2026, 4, 10), "", "x", "soon")


def test_timeline_source_registered_twice_is_an_error():
    with pytest.raises(ValueError):
        timeline.timeline_source("registration")(lambda society, today: [])


@pytest.mark.django_db
def test_timeline_of_a_deemed_society(citizen, sonitpur):
    application, _entry = make_deemed(citizen, sonitpur)
    items = timeline_for(application.society, ORDER_DAY)
    assert _rows(items) == [
        (date(2026, 1, 15), f"Registration application {application.acknowledgement_number} received",
         "registration_certificate_60d", "past"),
        (date(2026, 3, 16), "Last day for the Registrar to register or refuse", "registration_deemed_60d", "past"),
        (date(2026, 3, 17), "Deemed registered (proviso to s.11)", "registration_deemed_60d", "past"),
        (date(2027, 3, 17), "Last day of the promoter Board (s.35(1))", "promoter_board_max_1y", "upcoming"),
    ]


@pytest.mark.django_db
def test_timeline_keeps_the_deemed_date_and_shows_the_certificate_rectification(citizen, sonitpur, registrar):
    application, entry = make_deemed(citizen, sonitpur)
    effect_rectify(entry_seq=entry.seq, actor=registrar, real_date=date(2026, 3, 12), reasons="Posted 12 Mar.",
                   today=ORDER_DAY, outcome="certificate")
    society = Society.objects.get(pk=application.society_id)
    assert _rows(timeline_for(society, ORDER_DAY)) == [
        (date(2026, 1, 15), f"Registration application {application.acknowledgement_number} received",
         "registration_certificate_60d", "past"),
        (date(2026, 3, 12), "Registered: certificate of registration dispatched (s.11)",
         "registration_certificate_60d", "past"),
        (date(2026, 3, 16), "Last day for the Registrar to register or refuse", "registration_deemed_60d", "past"),
        (date(2026, 3, 17), "Deemed registered (proviso to s.11) — set aside by rectification order RCS/RECT/2026/0001",
         "registration_deemed_60d", "past"),
        (date(2026, 3, 20), "Rectification order RCS/RECT/2026/0001: “Society deemed registered” set aside; real date "
         "12 Mar 2026", "", "past"),
        (date(2027, 3, 12), "Last day of the promoter Board (s.35(1))", "promoter_board_max_1y", "upcoming"),
    ]


@pytest.mark.django_db
def test_timeline_of_a_registration_set_aside_has_no_promoter_board(citizen, sonitpur, arcs_officer, registrar):
    application, entry = make_deemed(citizen, sonitpur, officer=arcs_officer, hearing_on=date(2026, 3, 10))
    effect_rectify(entry_seq=entry.seq, actor=registrar, real_date=date(2026, 3, 13), reasons="Refusal posted.",
                   today=ORDER_DAY, outcome="refusal")
    society = Society.objects.get(pk=application.society_id)
    rows = _rows(timeline_for(society, ORDER_DAY))
    assert (date(2026, 3, 13), "Refusal of registration dispatched (s.10(2))", "registration_refusal_60d",
            "past") in rows
    assert [r for r in rows if r[2] == "promoter_board_max_1y"] == []
    assert [r[0] for r in rows] == [date(2026, 1, 15), date(2026, 3, 13), date(2026, 3, 16), date(2026, 3, 17),
                                    date(2026, 3, 20)]


@pytest.mark.django_db
def test_timeline_promoter_board_overdue_after_one_year(secretary):
    society = secretary.society  # registered 10 Apr 2025, no application on the portal, still a promoter Board
    with_promoter_board(society)
    assert _rows(timeline_for(society, date(2026, 4, 10))) == [
        (date(2025, 4, 10), "Registered: certificate of registration dispatched (s.11)",
         "registration_certificate_60d", "past"),
        (date(2026, 4, 10), "Last day of the promoter Board (s.35(1))", "promoter_board_max_1y", "upcoming"),
    ]
    assert timeline_for(society, date(2026, 4, 11))[-1].kind == "overdue"
    Board.objects.filter(society=society).update(ended_on=date(2026, 4, 1), end_reason="replaced_by_election")
    assert timeline_for(Society.objects.get(pk=society.pk), date(2026, 4, 11))[-1].kind == "past"


@pytest.mark.django_db
def test_timeline_merges_every_registered_source_by_day(secretary):
    @timeline.timeline_source("test_double_supervision")
    def other_source(society, today):
        return [event_item(date(2025, 9, 30), "AGM held (test double)", today, rule_id="agm_within_6_months")]

    with_promoter_board(secretary.society)
    labels = [i.label for i in timeline_for(secretary.society, date(2026, 4, 1))]
    assert labels == ["Registered: certificate of registration dispatched (s.11)", "AGM held (test double)",
                      "Last day of the promoter Board (s.35(1))"]
