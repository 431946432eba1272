"""A sudden closure on an annual return's last day moves it to the next open day (registrar.redating)."""

from datetime import date

import pytest

from registrar.models import ActivityEntry, Notification
from registrar.redating import holiday_redate
from societies.governance.models import FinancialYear

from .helpers import file_return, hold_agm, make_society, open_year

pytestmark = pytest.mark.django_db


def test_annual_return_last_day_redated_on_sudden_closure(secretary, sonitpur, django_capture_on_commit_callbacks):
    year = hold_agm(open_year(secretary.society))  # last day Tue 20 Oct 2026
    _other, filed = make_society(sonitpur, 5)
    hold_agm(filed)
    file_return(secretary, year, today=date(2026, 10, 1))  # the secretary's own return is filed
    _third, open_one = make_society(sonitpur, 6, secretary=secretary)
    hold_agm(open_one)
    with django_capture_on_commit_callbacks(execute=True):
        moved = holiday_redate(closed_day=date(2026, 10, 20), today=date(2026, 10, 15))
    ours = [m for m in moved if m.rule_id == "annual_returns_30d"]
    assert {(m.target.pk, m.old_last_day, m.new_last_day) for m in ours} == {
        (filed.pk, date(2026, 10, 20), date(2026, 10, 21)), (open_one.pk, date(2026, 10, 20), date(2026, 10, 21))}
    assert FinancialYear.objects.get(pk=year.pk).returns_last_day == date(2026, 10, 20)  # filed: untouched
    assert FinancialYear.objects.get(pk=open_one.pk).returns_last_day == date(2026, 10, 21)
    assert ActivityEntry.objects.filter(action="registrar.filing_redated").count() == 2
    assert Notification.objects.filter(recipient=secretary, subject__contains="21 Oct 2026").exists()
    assert holiday_redate(closed_day=date(2026, 10, 20), today=date(2026, 10, 15)) == []  # idempotent


def test_annual_return_without_agm_redated_from_the_agm_deadline(sonitpur):
    _society, year = make_society(sonitpur, 8)  # no AGM: last day Fri 30 Oct 2026
    moved = holiday_redate(closed_day=date(2026, 10, 30), today=date(2026, 10, 1))
    assert [(m.old_last_day, m.new_last_day) for m in moved if m.rule_id == "annual_returns_30d"] == [
        (date(2026, 10, 30), date(2026, 10, 31))]  # Sat 31 Oct 2026 is the fifth Saturday: open


def test_annual_return_passed_last_day_not_redated(sonitpur):
    _society, year = make_society(sonitpur, 9)
    hold_agm(year)
    assert [m for m in holiday_redate(closed_day=date(2026, 10, 20), today=date(2026, 10, 21))
            if m.rule_id == "annual_returns_30d"] == []
    assert FinancialYear.objects.get(pk=year.pk).returns_last_day == date(2026, 10, 20)
