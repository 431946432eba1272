"""Directorate staff create officers and holidays in the admin; each change is logged."""

import pytest
from django.urls import reverse

from registrar.models import ActivityEntry, District, Holiday, Office, Officer

pytestmark = pytest.mark.django_db


def test_creating_an_officer_in_the_admin_is_logged(client, registrar, citizen):
    registrar.is_staff = registrar.is_superuser = True
    registrar.save()
    client.force_login(registrar)
    snt = District.objects.get(code="SNT")
    response = client.post(reverse("admin:registrar_officer_add"), {
        "user": citizen.pk, "rank": "inspector", "office": Office.objects.get(district=snt).pk,
        "districts": [snt.pk], "designation": "Inspector", "is_active": "on",
    })
    assert response.status_code == 302, response.content[:500]
    officer = Officer.objects.get(user=citizen)
    entry = ActivityEntry.objects.get(action="registrar.officer_created")
    assert entry.actor == registrar and entry.target == f"registrar.officer:{officer.pk}"
    assert entry.data == {"rank": "inspector", "districts": ["SNT"], "active": True}


def test_adding_a_holiday_in_the_admin_is_logged(client, registrar):
    registrar.is_staff = registrar.is_superuser = True
    registrar.save()
    client.force_login(registrar)
    response = client.post(reverse("admin:registrar_holiday_add"),
                           {"date": "2026-12-25", "name": "Christmas Day"})
    assert response.status_code == 302
    assert Holiday.objects.filter(date="2026-12-25").exists()
    assert ActivityEntry.objects.get(action="registrar.holiday_added").data["date"] == "2026-12-25"
