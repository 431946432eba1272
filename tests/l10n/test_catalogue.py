"""The Assamese catalogue is complete (no empty or fuzzy entry), and the Assamese of legal documents is listed for
the department's review (issue 25 point 7)."""

import shutil
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from registrar.catalogue_check import catalogue_gaps
from registrar.legal_review import assamese_in_documents, review_entries

CATALOGUE = settings.BASE_DIR / "locale" / "as" / "LC_MESSAGES" / "django.po"


def test_catalogue_as_has_no_empty_or_fuzzy_entry():
    gaps = catalogue_gaps(CATALOGUE)
    assert gaps == [], f"{len(gaps)} gaps in {CATALOGUE}: " + "; ".join(gaps[:20])


def _sources_only(folder, names):
    """What makemessages reads (Python, templates, text) and the catalogue; no venv, checkout state or output."""
    skip = {".venv", ".git", "out", "bench", "var", "media", "staticfiles", "node_modules", "__pycache__"}
    return [n for n in names if n in skip or (not n.endswith((".py", ".html", ".txt", ".po"))
                                              and "." in n and not (Path(folder) / n).is_dir())]


def test_catalogue_as_has_every_message_of_the_source(tmp_path, settings, monkeypatch):
    """The checked-in catalogue is not regenerated in CI, so a new _("...") or {% translate %} would show English
    on an Assamese page unnoticed: makemessages on a copy of the sources must leave no gap in the copy."""
    copy = tmp_path / "src"
    shutil.copytree(settings.BASE_DIR, copy, ignore=_sources_only)
    settings.LOCALE_PATHS = [copy / "locale"]
    monkeypatch.chdir(copy)
    call_command("makemessages", locale=["as"], verbosity=0)
    gaps = catalogue_gaps(copy / "locale" / "as" / "LC_MESSAGES" / "django.po")
    assert gaps == [], (f"{len(gaps)} message(s) of the source not translated in {CATALOGUE} (run `make messages` "
                        "and translate them): " + "; ".join(gaps[:20]))


def test_catalogue_gaps_finds_empty_fuzzy_and_half_plural_entries(tmp_path):
    po = tmp_path / "django.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                  '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
                  'msgid "Filled"\nmsgstr "পূৰণ"\n\n'
                  'msgid "Left empty"\nmsgstr ""\n\n'
                  '#, fuzzy\nmsgid "Guessed"\nmsgstr "অনুমান"\n\n'
                  'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "%(n)s দিন"\nmsgstr[1] ""\n\n'
                  '#~ msgid "Obsolete"\n#~ msgstr ""\n', encoding="utf-8")
    assert catalogue_gaps(po) == ["empty: Left empty", "fuzzy: Guessed", "empty: %(n)s day"]


def test_catalogue_translates_month_and_weekday_names():
    from django.utils.dates import MONTHS, MONTHS_3, WEEKDAYS

    with translation.override("as"):
        names = [str(MONTHS[m]) for m in MONTHS] + [str(MONTHS_3[m]) for m in MONTHS_3] + [str(WEEKDAYS[d]) for d in WEEKDAYS]
    assert all(any("\u0980" <= ch <= "\u09ff" for ch in name) for name in names), names


def test_legal_review_lists_every_assamese_phrase_printed_in_a_document():
    listed = {entry["msgstr"] for entry in review_entries()}
    missing = [f"{found['document']}: {found['msgstr']}" for found in assamese_in_documents()
               if found["msgstr"] not in listed]
    assert not missing, "add these to locale/as/legal-review.yaml (reviewed: false): " + "; ".join(missing)


def test_legal_review_entries_say_whether_they_were_reviewed():
    entries = review_entries()
    assert len(entries) > 50
    for entry in entries:
        assert set(entry) >= {"msgid", "msgstr", "document", "reviewed"}, entry
        assert isinstance(entry["reviewed"], bool) and entry["msgstr"], entry
