"""Branded error pages in both languages, a 503 for a database in trouble, a plain answer for an unknown
certificate (issue 11 § 6)."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from orders.views.verify import NO_SUCH_ORDER
from registrar.views import errors

pytestmark = pytest.mark.django_db

BRAND = "Registrar of Co-operative Societies, Assam"


def _client(language: str) -> Client:
    client = Client(raise_request_exception=False)
    client.cookies["django_language"] = language
    return client


def _in(language: str, message) -> str:
    """The message as the page shows it (HTML-escaped: Assamese uses the apostrophe)."""
    with translation.override(language):
        return escape(str(message))


@pytest.mark.parametrize("language", ["en", "as"])
def test_hardening_error_pages_are_branded_in_both_languages(language, citizen):
    client = _client(language)
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert BRAND in response.content.decode() and _in(language, errors.NOT_FOUND) in response.content.decode()

    client.force_login(citizen)
    response = client.get(reverse("office_home"))
    assert response.status_code == 403
    assert _in(language, errors.FORBIDDEN) in response.content.decode()

    with mock.patch("registrar.views.public.render", side_effect=RuntimeError("a bug")):
        response = _client(language).get(reverse("landing"))
    assert response.status_code == 500
    assert BRAND in response.content.decode() and _in(language, errors.SERVER_ERROR) in response.content.decode()
    if language == "as":
        assert _in("as", errors.SERVER_ERROR) != _in("en", errors.SERVER_ERROR)  # really translated


def test_hardening_database_error_gives_a_branded_503_with_retry_after():
    with mock.patch("registrar.views.public.render", side_effect=OperationalError("connection timeout expired")):
        response = _client("en").get(reverse("landing"))
    assert response.status_code == 503
    assert response["Retry-After"] == str(errors.RETRY_AFTER_SECONDS)
    assert str(errors.SERVICE_UNAVAILABLE) in response.content.decode() and BRAND in response.content.decode()


@pytest.mark.parametrize("language", ["en", "as"])
def test_hardening_unknown_certificate_is_not_genuine(language):
    response = _client(language).get(reverse("verify_certificate", args=["forged-token-123"]))
    assert response.status_code == 404
    # One verification page for every order (issue 13): an unknown code is no order of the register at all.
    assert _in(language, NO_SUCH_ORDER) in response.content.decode()
    assert "has this verification code. Do not rely on the document" in _in("en", NO_SUCH_ORDER)
