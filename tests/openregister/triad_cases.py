"""Permission-triad cases for the public register, open data, the API and the office's pages (issue 24)."""

from tests.triad import Case


def _society(p):
    from tests.openregister.helpers import societies_for_search

    society = societies_for_search()["tezpur"]
    return {"number": society.registration_number}, None, ""


def _release(p):
    from openregister.models import OpenDataRelease
    from registrar import clock

    release = OpenDataRelease.objects.create(version="2026-12-01", made_on=clock.today(), made_at=clock.now(),
                                             files=[{"name": "societies.csv", "bytes": 0, "sha256": "", "rows": 0}])
    return {"version": release.version, "name": "missing.csv"}, None, ""


def _client(p):
    from openregister.office import api_client_issue

    client, _key = api_client_issue(actor=p["registrar"], name="Bank", contact_email="a@b.example", purpose="x",
                                    requests_per_window=10)
    return {"pk": client.pk}, None, ""


def _rule(p):
    return {"rule_id": "registration_deemed_60d"}, None, ""


CASES = [
    Case("public_register", "public"),
    Case("public_register_extract", "public"),
    Case("public_register_batch", "public"),
    Case("public_register_society", "public", build=_society),
    Case("open_data", "public"),
    # a file the release does not list is 404 for everyone: the token-free public door builds no path
    Case("open_data_file", "public", build=_release, ok_status=404),
    Case("api_society_list", "public"),
    Case("api_society_detail", "public", build=_society),
    Case("api_society_orders", "public", build=_society),
    Case("api_district_list", "public"),
    Case("api_rule_list", "public"),
    Case("api_rule_due", "public", build=_rule, query="trigger=2026-12-01"),
    Case("api_changes", "public"),
    Case("api_schema", "public"),
    Case("api_docs", "public"),
    Case("api_redoc", "public"),
    Case("office_api_clients", "office", about_record=False,
         notes="any officer sees which organisations hold keys; only the Directorate issues (POST 403)"),
    # GET redirects to the list for an officer; the revocation itself is a POST needing ISSUE_API_KEY
    Case("office_api_client_revoke", "office", build=_client, ok_status=302, about_record=False),
    Case("office_registration_report_list", "office", about_record=False, query="outcome=pending"),
]
