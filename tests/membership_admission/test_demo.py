"""The demo's admissions: an application nearing deemed admission and a termination in its appeal window."""

import io
from datetime import date

import pytest

from membership import demo_admissions
from membership.models import MembershipApplication, Termination
from tests.membership.helpers import make_member

pytestmark = pytest.mark.django_db


def test_demo_admissions_seed_is_idempotent(secretary):
    make_member(secretary.society, 1, admitted_on=date(2020, 1, 1))
    today = date(2026, 11, 20)
    for _run in range(2):
        demo_admissions.seed(today=today, stdout=io.StringIO())
    application = MembershipApplication.objects.get()
    assert (application.state, application.deemed_last_day) == ("applied", date(2026, 11, 25))
    termination = Termination.objects.get()
    assert termination.state == "resolved" and termination.received_on == date(2026, 11, 12)
