"""Versions with a PDF as their source: an amendment filed as "clause N substituted by ..." against a PDF-only
text, and the office's transcription of a PDF version (once only: then a change is an amendment)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from societies.bylaws import services
from societies.bylaws.models import ByeLawVersion

from .helpers import file_amendment, record_version, register

pytestmark = pytest.mark.django_db


def test_amendment_against_pdf_only_version_substitutes_clauses(secretary, arcs_officer):
    society = secretary.society
    first = record_version(arcs_officer, society, text="", with_pdf=True)
    assert not first.transcribed and first.source_pdf
    amendment = file_amendment(secretary, society, clause_text="# 3\n12. A member may withdraw after six months.\n"
                                                                "# 8\n14. omitted\n")
    assert [(c.change, c.number, c.old_text) for c in amendment.clauses.all()] == [
        ("changed", "12", ""), ("deleted", "14", "")]
    register(arcs_officer, amendment, date(2026, 7, 20))
    second = ByeLawVersion.objects.get(society=society, number=2)
    assert (second.transcribed, second.pdf_version, second.effective_from) == (False, first, date(2026, 7, 20))
    assert [(c.number, c.text) for c in second.clauses.all()] == [
        ("12", "A member may withdraw after six months."), ("14", "Omitted by the amendment registered on 20 July 2026.")]


def test_amendment_office_transcribes_a_pdf_version_once(secretary, arcs_officer):
    version = record_version(arcs_officer, secretary.society, text="", with_pdf=True)
    with pytest.raises(ValidationError):
        services.version_transcribe(actor=arcs_officer, version_id=version.pk, text="1. No heading before.")
    services.version_transcribe(actor=arcs_officer, version_id=version.pk, text="# 1\n1. The name is X Limited.\n")
    version.refresh_from_db()
    assert version.transcribed and version.clauses.get().number == "1"
    with pytest.raises(ValidationError):
        services.version_transcribe(actor=secretary, version_id=version.pk, text="# 1\n1. Another text.\n")
