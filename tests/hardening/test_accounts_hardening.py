"""Accounts that cannot be revived or taken over; throttles on every secret (issue 11 §§ 1 and 2)."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client
from django.urls import reverse

from registrar import throttle
from registrar.actions import RegistrarAction
from registrar.forms import CODE_WRONG, LOCKED_OUT
from registrar.models import ActivityEntry, FailedLogin, User
from tests.conftest import make_officer

pytestmark = pytest.mark.django_db

PASSWORD = "pw-for-tests-2026"
SIGNUP_PAGE_SAYS = "We have emailed a six-digit code to"


def _sign_up(client, email, password="Sahakar-Promoter-77", name="Bhaskar Kalita"):
    return client.post(reverse("signup"), {
        "full_name": name, "email": email, "phone": "", "language": "en",
        "password1": password, "password2": password,
    }, follow=True)


def _last_code():
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def _wrong_logins(client, username, times, password="wrong-password"):
    for _ in range(times):
        client.post(reverse("login"), {"username": username, "password": password})


def test_hardening_signup_does_not_revive_a_disabled_officer(client, arcs_officer, django_capture_on_commit_callbacks):
    User.objects.filter(pk=arcs_officer.pk).update(is_active=False)  # the Directorate closed the account
    with django_capture_on_commit_callbacks(execute=True):
        response = _sign_up(client, arcs_officer.email, password="Taken-Over-2026")
    assert SIGNUP_PAGE_SAYS in response.content.decode()  # the same page as for a new e-mail
    officer = User.objects.get(pk=arcs_officer.pk)
    assert not officer.is_active and officer.check_password(PASSWORD) and not officer.check_password("Taken-Over-2026")
    assert "already exists" in mail.outbox[-1].body and not re.search(r"\b\d{6}\b", mail.outbox[-1].body)
    # Nothing the person can type on the verify page brings the account back.
    response = client.post(reverse("verify_email"), {"email": arcs_officer.email, "code": "123456",
                                                     "password": "Taken-Over-2026"})
    assert str(CODE_WRONG) in response.content.decode()
    assert not User.objects.get(pk=arcs_officer.pk).is_active


def test_hardening_signup_does_not_replace_a_pending_password(django_capture_on_commit_callbacks):
    owner, intruder = Client(), Client()
    with django_capture_on_commit_callbacks(execute=True):
        _sign_up(owner, "promoter@example.in", password="Owner-Chose-This-77")
    with django_capture_on_commit_callbacks(execute=True):
        response = _sign_up(intruder, "promoter@example.in", password="Intruder-Chose-77", name="Someone Else")
    assert SIGNUP_PAGE_SAYS in response.content.decode()
    pending = User.objects.get(email="promoter@example.in")
    assert pending.check_password("Owner-Chose-This-77") and pending.first_name == "Bhaskar"
    code = _last_code()  # the owner's inbox holds the new code; the intruder's password is not the account's
    response = intruder.post(reverse("verify_email"), {"email": "promoter@example.in", "code": code,
                                                       "password": "Intruder-Chose-77"})
    assert str(CODE_WRONG) in response.content.decode()
    response = owner.post(reverse("verify_email"), {"email": "promoter@example.in", "code": code,
                                                    "password": "Owner-Chose-This-77"})
    assert response.status_code == 302
    assert User.objects.get(email="promoter@example.in").is_active


def test_hardening_signup_and_verify_do_not_reveal_registered_emails(client, citizen):
    registered = _sign_up(client, citizen.email).content.decode()
    unknown = _sign_up(Client(), "nobody-yet@example.in").content.decode()
    assert SIGNUP_PAGE_SAYS in registered and SIGNUP_PAGE_SAYS in unknown
    assert "already exists" not in registered
    answers = {
        Client().post(reverse("verify_email"), {"email": email, "code": "123456", "password": PASSWORD})
        .context["form"].errors.as_text()
        for email in (citizen.email, "nobody-at-all@example.in", "nobody-yet@example.in")
    }
    assert len(answers) == 1 and str(CODE_WRONG) in answers.pop()


def test_hardening_officer_unlocks_a_colleague(client, arcs_officer, settings):
    colleague = make_officer("inspector.sonitpur", "inspector", ["SNT"])
    _wrong_logins(client, colleague.username, settings.LOGIN_FAILURE_LIMIT)
    refused = client.post(reverse("login"), {"username": colleague.username, "password": PASSWORD})
    assert str(LOCKED_OUT % {"minutes": settings.LOGIN_LOCKOUT_MINUTES}) in refused.content.decode()
    assert FailedLogin.objects.filter(username=colleague.username).count() == settings.LOGIN_FAILURE_LIMIT + 1

    office = Client()
    office.force_login(arcs_officer)
    page = office.get(reverse("locked_accounts")).content.decode()
    assert colleague.username in page
    response = office.post(reverse("unlock_account", args=[colleague.pk]))
    assert response.status_code == 302
    entry = ActivityEntry.objects.get(action=RegistrarAction.ACCOUNT_UNLOCKED)
    assert entry.actor_id == arcs_officer.pk and entry.data == {"username": colleague.username}
    assert client.post(reverse("login"), {"username": colleague.username, "password": PASSWORD}).status_code == 302

    # Not someone else's office, and never by a citizen.
    stranger = make_officer("arcs.kamrup", "arcs", ["KMR"])
    _wrong_logins(Client(), arcs_officer.username, settings.LOGIN_FAILURE_LIMIT)
    other = Client()
    other.force_login(stranger)
    assert other.post(reverse("unlock_account", args=[arcs_officer.pk])).status_code == 403
    assert throttle.is_locked(throttle.subject_key("login", "user", str(arcs_officer.pk)))


def test_hardening_session_ends_after_idle_period(client, citizen, settings):
    assert settings.SESSION_COOKIE_AGE == settings.SESSION_IDLE_MINUTES * 60 <= 30 * 60
    with time_machine.travel("2026-12-01 10:00 +0530", tick=False) as clock:
        client.post(reverse("login"), {"username": citizen.username, "password": PASSWORD})
        assert SESSION_KEY in client.session
        # Working steadily for two hours: each request within the idle period keeps the session.
        for _ in range(8):
            clock.shift(timedelta(minutes=settings.SESSION_IDLE_MINUTES - 15))
            assert client.get(reverse("citizen_home")).status_code == 200
        clock.shift(timedelta(minutes=settings.SESSION_IDLE_MINUTES + 1))
        response = client.get(reverse("citizen_home"))
        assert response.status_code == 302 and reverse("login") in response.url


def test_hardening_admin_login_is_throttled(client, settings, admin_user):
    admin_url = reverse("admin:login")
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        client.post(admin_url, {"username": admin_user.username, "password": "wrong", "next": "/admin/"})
    response = client.post(admin_url, {"username": admin_user.username, "password": "password", "next": "/admin/"})
    assert response.status_code == 200  # the right password, but the account is paused
    assert str(LOCKED_OUT % {"minutes": settings.LOGIN_LOCKOUT_MINUTES}) in response.content.decode()
    assert FailedLogin.objects.filter(username=admin_user.username).count() == settings.LOGIN_FAILURE_LIMIT + 1


def test_hardening_password_reset_is_throttled(client, citizen):
    for email in (citizen.email, "nobody@example.in"):  # the same limit whether or not the e-mail is registered
        for _ in range(3):
            assert client.post(reverse("password_reset"), {"email": email}).status_code == 302
        response = client.post(reverse("password_reset"), {"email": email})
        assert response.status_code == 200
        assert "Too many password-reset requests for this email" in response.content.decode()
    assert len(mail.outbox) == 3


def test_hardening_verification_codes_are_throttled(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            assert SIGNUP_PAGE_SAYS in _sign_up(client, "promoter@example.in").content.decode()
        refused = _sign_up(client, "promoter@example.in").content.decode()
    assert "Too many sign-up requests for this email" in refused
    assert len(mail.outbox) == 3  # codes cannot be requested without end
    code = _last_code()
    for n in range(5):
        wrong = f"{(int(code) + n + 1) % 10**6:06d}"
        client.post(reverse("verify_email"), {"email": "promoter@example.in", "code": wrong,
                                              "password": "Sahakar-Promoter-77"})
    response = client.post(reverse("verify_email"), {"email": "promoter@example.in", "code": code,
                                                     "password": "Sahakar-Promoter-77"})
    assert "Too many codes tried for this email" in response.content.decode()
    assert not User.objects.get(email="promoter@example.in").is_active


def test_hardening_client_address_comes_from_a_trusted_proxy_only(rf, settings):
    spoofed = rf.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert throttle.client_address(spoofed) == "203.0.113.9"  # no proxy configured: the header is ignored
    settings.TRUSTED_PROXY_IPS = ["10.0.0.0/24"]
    via_proxy = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="198.51.100.1, 192.0.2.44, 10.0.0.7")
    assert throttle.client_address(via_proxy) == "192.0.2.44"  # the right-most address no proxy of ours added
    assert throttle.client_address(spoofed) == "203.0.113.9"  # a peer that is not our proxy is not believed
    garbage = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="not-an-address")
    assert throttle.client_address(garbage) == "10.0.0.5"


def test_hardening_login_per_address_limit_is_higher_than_per_account(client, settings):
    settings.LOGIN_ADDRESS_LIMIT = 8
    assert settings.LOGIN_ADDRESS_LIMIT > settings.LOGIN_FAILURE_LIMIT
    for n in range(settings.LOGIN_ADDRESS_LIMIT):
        client.post(reverse("login"), {"username": f"guess{n}", "password": "wrong"}, REMOTE_ADDR="192.0.2.7")
    refused = client.post(reverse("login"), {"username": "guess-new", "password": "wrong"}, REMOTE_ADDR="192.0.2.7")
    assert "Too many attempts from your network" in refused.content.decode()
    other = client.post(reverse("login"), {"username": "guess-new", "password": "wrong"}, REMOTE_ADDR="192.0.2.8")
    assert "Please enter a correct" in other.content.decode()


def test_ordinary_page_view_adds_no_throttle_query_and_no_session_write(client, citizen):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.post(reverse("login"), {"username": citizen.username, "password": PASSWORD})
    client.get(reverse("citizen_home"))
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("citizen_home")).status_code == 200
        assert client.get(reverse("landing")).status_code == 200
    statements = [q["sql"].lower() for q in queries.captured_queries]
    assert not [s for s in statements if "throttlecounter" in s or "failedlogin" in s]
    assert not [s for s in statements if s.startswith("update") and "django_session" in s]
