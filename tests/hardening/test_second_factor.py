"""Second factor (issue 11 § 8): a TOTP code after the password for every statewide rank and superusers.

These tests use the real login form and real codes computed from the device's key (RFC 6238), never
force_login (which tests/conftest.py lets through: see the fixture there)."""

import base64
import io
import re
import time

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from registrar import second_factor
from registrar.models import ActivityEntry, Rank
from registrar.models.notifications import OutboxMessage
from tests.conftest import make_officer

pytestmark = pytest.mark.django_db
PASSWORD = "pw-for-tests-2026"


def code_for(key: bytes, *, steps_ahead: int = 0) -> str:
    totp = TOTP(key)
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def password_login(client: Client, username: str, password: str = PASSWORD):
    return client.post("/accounts/login/", {"username": username, "password": password}, follow=True)


@pytest.mark.parametrize("rank", [Rank.RCS, Rank.ADDL_RCS, Rank.JOINT_RCS, Rank.DEPUTY_RCS])
def test_hardening_second_factor_required_for_statewide_ranks(rank):
    officer = make_officer(f"officer.{rank}", rank, [])
    client = Client()
    response = password_login(client, officer.username)
    # A password alone does not open the office: enrolment comes first.
    assert response.redirect_chain[-1][0].startswith(reverse("second_factor"))
    assert "Set up your second factor" in response.content.decode()
    blocked = client.get(reverse("office_home"))
    assert blocked.status_code == 302 and blocked.url.startswith(reverse("second_factor") + "?next=/office/")
    assert client.get(reverse("deadlines_board")).status_code == 302


def test_hardening_second_factor_enrol_then_code_at_every_login(registrar):
    client = Client()
    page = password_login(client, registrar.username).content.decode()
    secret = re.search(r'class="secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
    key = base64.b32decode(secret)
    assert "<svg" in page  # the QR code of the otpauth:// URI
    wrong = client.post(reverse("second_factor"), {"code": "000000", "next": "/office/"})
    assert wrong.status_code == 200 and str(second_factor.CODE_WRONG) in wrong.content.decode()
    time.sleep(1.1)  # django-otp's throttle: 1 s after the first wrong code
    done = client.post(reverse("second_factor"), {"code": code_for(key), "next": "/office/"})
    assert done.status_code == 302 and done.url == "/office/"
    assert client.get(reverse("office_home")).status_code == 200
    device = TOTPDevice.objects.get(user=registrar)
    assert device.confirmed
    assert ActivityEntry.objects.filter(action="registrar.second_factor_enabled", actor=registrar).exists()
    # The owner is told by e-mail (an outbox row, committed with the enrolment).
    assert OutboxMessage.objects.filter(to=registrar.email, subject__contains="second factor was turned on").exists()

    # Next login: a code, not enrolment; the code already used is refused (replay), the next one accepted.
    client.post(reverse("logout"))
    again = Client()
    page = password_login(again, registrar.username).content.decode()
    assert "Enter your code" in page and "class=\"secret\"" not in page
    assert again.get(reverse("office_home")).status_code == 302
    used = again.post(reverse("second_factor"), {"code": code_for(key), "next": "/office/"})
    assert str(second_factor.CODE_WRONG) in used.content.decode() or "Too many wrong codes" in used.content.decode()
    time.sleep(1.1)
    ok = again.post(reverse("second_factor"), {"code": code_for(key, steps_ahead=1), "next": "/office/"})
    assert ok.status_code == 302 and again.get(reverse("office_home")).status_code == 200


def test_hardening_second_factor_guards_the_admin(registrar):
    registrar.is_staff = registrar.is_superuser = True
    registrar.save()
    client = Client()
    client.post("/admin/login/?next=/admin/", {"username": registrar.username, "password": PASSWORD})
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url.startswith(reverse("second_factor"))


def test_hardening_second_factor_superuser_without_rank(db):
    from registrar.models import User

    User.objects.create_superuser("root", "root@example.in", PASSWORD)
    client = Client()
    response = password_login(client, "root")
    assert response.redirect_chain[-1][0].startswith(reverse("second_factor"))


def test_hardening_second_factor_opt_in_for_a_district_officer(arcs_officer):
    client = Client()
    response = password_login(client, arcs_officer.username)
    assert response.redirect_chain[-1][0] == reverse("office_home")  # not asked of a district officer by default
    page = client.get(reverse("second_factor")).content.decode()
    key = base64.b32decode(re.search(r'class="secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", ""))
    client.post(reverse("second_factor"), {"code": code_for(key), "next": "/office/"})
    assert second_factor.is_required(arcs_officer)
    fresh = Client()
    password_login(fresh, arcs_officer.username)
    assert fresh.get(reverse("office_home")).status_code == 302  # now a code is asked of them too


def test_hardening_second_factor_demo_logins_print_a_secret(settings):
    from datetime import date

    from registrar import demo

    out = io.StringIO()

    class Out:
        def write(self, text):
            out.write(text + "\n")

    demo.seed(today=date(2026, 3, 17), stdout=Out())
    demo.print_logins(Out())
    printed = out.getvalue()
    secret = re.search(r"\brcs\s+— TOTP secret ([A-Z2-7]+)", printed).group(1)
    client = Client()
    password_login(client, "rcs", demo.DEMO_PASSWORD)
    client.post(reverse("second_factor"), {"code": code_for(base64.b32decode(secret)), "next": "/office/"})
    assert client.get(reverse("office_home")).status_code == 200
    # demo_totp prints the current code for the demo devices (DEBUG only).
    settings.DEBUG = True
    shown = io.StringIO()
    call_command("demo_totp", "jointrcs", stdout=shown)
    jointrcs = Client()
    jointrcs.post("/accounts/login/", {"username": "jointrcs", "password": demo.DEMO_PASSWORD})
    jointrcs.post(reverse("second_factor"), {"code": shown.getvalue()[:6], "next": "/office/"})
    assert jointrcs.get(reverse("office_home")).status_code == 200
    settings.DEBUG = False
    with pytest.raises(Exception, match="DEBUG"):
        call_command("demo_totp", "jointrcs")
