"""The supervision demo seed: a spread of societies around `today`, effects applied on their legal days,
idempotent (seed_demo may run twice)."""

import io
import re
from datetime import date

import pytest
from django.urls import reverse

from registrar import demo as registrar_demo
from registrar.models import ActivityEntry, User
from societies import demo as societies_demo
from societies.governance import demo
from societies.governance.actions import GovernanceAction as A
from societies.governance.models import Board, ComplianceFlag, FinancialYear, OfficerAppointment, Proceedings
from societies.governance.permissions import is_secretary
from societies.models import Society

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 24)


def _seed():
    for module in (registrar_demo, societies_demo, demo):
        module.seed(today=TODAY, stdout=io.StringIO())


def test_demo_seed_twice_builds_once_and_applies_effects_on_legal_days(client):
    _seed()
    counts = (Society.objects.count(), Board.objects.count(), FinancialYear.objects.count(),
              ActivityEntry.objects.count(), ComplianceFlag.objects.count())
    _seed()
    assert counts == (Society.objects.count(), Board.objects.count(), FinancialYear.objects.count(),
                      ActivityEntry.objects.count(), ComplianceFlag.objects.count())

    demo_societies = Society.objects.filter(registered_on__year__lt=2020)
    # The office's real format (issue 25 point 8): SNT/REG/2015/0001, never a made-up demo series.
    assert all(re.fullmatch(r"(SNT|KMR|JRH)/REG/20\d\d/\d{4}", number)
               for number in demo_societies.values_list("registration_number", flat=True))
    assert set(demo_societies.values_list("district__code", flat=True)) == {"SNT", "KMR", "JRH"}
    titabar = demo_societies.get(name__startswith="Titabar")
    assert titabar.governance_status == "board_ceased"
    [dissolved] = ActivityEntry.objects.filter(action=A.BOARD_DISSOLVED_NO_AGM, society=titabar)
    assert dissolved.data["ended_on"] == "2026-10-01"  # FY 31 Mar 2026 -> dissolved from 1 Oct 2026
    hajo = demo_societies.get(name__startswith="Hajo")
    assert hajo.governance_status == "officer_in_charge"
    assert OfficerAppointment.objects.get(society=hajo).appointed_on == date(2026, 10, 25)
    soon = FinancialYear.objects.get(society__name__startswith="Rangapara", agm_checked=False,
                                     ends_on__lt=TODAY)
    assert soon.agm_last_day == date(2026, 11, 28)
    pending = Proceedings.objects.get(state="filed")
    assert rules_deemed(pending) == date(2026, 11, 26)
    assert ComplianceFlag.objects.filter(state="open", kind="director_bar_meetings").exists()
    dairy = demo_societies.get(name__startswith="Dhekiajuli Dairy")
    secretary = User.objects.get(username="secretary")
    assert is_secretary(secretary, dairy)
    year = FinancialYear.objects.get(society=dairy, agm_held_on__isnull=False)
    assert (year.ends_on, year.agm_held_on, year.returns_last_day) == (
        date(2026, 8, 31), date(2026, 11, 14), date(2026, 12, 14))
    client.force_login(User.objects.get(username="rcs"))
    assert client.get(reverse("office_flags")).status_code == 200
    assert client.get(reverse("office_appoint_officer", args=[titabar.pk])).status_code == 200


def rules_deemed(proceedings):
    from societies.governance import rules

    return rules.proceedings_deemed_approved_on(proceedings.received_on)
