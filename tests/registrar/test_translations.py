"""Assamese is a real translation: every catalogue entry translated, no fuzzy entries, Bengali script."""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

PO = Path(__file__).resolve().parents[2] / "locale" / "as" / "LC_MESSAGES" / "django.po"
BENGALI_SCRIPT = re.compile(r"[\u0980-\u09FF]")
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\{\s*\w+\s*\}\}")


def _entries():
    return [e for e in polib.pofile(str(PO)) if not e.obsolete and e.msgid]


def test_no_fuzzy_or_empty_entries():
    entries = _entries()
    assert len(entries) > 100
    assert [e.msgid for e in entries if "fuzzy" in e.flags] == []
    assert [e.msgid for e in entries if not (e.msgstr or any(e.msgstr_plural.values()))] == []


def test_translations_are_assamese_not_copied_english():
    bad = [e.msgid for e in _entries() if not BENGALI_SCRIPT.search(e.msgstr or e.msgstr_plural.get(0, ""))
           or (e.msgstr or "").strip() == e.msgid.strip()]
    assert bad == []


def test_placeholders_survive_translation():
    for e in _entries():
        assert sorted(PLACEHOLDER.findall(e.msgid)) == sorted(PLACEHOLDER.findall(e.msgstr or e.msgstr_plural[0]))


@pytest.mark.parametrize(("english", "assamese"), [
    ("Log in", "লগ ইন"),
    ("Office home", "কাৰ্যালয়ৰ মূল পৃষ্ঠা"),
    ("This field is required.", "এই ঘৰটো পূৰণ কৰা বাধ্যতামূলক।"),
    ("Assistant Registrar (ARCS)", "সহকাৰী পঞ্জীয়ক (এ আৰ চি এছ)"),
])
def test_compiled_catalogue_is_used(english, assamese):
    with translation.override("as"):
        assert translation.gettext(english) == assamese


def test_django_login_error_is_translated(client, db):
    client.cookies["django_language"] = "as"
    response = client.post("/accounts/login/", {"username": "nobody", "password": "x"}, HTTP_ACCEPT_LANGUAGE="as")
    assert "শুদ্ধ" in response.content.decode()
