"""The Assamese of legal documents, listed for the department's review (issue 25 point 7):
locale/as/legal-review.yaml holds one entry per translation used in a certificate, order, letter or notice
(msgid: the English, msgstr: the Assamese, document: where it is printed, reviewed: true/false).

`assamese_in_documents()` reads the Assamese the PDF templates print (elements with lang="as"), with the English
label printed beside it when there is one; tests/l10n/test_catalogue.py fails when one is missing from the file,
so a new Assamese phrase in a document cannot skip the review list."""

import re
from pathlib import Path

import yaml
from django.conf import settings

REVIEW_FILE = Path(settings.BASE_DIR) / "locale" / "as" / "legal-review.yaml"
PDF_TEMPLATES = ("templates/societies/pdf", "templates/governance/pdf")

_LABELLED = re.compile(r'<td class="k">([^<]+?)\s*<span class="as-inline" lang="as">([^<{]+)</span>')
_ASSAMESE = re.compile(r'<(\w+)[^>]*\blang="as"[^>]*>([^<{]*[\u0980-\u09ff][^<{]*)</\1>')


def assamese_in_documents() -> list[dict]:
    found, seen = [], set()
    for folder in PDF_TEMPLATES:
        for path in sorted((Path(settings.BASE_DIR) / folder).glob("*.html")):
            text = path.read_text(encoding="utf-8")
            document = path.stem.replace("_", " ")
            labels = {assamese.strip(): english.strip() for english, assamese in _LABELLED.findall(text)}
            for _tag, assamese in _ASSAMESE.findall(text):
                assamese = " ".join(assamese.split())
                if (assamese, document) in seen:
                    continue
                seen.add((assamese, document))
                found.append({"msgid": labels.get(assamese, ""), "msgstr": assamese, "document": document})
    return found


def review_entries() -> list[dict]:
    return yaml.safe_load(REVIEW_FILE.read_text(encoding="utf-8")) or []
