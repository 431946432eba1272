"""Personas (one per role) and shared fixtures. Each persona has a one-line story."""

import pytest
from django.conf import settings

from registrar.models import District, Office, Officer, Rank, User


def ensure_office_data() -> None:
    """Districts and offices come from a data migration; transactional tests flush them, so restore them."""
    if not District.objects.exists():
        from importlib import import_module

        from django.apps import apps

        import_module("registrar.migrations.0003_districts_and_offices").load(apps, None)


@pytest.fixture(scope="session", autouse=True)
def _fast_password_hasher():
    """Every persona is a user with a password: PBKDF2's 1,000,000 rounds cost about a second each, most of many
    tests' setup. Tests never depend on the algorithm (production keeps Django's default), so MD5 here."""
    from django.contrib.auth import hashers

    previous = settings.PASSWORD_HASHERS
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    hashers.get_hashers.cache_clear()
    hashers.get_hashers_by_algorithm.cache_clear()
    yield
    settings.PASSWORD_HASHERS = previous
    hashers.get_hashers.cache_clear()
    hashers.get_hashers_by_algorithm.cache_clear()


@pytest.fixture(autouse=True)
def _office_data(request):
    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db"} & set(request.fixturenames)
    if uses_db:
        marker = request.node.get_closest_marker("django_db")
        transactional = "transactional_db" in request.fixturenames or (marker and marker.kwargs.get("transaction"))
        request.getfixturevalue("transactional_db" if transactional else "db")
        ensure_office_data()


def make_user(username: str, **extra) -> User:
    user = User.objects.create_user(username=username, password="pw-for-tests-2026",
                                    email=f"{username}@example.in", **extra)
    return user


def make_officer(username: str, rank: str, district_codes: list[str]) -> User:
    user = make_user(username, first_name=username.split(".")[0].title())
    office = (Office.objects.get(district__code=district_codes[0]) if district_codes and rank not in
              ("rcs", "addl_rcs", "joint_rcs", "deputy_rcs") else Office.objects.get(kind="directorate"))
    officer = Officer.objects.create(user=user, rank=rank, office=office)
    officer.districts.set(District.objects.filter(code__in=district_codes))
    return user


@pytest.fixture
def sonitpur(db):
    return District.objects.get(code="SNT")


@pytest.fixture
def kamrup(db):
    return District.objects.get(code="KMR")


@pytest.fixture
def arcs_officer(db):
    """Pranjal, ARCS heading the Sonitpur district office: sees and acts on Sonitpur only."""
    return make_officer("arcs.sonitpur", Rank.ARCS, ["SNT"])


@pytest.fixture
def other_district_officer(db):
    """Mousumi, ARCS of Kamrup: a real officer, but Sonitpur's records are not hers to see."""
    return make_officer("arcs.kamrup", Rank.ARCS, ["KMR"])


@pytest.fixture
def registrar(db):
    """Anupam, the Registrar (RCS) at the Directorate: sees the whole state."""
    return make_officer("rcs", Rank.RCS, [])


@pytest.fixture
def auditor(db):
    """Jyotishmita, an auditor posted to Sonitpur."""
    return make_officer("auditor.sonitpur", Rank.AUDITOR, ["SNT"])


@pytest.fixture
def citizen(db):
    """Hemanta, a signed-up citizen promoting a new society; no office rights at all."""
    return make_user("citizen", first_name="Hemanta", last_name="Nath")


@pytest.fixture
def other_citizen(db):
    """Rupa, another applicant: must never see Hemanta's application."""
    return make_user("citizen2", first_name="Rupa", last_name="Gogoi")


@pytest.fixture
def secretary(db, sonitpur):
    """Nilima, secretary of a registered Sonitpur society (a django-guardian grant)."""
    from datetime import date

    from guardian.shortcuts import assign_perm

    from societies.models import Society

    user = make_user("secretary", first_name="Nilima", last_name="Borah")
    society = Society.objects.create(
        registration_number="SNT/REG/2025/0001", name="Dhekiajuli Dairy Co-operative Society Limited",
        society_type="dairy", district=sonitpur, address="Dhekiajuli, Sonitpur", registered_on=date(2025, 4, 10),
    )
    assign_perm("societies.act_as_secretary", user, society)
    user.society = society
    return user


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = settings.PRIVATE_MEDIA_ROOT


@pytest.fixture(scope="session")
def signing_certificate(tmp_path_factory):
    """A throwaway test root and office certificate for the whole run (orders.signing; never var/signing/)."""
    from orders.signing import make_test_certificate

    return make_test_certificate(tmp_path_factory.mktemp("signing"))


@pytest.fixture(autouse=True)
def _office_signing_key(settings, signing_certificate):
    # Every PDF the office renders is signed (ADR 0033): tests sign with the run's throwaway certificate.
    settings.ORDER_SIGNING_PKCS12 = ""
    settings.ORDER_SIGNING_KEY = str(signing_certificate["key"])
    settings.ORDER_SIGNING_CERT = str(signing_certificate["cert"])
    settings.ORDER_SIGNING_CA_CERTS = [str(signing_certificate["root"])]
    settings.ORDER_SIGNING_PASSPHRASE = ""


@pytest.fixture(autouse=True)
def _eager_celery(settings):
    # Tests run tasks in-process unless a test asks for the real worker (tests/test_celery_worker.py).
    settings.CELERY_TASK_ALWAYS_EAGER = True
    from config.celery import app

    app.conf.task_always_eager = True


@pytest.fixture(autouse=True)
def _english_by_default():
    """Every test starts in English: a request with Accept-Language or a language cookie activates Assamese in
    the thread, and Django does not reset it after the response, so it would leak into the next test."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


def pytest_collection_modifyitems(config, items):
    is_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    skip_pg = pytest.mark.skip(reason="needs PostgreSQL (make test runs it)")
    for item in items:
        if "postgres" in item.keywords and not is_postgres:
            item.add_marker(skip_pg)


@pytest.fixture(autouse=True)
def _force_login_gives_the_second_factor(monkeypatch):
    """The second factor (issue 11 § 8) stays ON in every test. `Client.force_login` is Django's test shortcut
    that skips authentication (no password is checked); it now also skips the code: for a user who needs a
    second factor it enrols a confirmed TOTP device if there is none and marks the session verified, exactly
    what the second-factor page does after a right code. The real path — password form, then code — is tested
    end to end in tests/hardening/test_second_factor.py; browser tests log in through the real form."""
    from django.test import Client

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        from registrar import second_factor

        if second_factor.is_required(user):
            from django_otp import DEVICE_ID_SESSION_KEY
            from django_otp.plugins.otp_totp.models import TOTPDevice

            device = second_factor.confirmed_device(user) or TOTPDevice.objects.create(
                user=user, name="test", confirmed=True)
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session[second_factor.SESSION_FLAG] = [user.pk, True]
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)
