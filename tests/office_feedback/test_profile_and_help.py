"""Issue 25 point 9: the profile page (e-mail re-verified by a code sent to the new address; mobile number and
notice language at once) and the public help and contact page."""

import re

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse

from registrar.models import ActivityEntry, Office, User
from registrar.services import profile as profile_services
from registrar.views import profile as views

pytestmark = pytest.mark.django_db
PASSWORD = "pw-for-tests-2026"  # tests.conftest.make_user


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def _code() -> str:
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def test_profile_saves_mobile_number_and_notice_language(client, citizen):
    client.force_login(citizen)
    response = client.post(reverse("profile"), {"email": citizen.email, "phone": "9876543210", "language": "as"})
    assert response.status_code == 302
    citizen.refresh_from_db()
    assert (citizen.phone, citizen.language) == ("9876543210", "as")
    assert _messages(response) == [views.PROFILE_SAVED % {"phone": "9876543210", "language": "Assamese"}]
    assert ActivityEntry.objects.filter(action="registrar.profile_changed").count() == 1


def test_profile_email_change_requires_the_code_sent_to_the_new_address(client, citizen,
                                                                         django_capture_on_commit_callbacks):
    client.force_login(citizen)
    old = citizen.email
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("profile"), {"email": "Hemanta.New@example.in", "phone": "",
                                                    "language": "en", "current_password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("profile_email")
    assert _messages(response) == [views.CODE_SENT % {"email": "hemanta.new@example.in", "old": old}]
    assert mail.outbox[-1].to == ["hemanta.new@example.in"]
    citizen.refresh_from_db()
    assert citizen.email == old  # nothing changes before the code is entered
    assert profile_services.pending_email(citizen) == "hemanta.new@example.in"

    wrong = client.post(reverse("profile_email"), {"code": "000000" if _code() != "000000" else "111111"})
    assert wrong.status_code == 400
    citizen.refresh_from_db()
    assert citizen.email == old

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(reverse("profile_email"), {"code": _code()})
    assert done.status_code == 302
    citizen.refresh_from_db()
    assert citizen.email == "hemanta.new@example.in"
    assert _messages(done) == [views.EMAIL_CHANGED % {"email": "hemanta.new@example.in"}]
    assert mail.outbox[-1].to == [old]  # the old address is told
    assert ActivityEntry.objects.filter(action="registrar.email_changed").count() == 1


def test_profile_email_change_needs_the_current_password(client, citizen):
    client.force_login(citizen)
    missing = client.post(reverse("profile"), {"email": "x@example.in", "phone": "", "language": "en"})
    assert missing.status_code == 400 and str(views.PASSWORD_NEEDED) in missing.content.decode()
    wrong = client.post(reverse("profile"), {"email": "x@example.in", "phone": "", "language": "en",
                                             "current_password": "not-it"})
    assert wrong.status_code == 400 and str(views.PASSWORD_WRONG) in wrong.content.decode()
    assert profile_services.pending_email(citizen) == ""
    assert not mail.outbox


def test_profile_email_change_refuses_another_accounts_address(client, citizen, other_citizen):
    client.force_login(citizen)
    response = client.post(reverse("profile"), {"email": other_citizen.email, "phone": "", "language": "en",
                                                "current_password": PASSWORD})
    assert response.status_code == 400
    assert str(profile_services.EMAIL_TAKEN) in response.content.decode()
    assert User.objects.get(pk=citizen.pk).email == citizen.email


def test_citizen_logs_in_with_the_new_email_after_the_change(client, citizen, django_capture_on_commit_callbacks):
    citizen.username = citizen.email
    citizen.save()
    client.force_login(citizen)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("profile"), {"email": "new@example.in", "phone": "", "language": "en",
                                         "current_password": PASSWORD})
    client.post(reverse("profile_email"), {"code": _code()})
    citizen.refresh_from_db()
    assert citizen.username == "new@example.in"


def test_help_page_lists_the_offices_and_verifies_a_code(client):
    page = client.get(reverse("help"))
    assert page.status_code == 200
    text = page.content.decode()
    for office in Office.objects.all():
        assert office.address in text
    assert "How to verify an order or certificate" in text
    response = client.get(reverse("help"), {"code": "https://rcs.assam.gov.in/verify/abc123/"})
    assert response.status_code == 302 and response["Location"] == reverse("verify_order", args=["abc123"])


def test_navigation_and_footer_link_profile_and_help(client, citizen):
    client.force_login(citizen)
    text = client.get(reverse("citizen_home"), follow=True).content.decode()
    assert f'href="{reverse("profile")}"' in text and f'href="{reverse("help")}"' in text
