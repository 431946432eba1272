"""The deemed-admission sweeper, two runs truly at once on PostgreSQL: each applicant is admitted once, with one
member number each and one activity entry (the frame's skip_locked row lock and the society's numbering lock)."""

import threading
from datetime import date

import pytest
from django.db import connections

from membership.clocks import DEEMED_ADMISSION
from membership.models import AppState, Member, MembershipApplication
from registrar.activity import ActivityEntry
from registrar.clocks.derive import expiry_sweep
from tests.gov_sweepers.helpers import make_society

from .helpers import paper_application

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_deemed_admission_once_under_two_concurrent_sweeps(secretary):
    society = make_society("SNT", secretary=secretary)
    for n in range(6):
        paper_application(society, secretary, received_on=date(2026, 2, 1), name=f"Concurrent Applicant {n}")
    start = threading.Barrier(2)
    counts, errors = [], []

    def sweep():
        try:
            start.wait(10)
            counts.append(expiry_sweep(DEEMED_ADMISSION, today=date(2026, 5, 3)).count)
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert sum(counts) == 6
    assert set(MembershipApplication.objects.values_list("state", flat=True)) == {AppState.DEEMED_ADMITTED}
    assert sorted(Member.objects.filter(society=society).values_list("number", flat=True)) == [1, 2, 3, 4, 5, 6]
    assert set(Member.objects.values_list("admitted_on", flat=True)) == {date(2026, 5, 3)}
    assert ActivityEntry.objects.filter(action="membership.application_deemed_admitted").count() == 6
