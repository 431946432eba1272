"""Login throttling, citizen sign-up with an emailed code, password reset (issue 3 § 4)."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from registrar import forms as account_forms
from registrar.models import User

pytestmark = pytest.mark.django_db


def _fail(client, username, times):
    for _ in range(times):
        response = client.post(reverse("login"), {"username": username, "password": "wrong-password"})
        assert response.status_code == 200
    return response


def test_login_lands_on_role_home(client, arcs_officer, citizen, secretary):
    for user, home in ((arcs_officer, "office_home"), (citizen, "citizen_home"), (secretary, "secretary_home")):
        client.logout()
        response = client.post(reverse("login"), {"username": user.username, "password": "pw-for-tests-2026"},
                               follow=True)
        assert response.redirect_chain[-1][0] == reverse(home)


def test_login_by_email(client, citizen):
    response = client.post(reverse("login"), {"username": citizen.email, "password": "pw-for-tests-2026"})
    assert response.status_code == 302


def test_wrong_password_gets_a_clear_message(client, citizen):
    response = _fail(client, citizen.username, 1)
    assert "Please enter a correct" in response.content.decode()


def test_lockout_after_repeated_failures_even_with_the_right_password(client, citizen, settings):
    _fail(client, citizen.username, settings.LOGIN_FAILURE_LIMIT)
    response = client.post(reverse("login"), {"username": citizen.username, "password": "pw-for-tests-2026"})
    assert response.status_code == 200
    assert "Too many failed attempts" in response.content.decode()
    with time_machine.travel(timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES + 1)):
        response = client.post(reverse("login"), {"username": citizen.username, "password": "pw-for-tests-2026"})
        assert response.status_code == 302


def _sign_up(client, email="promoter@example.in"):
    return client.post(reverse("signup"), {
        "full_name": "Bhaskar Kalita", "email": email, "phone": "9876543210", "language": "en",
        "password1": "Sahakar-Promoter-77", "password2": "Sahakar-Promoter-77",
    })


def _code_from_mail():
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def test_sign_up_then_verify_with_the_emailed_code(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = _sign_up(client)
    assert response.status_code == 302
    user = User.objects.get(email="promoter@example.in")
    assert not user.is_active
    code = _code_from_mail()
    response = client.post(reverse("verify_email"), {"email": "promoter@example.in", "code": code,
                                                     "password": "Sahakar-Promoter-77"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.is_active


def test_wrong_code_is_refused_with_a_message(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _sign_up(client)
    code = _code_from_mail()
    wrong = "000000" if code != "000000" else "111111"
    response = client.post(reverse("verify_email"), {"email": "promoter@example.in", "code": wrong,
                                                     "password": "Sahakar-Promoter-77"})
    assert str(account_forms.CODE_WRONG) in response.content.decode()
    assert not User.objects.get(email="promoter@example.in").is_active


def test_expired_code_is_refused_and_a_new_one_sent(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _sign_up(client)
    code = _code_from_mail()
    with time_machine.travel(timedelta(hours=1)), django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("verify_email"), {"email": "promoter@example.in", "code": code,
                                                         "password": "Sahakar-Promoter-77"})
    assert str(account_forms.CODE_EXPIRED) in response.content.decode()
    assert len(mail.outbox) == 2


def test_duplicate_sign_up_changes_nothing_and_mails_the_owner(client, citizen, django_capture_on_commit_callbacks):
    # The page is the same as for a new e-mail (it must not tell that the e-mail is registered, issue 11 § 1).
    with django_capture_on_commit_callbacks(execute=True):
        response = _sign_up(client, email=citizen.email)
    assert response.status_code == 302
    citizen.refresh_from_db()
    assert citizen.check_password("pw-for-tests-2026") and citizen.first_name == "Hemanta"
    assert "already exists" in mail.outbox[-1].body


def test_verify_for_unknown_email(client):
    response = client.post(reverse("verify_email"), {"email": "nobody@example.in", "code": "123456",
                                                     "password": "whatever-2026"})
    assert str(account_forms.CODE_WRONG) in response.content.decode()


def test_password_reset_sends_a_link(client, citizen):
    response = client.post(reverse("password_reset"), {"email": citizen.email})
    assert response.status_code == 302
    assert "/accounts/password/reset/" in mail.outbox[-1].body


def test_password_reset_for_unknown_email_says_the_same(client):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.in"}, follow=True)
    assert response.status_code == 200
    assert "If an account exists" in response.content.decode()


def test_officers_are_not_created_by_sign_up(client):
    _sign_up(client)
    assert not User.objects.get(email="promoter@example.in").officer_profile
