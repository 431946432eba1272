"""s.41(6): the ARCS appoints an officer to act as the Board; a new Board is due within 90 days
(statute/README.md example 10: appointed 1 Oct 2026 -> Board by 30 Dec 2026)."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from registrar.models import Notification, Officer
from societies.governance import sweepers
from societies.governance.actions import GovernanceAction as A
from societies.governance.services.officer import APPOINTED_IN_FUTURE, NOT_CEASED, officer_appoint
from societies.governance.views.officer import APPOINTED

from .helpers import elect_board, entries, make_society, reload

pytestmark = pytest.mark.django_db


@pytest.fixture
def ceased_society(secretary):
    society = make_society(secretary=secretary)
    elect_board(society, date(2021, 8, 10))
    sweepers.boards_end_expired_terms(today=date(2026, 8, 11))
    return reload(society)


def test_officer_appointed_1_oct_2026_board_due_30_dec_2026(ceased_society, arcs_officer, secretary,
                                                            django_capture_on_commit_callbacks):
    officer = Officer.objects.get(user=arcs_officer)
    with django_capture_on_commit_callbacks(execute=True):
        appointment = officer_appoint(society_id=ceased_society.pk, actor=arcs_officer, officer=officer,
                                      appointed_on=date(2026, 10, 1), order_number="ARCS/SNT/41-6/2026/1",
                                      today=date(2026, 10, 2))
    assert appointment.board_due_on == date(2026, 12, 30)
    assert reload(ceased_society).governance_status == "officer_in_charge"
    [entry] = entries(A.OFFICER_APPOINTED)
    assert entry.data["board_due_on"] == "2026-12-30"
    assert Notification.objects.filter(recipient=secretary, key=f"officer_appointed:{appointment.pk}").exists()
    assert Notification.objects.filter(recipient=arcs_officer, key=f"officer_appointed:{appointment.pk}").exists()


def test_officer_appoint_refusals(ceased_society, arcs_officer, other_district_officer, secretary):
    officer = Officer.objects.get(user=arcs_officer)
    with pytest.raises(ValidationError) as excinfo:
        officer_appoint(society_id=ceased_society.pk, actor=arcs_officer, officer=officer,
                        appointed_on=date(2026, 10, 3), order_number="X/1", today=date(2026, 10, 2))
    assert excinfo.value.messages == [str(APPOINTED_IN_FUTURE)]
    with pytest.raises(PermissionDenied):
        officer_appoint(society_id=ceased_society.pk, actor=other_district_officer, officer=officer,
                        appointed_on=date(2026, 10, 1), order_number="X/1", today=date(2026, 10, 2))
    with pytest.raises(ValidationError) as excinfo:  # an officer of another district cannot be put in charge
        officer_appoint(society_id=ceased_society.pk, actor=arcs_officer,
                        officer=Officer.objects.get(user=other_district_officer),
                        appointed_on=date(2026, 10, 1), order_number="X/1", today=date(2026, 10, 2))
    assert "jurisdiction" in excinfo.value.messages[0]


def test_officer_appoint_refused_while_board_in_office(secretary, arcs_officer):
    society = make_society(secretary=secretary)
    elect_board(society, date(2023, 6, 1))
    with pytest.raises(ValidationError) as excinfo:
        officer_appoint(society_id=society.pk, actor=arcs_officer, officer=Officer.objects.get(user=arcs_officer),
                        appointed_on=date(2026, 10, 1), order_number="X/2", today=date(2026, 10, 2))
    assert excinfo.value.messages == [str(NOT_CEASED % {"status": "Elected Board"})]


def test_appoint_officer_page_posts_and_redirects(ceased_society, arcs_officer, client, settings):
    client.force_login(arcs_officer)
    url = reverse("office_appoint_officer", args=[ceased_society.pk])
    page = client.get(url).content.decode()
    assert "Appointment order" in page and "s.41(6)" in page
    bad = client.post(url, {"officer": "", "order_number": "", "appointed_on": ""})
    assert bad.status_code == 400
    assert "Choose the officer to put in charge." in bad.content.decode()
    officer = Officer.objects.get(user=arcs_officer)
    response = client.post(url, {"officer": officer.pk, "order_number": "ARCS/SNT/7", "appointed_on": "2026-08-20"},
                           follow=True)
    assert str(APPOINTED % {"number": "ARCS/SNT/7", "due": "18 Nov 2026"}) in response.content.decode()
    assert reload(ceased_society).governance_status == "officer_in_charge"
