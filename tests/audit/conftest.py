"""The audit tests' personas are built per test: a fast password hasher keeps each build from costing a full
PBKDF2 run (Django's testing advice); nothing here tests password storage."""

import pytest


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
