"""Reminders 15, 7 and 1 day(s) before the AGM's last day (s.39) and the Registrar's last day on proceedings
(s.45(1)). Dates by hand: FY ends 31 Mar 2026 -> AGM by 30 Sep 2026 -> reminders 15, 23 and 29 Sep 2026;
proceedings received 3 Oct 2026 -> decide by 18 Oct 2026 -> reminders 3, 11 and 17 Oct 2026."""

from datetime import date

import pytest

from registrar import sms
from registrar.models import Notification
from societies.governance.models import FinancialYear, GeneralMeeting, Proceedings
from societies.governance.reminders import agm_remind, proceedings_remind
from societies.governance.services.supervision import supervision_start

pytestmark = pytest.mark.django_db


@pytest.fixture
def year(secretary):
    supervision_start(secretary.society)  # registered 10 Apr 2025: first year ends 31 Mar 2026
    return FinancialYear.objects.get(society=secretary.society, ends_on=date(2026, 3, 31))


def _keys(user, prefix):
    return sorted(Notification.objects.filter(recipient=user, key__startswith=prefix).values_list("key", flat=True))


def test_agm_reminders_once_each_on_15_23_29_september_2026_with_sms(
        secretary, year, django_capture_on_commit_callbacks):
    secretary.phone = "9854000001"
    secretary.save(update_fields=["phone"])
    sms.outbox.clear()
    assert year.agm_last_day == date(2026, 9, 30)
    with django_capture_on_commit_callbacks(execute=True):
        assert agm_remind(today=date(2026, 9, 14)).count == 0
        assert agm_remind(today=date(2026, 9, 15)).count == 1
        assert agm_remind(today=date(2026, 9, 15)).count == 0  # run twice: sent once
        assert agm_remind(today=date(2026, 9, 23)).count == 1
        assert agm_remind(today=date(2026, 9, 29)).count == 1
        assert agm_remind(today=date(2026, 9, 30)).count == 0
        assert agm_remind(today=date(2026, 10, 1)).count == 0  # the last day has passed: no reminder
    assert _keys(secretary, "reminder:agm_within_6_months") == sorted(
        f"reminder:agm_within_6_months:{year.pk}:{offset}" for offset in (15, 7, 1))
    note = Notification.objects.get(recipient=secretary, key=f"reminder:agm_within_6_months:{year.pk}:1")
    assert "must be held by 30 Sep 2026 (1 day(s) left)" in note.body
    assert [number for number, _text in sms.outbox] == ["9854000001"] * 3


def test_agm_reminder_not_sent_once_the_agm_is_held(secretary, year):
    FinancialYear.objects.filter(pk=year.pk).update(agm_held_on=date(2026, 9, 10))
    assert agm_remind(today=date(2026, 9, 15)).count == 0


def test_agm_reminder_late_run_sends_only_the_latest(secretary, year):
    assert agm_remind(today=date(2026, 9, 24)).count == 1  # beat was down 15-23 Sep: only the 7-day reminder
    assert _keys(secretary, "reminder:agm_within_6_months") == [f"reminder:agm_within_6_months:{year.pk}:7"]


def _filed_proceedings(society, user) -> Proceedings:
    meeting = GeneralMeeting.objects.create(
        society=society, kind="agm", held_on=date(2026, 9, 20), members_eligible=100, members_present=20,
        quorum_required=10, quorum_met=True, recorded_on=date(2026, 9, 21), recorded_by=user)
    return Proceedings.objects.create(meeting=meeting, society=society, document="proceedings/x.pdf",
                                      original_name="x.pdf", summary="s", received_on=date(2026, 10, 3),
                                      filing_last_day=date(2026, 10, 5), approval_last_day=date(2026, 10, 18),
                                      filed_by=user)


def test_proceedings_reminders_to_district_officers_on_3_11_17_october_2026(
        secretary, arcs_officer, other_district_officer):
    proceedings = _filed_proceedings(secretary.society, secretary)
    assert proceedings_remind(today=date(2026, 10, 2)).count == 0
    assert proceedings_remind(today=date(2026, 10, 3)).count == 1
    assert proceedings_remind(today=date(2026, 10, 3)).count == 0
    assert proceedings_remind(today=date(2026, 10, 11)).count == 1
    assert proceedings_remind(today=date(2026, 10, 17)).count == 1
    assert proceedings_remind(today=date(2026, 10, 19)).count == 0
    prefix = "reminder:gm_proceedings_deemed_approved_15d"
    assert _keys(arcs_officer, prefix) == sorted(f"{prefix}:{proceedings.pk}:{offset}" for offset in (15, 7, 1))
    assert _keys(other_district_officer, prefix) == []  # Kamrup's ARCS is not told of a Sonitpur society


def test_proceedings_reminder_stops_once_decided(secretary, arcs_officer):
    proceedings = _filed_proceedings(secretary.society, secretary)
    Proceedings.objects.filter(pk=proceedings.pk).update(state=Proceedings.State.APPROVED)
    assert proceedings_remind(today=date(2026, 10, 11)).count == 0
