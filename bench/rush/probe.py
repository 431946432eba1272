"""Before the HTTP run: one filing and one bare insert in-process (django.test.Client) to count their SQL
statements, and to stop early with a clear message if the filing view refuses the harness's form."""

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from registrar.models import User

from . import filing
from .client import Identity

# What the probe leaves in the database, for the verification's counts.
PROBE_ROWS = {"bare rows": 2, "logged entries": 1, "filed returns": 1}


def count_queries(who: Identity, fields: dict) -> dict[str, int]:
    client = Client()
    client.force_login(User.objects.get(pk=who.user_id))
    counts = {}
    # In-process this is config.settings with DEBUG off: the same overrides as bench/rush/settings.py gives gunicorn
    # (plain http, no https redirect; no collected-static manifest), or the probe gets a 301 / a missing manifest.
    plain = {**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    with override_settings(ROOT_URLCONF="bench.rush.urls", SECURE_SSL_REDIRECT=False, STORAGES=plain):
        for name, path in (("bare insert", "/bench/bare-insert/"),
                           ("bare insert + activity", "/bench/bare-insert-logged/")):
            with CaptureQueriesContext(connection) as ctx:
                response = client.post(path, {"payload": "probe"})
            assert response.status_code == 201, (path, response.status_code)
            counts[name] = len(ctx.captured_queries)
        path = f"/society/{who.society_id}/returns/{who.year_id}/"
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counts["return form (GET)"] = len(ctx.captured_queries)
        data = {**fields, **{name: SimpleUploadedFile(f"{name}.pdf", filing.PDF, "application/pdf")
                             for name in ("audited_accounts", "annual_report")}}
        with CaptureQueriesContext(connection) as ctx:
            response = client.post(path, data)
        if response.status_code != 302:
            raise SystemExit(f"bench: the filing view refused the harness's return ({response.status_code}); "
                             f"the page said: {response.content.decode()[:2000]}")
        counts["annual return filed (POST)"] = len(ctx.captured_queries)
    return counts
