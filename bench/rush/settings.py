"""Settings for the September-rush bench's gunicorn: the project's settings plus a URLconf with the bare-insert
views. Production (config.settings / config.urls) never carries them."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.rush.urls"
# design.md: CONN_MAX_AGE=0 cost 5x throughput. config.settings reads CONN_MAX_AGE (default 60); bench/_common.py
# sets it to 0 for the seeding process, so pin it here for the server whatever the environment says.
DATABASES["default"]["CONN_MAX_AGE"] = 600  # noqa: F405
# The bench speaks plain http on loopback and measures filings, not static files: no https redirect (config.settings
# turns it on with DEBUG off, for the TLS proxy) and no collected-static manifest to require.
SECURE_SSL_REDIRECT = False
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
