"""Every role's main pages in a real browser (issue 25 point 10 and its "Tests that must exist"): on the demo's
data, each page is loaded once per language and width (English and Assamese, 1280 and 390 px) and on that one
load
- axe-core (tests/browser/vendor/axe.min.js, MPL-2.0, a test tool: never served by the portal) finds no serious
  or critical violation of WCAG 2.1 A/AA (labels, contrast, keyboard access, language attributes);
- no element's content is wider than its box (scrollWidth > clientWidth + 1), except boxes meant to scroll
  (overflow auto/scroll, e.g. table wrappers), and the page itself is no wider than the screen;
- on the Assamese pages none of the strings below (navigation, page titles, buttons) is left in English;
- a screenshot goes to out/screens/roles/<role>-<page>-<language>-<width>.png.

One browser, one logged-in context per role (the Django test client's session cookie: `force_login` also marks
a statewide rank's second factor verified, see tests/conftest.py). axe is served to the page from its own origin
by a Playwright route, so the Content-Security-Policy (script-src 'self') stays on while it runs.
"""

import io
import re
import time
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "out" / "screens" / "roles"
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
AXE_URL = "/__test-only__/axe.min.js"
WIDTHS = (1280, 390)
# axe runs once per page and language (it takes longer than the load): English on the wide layout, Assamese on
# the phone's (collapsed menu, stacked columns), so each layout and each language is checked on every page.
AXE_WIDTH = {"en": 1280, "as": 390}

# Strings a person meets on these pages that must never stay English on an Assamese page: the office
# navigation's groups and items, the other roles' navigation, page titles (h1) and buttons. Each is matched
# against the whole text of a heading, link, button, summary, label or table header (names of societies and
# people are English in both languages and are not matched).
MUST_TRANSLATE = {
    # navigation (templates/partials/nav.html, registrar.dashboard.NAV_GROUPS)
    "Menu", "Office home", "My work", "Registration", "Societies", "Audit and inquiry", "Bakijai", "Liquidation",
    "Appeals", "Reports", "Office", "Inbox", "Log out", "Log in", "Sign up", "Society status", "My society",
    "My applications", "Home", "Skip to content", "Check a society's status", "Service status",
    # page titles
    "Co-operative societies of Assam, online", "Deadlines", "Register of orders", "Dues",
    "Registration applications",
    # buttons and controls
    "Save draft", "Filter", "Check status", "Sign up to apply", "Officer log in",
    # the profile and help pages' links (point 9)
    "Help", "Help and contact", "My profile",
}

AXE_RUN = """async () => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
                                          resultTypes: ["violations"]});
  return result.violations.filter(v => v.impact === "serious" || v.impact === "critical").map(v =>
    `${v.impact} ${v.id}: ${v.help} — ` + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "));
}"""

OVERFLOW = """() => {
  const wider = [], clipped = [];
  for (const el of document.querySelectorAll("body *")) {
    const style = getComputedStyle(el);
    if (style.clip !== "auto" || style.clipPath !== "none") { clipped.push(el); }  // screen-reader-only text
    // inline boxes and table rows (no box of their own), form fields (their value scrolls), drawings
    if (el.clientWidth <= 1 || el.matches("input, select, textarea") || el.closest("svg")) continue;
    if (/^table-(row|header-group|footer-group|column)/.test(style.display)) continue;
    if (clipped.some(root => root.contains(el))) continue;
    if (/auto|scroll/.test(style.overflowX) || style.textOverflow === "ellipsis") continue;  // meant to scroll or clip
    if (el.scrollWidth > el.clientWidth + 1) {
      const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
                   (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
      wider.push(`${name} ${el.scrollWidth}>${el.clientWidth}: ${el.textContent.trim().slice(0, 60)}`);
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) {
    wider.push(`page ${document.documentElement.scrollWidth}>${window.innerWidth}`);
  }
  return wider;
}"""

# The words of the page itself, not of its records (names of societies and people are English in both
# languages): navigation, buttons, labels, table headers. A text met there on the English page must not be met
# again on the Assamese one. Headings and titles often are a record's name: they are held to MUST_TRANSLATE only.
CHROME = "nav a:not(.who), nav summary, nav label, button, .btn, label, legend, th, caption, footer a"
HEADINGS = "title, h1, h2, h3"
TEXTS = """selector => Array.from(document.querySelectorAll(selector))
  .map(el => el.textContent.replace(/\\s+/g, " ").trim()).filter(text => /[A-Za-z]{3}/.test(text))"""


