"""Gaps in a gettext catalogue: entries with an empty translation (or an empty plural form) and fuzzy entries.
tests/l10n/test_catalogue.py fails on any gap in locale/as (issue 25 point 7)."""

from pathlib import Path

import polib


def catalogue_gaps(path: str | Path) -> list[str]:
    """'empty: <msgid>' / 'fuzzy: <msgid>' for each gap; obsolete (#~) entries are ignored."""
    gaps = []
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        label = (f"{entry.msgctxt} | " if entry.msgctxt else "") + entry.msgid[:80]
        if "fuzzy" in entry.flags:
            gaps.append(f"fuzzy: {label}")
        elif entry.msgid_plural:
            if not entry.msgstr_plural or not all(entry.msgstr_plural.values()):
                gaps.append(f"empty: {label}")
        elif not entry.msgstr:
            gaps.append(f"empty: {label}")
    return gaps
