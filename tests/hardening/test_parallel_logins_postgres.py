"""Login throttling under a burst, on PostgreSQL (issue 11 § 2).

Forty threads, each with its own Django test client and so its own database connection, post a wrong
password at the same moment. The review counted 11 password checks against a limit of 5 with the old
read-a-count-then-write-a-failure throttle; the reservation taken before the password is checked must hold the
checks to the limit. The figure is printed (run with -s).
"""

import threading

import pytest
from django.contrib.auth.backends import ModelBackend
from django.db import connections
from django.test import Client
from django.urls import reverse

from registrar.models import FailedLogin, User

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

BURST = 40


def _burst(payloads, *, address="127.0.0.1"):
    """Post every payload to the login page from its own thread and connection, all released at once."""
    start = threading.Barrier(len(payloads))
    statuses, errors = [], []

    def post(payload):
        try:
            client = Client()
            start.wait(30)
            statuses.append(client.post(reverse("login"), payload, REMOTE_ADDR=address).status_code)
        except Exception as exc:  # reported below: a thread must not fail silently
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post, args=(payload,)) for payload in payloads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    return statuses


@pytest.fixture
def counted_checks(monkeypatch):
    """How many times a password was really checked (the expensive, guessable step)."""
    calls = {"check_password": 0, "authenticate": 0}
    lock = threading.Lock()
    check, authenticate = User.check_password, ModelBackend.authenticate

    def counting_check(self, raw_password):
        with lock:
            calls["check_password"] += 1
        return check(self, raw_password)

    def counting_authenticate(self, request, username=None, password=None, **kwargs):
        with lock:
            calls["authenticate"] += 1
        return authenticate(self, request, username=username, password=password, **kwargs)

    monkeypatch.setattr(User, "check_password", counting_check)
    monkeypatch.setattr(ModelBackend, "authenticate", counting_authenticate)
    return calls


def test_hardening_parallel_logins_hold_the_account_limit(citizen, settings, counted_checks):
    statuses = _burst([{"username": citizen.username, "password": f"wrong-{n}"} for n in range(BURST)])
    print(f"\n{BURST} parallel wrong logins for one account: {counted_checks['check_password']} password checks "
          f"(limit {settings.LOGIN_FAILURE_LIMIT})")
    assert statuses == [200] * BURST
    assert counted_checks["check_password"] <= settings.LOGIN_FAILURE_LIMIT
    assert FailedLogin.objects.filter(username=citizen.username).count() == BURST  # every failure recorded
    # Still paused for the right password, until the window ends.
    response = Client().post(reverse("login"), {"username": citizen.username, "password": "pw-for-tests-2026"})
    assert "Too many failed attempts for this account" in response.content.decode()


def test_hardening_parallel_logins_hold_the_address_limit(settings, counted_checks):
    settings.LOGIN_ADDRESS_LIMIT = 12
    statuses = _burst([{"username": f"guess{n}@example.in", "password": "wrong"} for n in range(BURST)],
                      address="192.0.2.50")
    print(f"\n{BURST} parallel wrong logins for {BURST} names from one address: "
          f"{counted_checks['authenticate']} password checks (address limit {settings.LOGIN_ADDRESS_LIMIT})")
    assert statuses == [200] * BURST
    assert counted_checks["authenticate"] <= settings.LOGIN_ADDRESS_LIMIT
