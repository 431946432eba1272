"""Bringing an existing register in, in a real browser: the secretary downloads nothing, uploads a file with a
problem (the per-row report), then a good one (confirm, progress, result), in English and Assamese at 1280 and
390 px; no page wider than the screen, no CSP violation. Celery is eager (no broker), as in the demo.
Screenshots in out/screens/membership_import/."""

from pathlib import Path

import pytest

pytestmark = [pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "membership_import"
PAGE_WIDER = "() => document.documentElement.scrollWidth - window.innerWidth"


@pytest.mark.parametrize("language", ["en", "as"])
def test_register_import_screens_upload_report_confirm_result(page, live_server, log_in, secretary, language,
                                                              tmp_path):
    from membership.models import Member
    from tests.membership_import.helpers import csv_bytes, row

    SCREENS.mkdir(parents=True, exist_ok=True)
    society = secretary.society
    bad = tmp_path / "register-with-problems.csv"
    bad.write_bytes(csv_bytes([row(1, **{"Age at admission": "16"}), row(2, Category="Backward"),
                               row(1, Name="=HYPERLINK(\"http://x.example\")")]))
    good = tmp_path / "register.csv"
    good.write_bytes(csv_bytes([row(i, Nominee="Mamoni Bora") for i in range(1, 8)]))
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    log_in(secretary.username)
    for width, file in ((1280, bad), (390, good)):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server.url}/society/{society.pk}/members/import/")
        assert page.evaluate(PAGE_WIDER) <= 0
        page.screenshot(path=str(SCREENS / f"upload-{language}-{width}.png"), full_page=True)
        page.set_input_files("#file", str(file))
        page.locator("form[enctype] button[type=submit]").click()
        page.wait_for_load_state()
        assert page.evaluate(PAGE_WIDER) <= 0
        page.screenshot(path=str(SCREENS / f"report-{language}-{width}.png"), full_page=True)
        if file is bad:
            assert page.locator("table.import-report tbody tr").count() == 3  # age, category, formula-like name
    page.locator("a[href$='/confirm/']").click()
    assert page.evaluate(PAGE_WIDER) <= 0
    page.screenshot(path=str(SCREENS / f"confirm-{language}-390.png"), full_page=True)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert page.url.endswith("/result/")
    assert page.evaluate(PAGE_WIDER) <= 0
    page.screenshot(path=str(SCREENS / f"result-{language}-390.png"), full_page=True)
    assert Member.objects.filter(society=society).count() == 7
    assert violations == []
