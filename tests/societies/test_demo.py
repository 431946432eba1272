"""The registration demo seed: several states, one close to its deemed date, idempotent."""

import io
from datetime import date

import pytest

from registrar import demo as registrar_demo
from societies import demo
from societies.models import AppState, RegistrationApplication

pytestmark = pytest.mark.django_db


def test_demo_seed_is_idempotent_and_covers_states():
    today = date(2026, 11, 23)
    registrar_demo.seed(today=today, stdout=io.StringIO())
    demo.seed(today=today, stdout=io.StringIO())
    demo.seed(today=today, stdout=io.StringIO())
    assert RegistrationApplication.objects.count() == len(demo.APPLICATIONS)
    states = set(RegistrationApplication.objects.values_list("state", flat=True))
    assert {AppState.DRAFT, AppState.SUBMITTED, AppState.UNDER_SCRUTINY, AppState.HEARING_SCHEDULED,
            AppState.REFUSED, AppState.REGISTERED, AppState.DEEMED_REGISTERED} <= states
    assert set(RegistrationApplication.objects.values_list("district__code", flat=True)) == {"SNT", "KMR", "JRH"}
    soon = RegistrationApplication.objects.get(proposed_name__startswith="Dhekiajuli")
    assert soon.decision_due_on == date(2026, 11, 26)
    deemed = RegistrationApplication.objects.get(state=AppState.DEEMED_REGISTERED)
    assert deemed.deemed_on == date(2026, 11, 9)
