"""Content-Security-Policy in a real browser (issue 10 point 4).

Every role's main pages load with no CSP violation (the inline scripts and styles now live in static files), the
header is the policy the issue asks for, the moved scripts still work, and a script or style injected into a live
page is refused by the browser. Today is 25 Oct 2026 in the live server (registrar.clock is patched; it runs in
this process). Screenshots: out/screenshots/csp-*.png (English and Assamese).
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from registrar import clock
from societies.registration import services as registration
from tests.gov_returns.helpers import file_return, hold_agm, open_year
from tests.societies.helpers import make_submitted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TODAY = date(2026, 10, 25)
NOW = datetime(2026, 10, 25, 11, 30, tzinfo=ZoneInfo("Asia/Kolkata"))
POLICY = {"default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'",
          "frame-ancestors 'none'"}
# A query note typed by an officer that would run if it were rendered as markup.
NOTE = '<img src="/static/none.png" onerror="window.__xss = 1"><script>window.__xss = 2</script>'

# Runs in every document before its own scripts (CDP, so the page's CSP does not apply to it).
WATCH = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", e => window.__csp.push(
  `${e.violatedDirective} blocked=${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
window.print = () => { window.__printed = true; };
"""

INJECT = """() => new Promise(resolve => {
  window.__ran = [];
  const s = document.createElement("script");
  s.textContent = "window.__ran.push('inline script')";
  document.body.append(s);
  const box = document.createElement("div");
  box.innerHTML = '<img src="/static/none.png" onerror="window.__ran.push(\\'onerror\\')">'
                + '<p id="injected-style" style="display:none">styled</p>';
  document.body.append(box);
  setTimeout(() => resolve({
    ran: window.__ran,
    hidden: getComputedStyle(document.getElementById("injected-style")).display === "none",
    violations: window.__csp,
  }), 300);
})"""


@pytest.fixture
def world(monkeypatch, citizen, secretary, arcs_officer, sonitpur):
    """An application with a query (the note is hostile), and the secretary's society with a filed return."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: NOW)
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 10, 20))
    memo = registration.application_send_query(
        application_id=application.pk, actor=arcs_officer, today=date(2026, 10, 21),
        items=[{"subject": "Bye-laws", "reason": "missing", "note": NOTE}])
    year = hold_agm(open_year(secretary.society))
    file_return(secretary, year, today=TODAY)
    return {"application": application, "memo": memo, "society": secretary.society, "year": year}


def test_hardening_csp_no_violation_on_any_role_and_injected_script_blocked(page, live_server, shot, world):
    console = []
    page.on("console", lambda m: console.append(m.text) if "Content Security Policy" in m.text else None)
    page.add_init_script(WATCH)
    page.set_viewport_size({"width": 1200, "height": 900})
    app, memo, society, year = world["application"], world["memo"], world["society"], world["year"]
    visited = []

    def visit(path: str, name: str | None = None):
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        directives = {d.strip() for d in response.headers["content-security-policy"].split(";")}
        assert directives >= POLICY, (path, directives)
        assert "unsafe-inline" not in response.headers["content-security-policy"]
        violations = page.evaluate("() => new Promise(r => setTimeout(() => r(window.__csp), 0))")
        assert violations == [], (path, violations)
        assert page.evaluate("() => window.__xss") is None, path
        visited.append(path)
        if name:
            shot(f"csp-{name}")

    def log_in(username: str):
        page.context.clear_cookies()
        visit("/accounts/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", "pw-for-tests-2026")
        page.click("main button[type=submit]")
        page.wait_for_load_state()

    # Anyone: the language switch is static JavaScript now and still submits on change.
    visit("/", "landing-en")
    with page.expect_navigation():
        page.select_option("#lang-select", "as")
    assert page.locator("html").get_attribute("lang") == "as"
    assert page.evaluate("() => window.__csp") == []
    shot("csp-landing-as")
    visit(f"/status/?number={society.registration_number}", "status-as")
    visit(f"/compliance/{society.public_token}/")
    visit("/law/registration_certificate_60d/", "law-as")
    page.context.clear_cookies()
    visit("/status/")
    visit("/accounts/signup/")

    # The applicant: the hostile note is shown as text on the application and the answer page.
    log_in("citizen")
    for path in ("/me/", "/apply/", "/apply/new/", f"/apply/{app.pk}/"):
        visit(path)
    visit(f"/apply/{app.pk}/queries/{memo.pk}/", "answer-en")
    assert 'onerror="window.__xss = 1"' in page.locator(".helptext").inner_text()

    # The secretary: the general-meeting form's script (now static) shows only the field the kind needs.
    log_in("secretary")
    for path in ("/society/", f"/society/{society.pk}/", f"/society/{society.pk}/board/",
                 f"/society/{society.pk}/meetings/", f"/society/{society.pk}/returns/", "/inbox/",
                 f"/societies/{society.pk}/timeline/"):
        visit(path)
    visit(f"/society/{society.pk}/meetings/new/", "meeting-form-en")
    page.select_option("#id_kind", "special")
    assert page.locator("#id_financial_year_field").is_hidden()
    assert page.locator("#id_requisition_field").is_visible()
    visit(f"/society/{society.pk}/returns/{year.pk}/v1/", "return-ack-en")
    page.click("button[data-print]")
    assert page.evaluate("() => window.__printed") is True

    # The office.
    log_in("arcs.sonitpur")
    for path in ("/office/", "/office/applications/", "/office/deadlines/", "/office/societies/",
                 f"/office/societies/{society.pk}/", "/office/returns/?year=2026", "/office/proceedings/",
                 "/office/flags/", "/office/rectification/"):
        visit(path)
    visit(f"/office/applications/{app.pk}/", "office-application-en")
    page.context.add_cookies([{"name": "django_language", "value": "as", "url": live_server.url}])
    visit("/office/returns/?year=2026", "office-returns-as")
    visit(f"/office/applications/{app.pk}/", "office-application-as")

    # An inline script, an inline event handler and an inline style injected into the live page are refused.
    result = page.evaluate(INJECT)
    assert result["ran"] == [], result
    assert result["hidden"] is False, result
    directives = {v.split()[0] for v in result["violations"]}
    assert {"script-src-elem", "script-src-attr", "style-src-attr"} <= directives, result["violations"]
    # The browser console reported only the injected things too (one message each).
    assert len(console) == len(result["violations"]), (console, result["violations"])
    assert len(visited) >= 30
