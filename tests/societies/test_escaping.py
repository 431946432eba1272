"""Nothing a person typed is rendered unescaped (issue 10 point 4)."""

import re
from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse

from societies.registration import services

from .helpers import make_submitted

pytestmark = pytest.mark.django_db

NOTE = 'Attach the bye-laws <script>alert("note")</script><img src=x onerror="alert(1)">'


def test_hardening_query_note_escaped(client, citizen, sonitpur, arcs_officer):
    """The officer's note on a query item is shown to the applicant as text, never as markup (stored XSS)."""
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 1))
    memo = services.application_send_query(
        application_id=application.pk, actor=arcs_officer, today=date(2026, 11, 2),
        items=[{"subject": "Bye-laws <b>now</b>", "reason": "missing", "note": NOTE}])
    client.force_login(citizen)
    for url in (reverse("application_answer", args=[application.pk, memo.pk]),
                reverse("application_detail", args=[application.pk])):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>now</b>" not in html, url
        assert "&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt;" in html, url
        assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html, url


ROOT = Path(__file__).resolve().parents[2]
SERVED = [p for p in (ROOT / "templates").rglob("*.html") if "pdf" not in p.relative_to(ROOT / "templates").parts]
INLINE = re.compile(r"""<style\b|<script\b(?![^>]*\bsrc=)|\sstyle=["']|\son[a-z]+=["']|javascript:""", re.I)
UNESCAPED = re.compile(r"\|\s*safe\b|\bmark_safe\b|\{%\s*autoescape\s+off|\bSafeString\(")


def test_hardening_csp_templates_have_no_inline_script_or_style():
    """The CSP (script-src/style-src 'self') refuses inline code: a served template must not carry any. PDF
    templates are rendered by WeasyPrint, never served, and may keep their inline styles."""
    found = [f"{p.relative_to(ROOT)}: {m.group(0)}" for p in SERVED for m in INLINE.finditer(p.read_text())]
    assert found == []


# Markup the portal builds itself, from no typed text, reviewed one by one: path -> what is marked safe there.
MARKED_SAFE_ON_PURPOSE = {
    # segno's SVG of the otpauth:// URI django-otp builds from our own key (no inline style: the CSP allows it).
    "templates/registrar/accounts/second_factor.html": "{{ qr|safe }}",
}


def test_hardening_nothing_marked_safe_in_templates_or_code():
    """No |safe, mark_safe or autoescape off on anything a person typed; markup comes from format_html."""
    code = [p for d in ("registrar", "societies", "membership", "audit", "liquidation", "config")
            for p in (ROOT / d).rglob("*.py") if "migrations" not in p.parts]
    found = [f"{p.relative_to(ROOT)}: {m.group(0)}" for p in [*(ROOT / "templates").rglob("*"), *code]
             if p.is_file() for m in UNESCAPED.finditer(
                 p.read_text().replace(MARKED_SAFE_ON_PURPOSE.get(str(p.relative_to(ROOT)), "\0"), ""))]
    assert found == []