def _pages(world):
    """The main pages of each role: (role, name, path). `None` is the anonymous visitor."""
    return [
        (None, "landing", "/"), (None, "login", "/accounts/login/"), (None, "signup", "/accounts/signup/"),
        (None, "status", "/status/"), (None, "verify-email", "/accounts/verify/"),
        (None, "verify-order", f"/verify/{world['order'].token}/"),
        ("promoter", "home", "/me/"), ("promoter", "application-new", "/apply/new/"),
        ("promoter", "application-draft", f"/apply/{world['draft'].pk}/edit/"),
        ("secretary", "home", "/society/"), ("secretary", "society", f"/society/{world['society'].pk}/"),
        ("secretary", "return", f"/society/{world['society'].pk}/returns/{world['year'].pk}/"),
        ("arcs.sonitpur", "home", "/office/"), ("arcs.sonitpur", "applications", "/office/applications/"),
        ("arcs.sonitpur", "application", f"/office/applications/{world['application'].pk}/"),
        ("arcs.sonitpur", "my-work", "/office/my-work/"), ("arcs.sonitpur", "deadlines", "/office/deadlines/"),
        ("arcs.sonitpur", "orders", "/office/orders/"),
        ("arcs.sonitpur", "order", f"/office/orders/{world['order'].pk}/"),
        ("arcs.sonitpur", "dues", "/office/dues/"), ("arcs.sonitpur", "reports", "/office/reports/"),
        ("rcs", "home", "/office/"),
    ]


@pytest.fixture
def world(transactional_db):
    """The demo's data (`manage.py seed_demo`): what a new user meets after `make demo`."""
    from guardian.shortcuts import get_objects_for_user

    from orders.models import Order
    from registrar.models import User
    from societies.governance.models import FinancialYear
    from societies.registration.models import RegistrationApplication

    call_command("seed_demo", stdout=io.StringIO())
    secretary = User.objects.get(username="secretary")
    society = get_objects_for_user(secretary, "societies.act_as_secretary").order_by("pk").first()
    return {
        "draft": RegistrationApplication.objects.filter(applicant__username="promoter", state="draft").first(),
        "application": RegistrationApplication.objects.filter(district__code="SNT").exclude(state="draft")
        .order_by("pk").first(),
        "society": society,
        "year": FinancialYear.objects.filter(society=society, returns_filed_on__isnull=True).order_by("pk").first(),
        "order": Order.objects.filter(number__contains="SNT").order_by("pk").first(),
    }


def _session_cookie(username, live_server):
    from django.test import Client

    from registrar.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}


def test_must_translate_strings_have_assamese_in_the_catalogue():
    catalogue = polib.pofile(str(ROOT / "locale" / "as" / "LC_MESSAGES" / "django.po"))
    translated = {entry.msgid for entry in catalogue if entry.msgstr and not entry.fuzzy and not entry.obsolete}
    assert sorted(MUST_TRANSLATE - translated) == []


def test_every_role_pages_are_accessible_fit_the_screen_and_are_translated(browser, live_server, world):
    assert all(world.values()), world
    SCREENS.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    problems, loads, english = [], 0, {}
    pages = _pages(world)
    for role in dict.fromkeys(role for role, _, _ in pages):
        context = browser.new_context()
        context.route(f"**{AXE_URL}", lambda route: route.fulfill(path=str(AXE), content_type="text/javascript"))
        if role:
            context.add_cookies([_session_cookie(role, live_server)])
        page = context.new_page()
        for language in ("en", "as"):
            context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                for _, name, path in (p for p in pages if p[0] == role):
                    where = f"{role or 'anonymous'} {path} {language} {width}px"
                    response = page.goto(live_server.url + path)
                    loads += 1
                    assert response.status == 200 and page.url == live_server.url + path, (where, page.url)
                    assert page.locator("html").get_attribute("lang") == language, where
                    page.screenshot(path=str(SCREENS / f"{role or 'anonymous'}-{name}-{language}-{width}.png"),
                                    full_page=True)
                    problems += [f"{where} overflow {item}" for item in page.evaluate(OVERFLOW)]
                    if width != WIDTHS[0]:
                        pass  # the same words at both widths: compared once
                    elif language == "en":
                        english[path] = set(page.evaluate(TEXTS, CHROME))
                    else:
                        chrome, headings = set(page.evaluate(TEXTS, CHROME)), set(page.evaluate(TEXTS, HEADINGS))
                        problems += [f"{where} English: {text!r}" for text in
                                     sorted(chrome & english[path] | (chrome | headings) & MUST_TRANSLATE)]
                    if width == AXE_WIDTH[language]:
                        page.add_script_tag(url=live_server.url + AXE_URL)
                        problems += [f"{where} axe {item}" for item in page.evaluate(AXE_RUN)]
        context.close()
    assert loads == len(pages) * 2 * len(WIDTHS)
    print(f"{loads} page loads in {time.monotonic() - started:.1f} s")
    (ROOT / "out" / "screens" / "roles" / "problems.txt").write_text("\n".join(problems))
    assert problems == [], "\n".join(problems)


def test_overflow_check_sees_a_word_wider_than_its_box(page):
    """The overflow check itself: a long unbroken word in a narrow box is reported; a scrolling box is not."""
    page.set_content("""<div id="narrow" style="width:60px">Registrationapplicationsundersection11</div>
        <div style="width:60px;overflow-x:auto"><span>Registrationapplicationsundersection11</span></div>""")
    wider = page.evaluate(OVERFLOW)
    assert len(wider) == 1 and re.match(r"div#narrow \d+>60", wider[0]), wider
