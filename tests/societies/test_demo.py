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


def test_every_demo_application_page_renders(client):
    from django.urls import reverse

    from registrar.models import User

    today = date(2026, 11, 23)
    registrar_demo.seed(today=today, stdout=io.StringIO())
    demo.seed(today=today, stdout=io.StringIO())
    client.force_login(User.objects.get(username="promoter"))
    for application in RegistrationApplication.objects.all():
        assert client.get(reverse("application_detail", args=[application.pk])).status_code == 200
        if application.society_id:
            assert client.get(reverse("application_certificate", args=[application.pk])).status_code == 200
    client.force_login(User.objects.get(username="rcs"))
    for application in RegistrationApplication.objects.exclude(state=AppState.DRAFT):
        assert client.get(reverse("office_application_detail", args=[application.pk])).status_code == 200
    for state in AppState.values:
        assert client.get(reverse("office_applications"), {"state": state}).status_code == 200
    assert client.get(reverse("office_home")).status_code == 200
