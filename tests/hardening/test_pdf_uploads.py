"""Issue 11 § 3: hostile PDFs are refused without a 500, ordinary ones pass, the parser is bounded in time and
memory, files are checked once, quotas hold, replacements do not pile up, files are not world-readable."""

import os
import signal
import stat
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from societies import uploads
from societies.models import Upload
from tests.societies.helpers import make_draft, tiny_pdf

from . import pdf_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def corpus():
    return pdf_corpus.ordinary()


def _file(name, data):
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def _refusal(name, data) -> str | None:
    """None if check_pdf accepts the file, else its one message. Any other exception fails the test."""
    try:
        uploads.check_pdf(_file(name, data))
    except ValidationError as exc:
        assert len(exc.messages) == 1
        return exc.messages[0]
    return None


@pytest.fixture
def draft(citizen, sonitpur):
    return make_draft(citizen, sonitpur, documents=())


def _upload(client, draft, name, data, kind="other"):
    return client.post(reverse("application_upload", args=[draft.pk]), {"kind": kind, "file": _file(name, data)})


# ---- what passes and what is refused --------------------------------------------------------------------------

def test_hardening_pdf_ordinary_corpus_passes(client, citizen, draft, corpus):
    client.force_login(citizen)
    for name, data in corpus.items():
        assert _refusal(name, data) is None, name
        assert _upload(client, draft, name, data).status_code == 302
    assert sorted(draft.uploads.values_list("original_name", flat=True)) == sorted(corpus)


@pytest.mark.parametrize(("name", "data", "code"), pdf_corpus.hostile(), ids=[c[0] for c in pdf_corpus.hostile()])
def test_hardening_pdf_hostile_is_refused_naming_file_and_reason(name, data, code):
    message = _refusal(name, data)
    assert message is not None and message.startswith(f"“{name}” "), (name, message)
    what = {"javascript": "contains JavaScript,", "launch": "contains an action that starts a program,",
            "submit_form": "contains a form that sends data,", "import_data": "contains an action that imports data,",
            "rich_media": "contains rich media", "embedded_file": "contains an embedded file,",
            "other_file": "contains a link that opens another file,",
            "bad_link": "contains a link that is not a web or e-mail address,",
            "no_pages": "could not be read as a PDF (it has no pages).",
            "unreadable": "could not be read as a PDF (the file is damaged: "}[code]
    assert what in message, message


def test_hardening_pdf_refusal_messages_verbatim():
    assert _refusal("minutes.pdf", pdf_corpus.hostile()[0][1]) == (
        "“minutes.pdf” contains JavaScript, which this portal does not accept. Print it to a new PDF and upload that.")
    assert _refusal("x.pdf", pdf_corpus.build(pdf_corpus.base())[:60]) == (
        "“x.pdf” could not be read as a PDF (the file is damaged: PdfStreamError: Stream has ended unexpectedly). "
        "Save or print it again as a PDF and upload that.")


def test_hardening_pdf_mutations_never_escape(client, citizen, draft, corpus, settings):
    """A few thousand deterministic mutations of the corpus plus the hostile files: every one is accepted or
    refused with a message naming it; none raises anything else, through check_pdf or the upload page."""
    settings.PDF_CHECK_WORKERS = 2
    settings.UPLOAD_MAX_FILES_PER_APPLICATION = 10_000
    settings.UPLOAD_MAX_BYTES_PER_APPLICATION = 10**12
    mutants = pdf_corpus.mutated(corpus, 3000)
    started = time.monotonic()
    with ThreadPoolExecutor(2) as threads:
        verdicts = list(threads.map(lambda item: _refusal(*item), mutants))
    elapsed = time.monotonic() - started
    refused = [v for v in verdicts if v is not None]
    for (name, _data), verdict in zip(mutants, verdicts, strict=True):
        assert verdict is None or verdict.startswith(f"“{name}” "), verdict
    client.force_login(citizen)
    for name, data in [*mutants[:60], *((n, d) for n, d, _c in pdf_corpus.hostile())]:
        assert _upload(client, draft, name, data).status_code == 302, name
    print(f"\n{len(mutants)} mutated PDFs in {elapsed:.1f} s: {len(refused)} refused, "
          f"{len(mutants) - len(refused)} accepted")
    assert refused and len(refused) < len(mutants)
    assert elapsed < 60


# ---- the worker's bounds ------------------------------------------------------------------------------------

def _many_objects(count: int) -> bytes:
    objects = pdf_corpus.base()
    for num in range(5, count):
        objects[num] = b"[%d 0 R]" % (num + 1)
    objects[count] = b"null"
    return pdf_corpus.build(objects)


def test_hardening_pdf_worker_time_limit(settings):
    """A file that takes too long is refused at the limit, and the next check works."""
    settings.PDF_CHECK_SECONDS = 0.3
    slow = _many_objects(60_000)
    started = time.monotonic()
    assert _refusal("slow.pdf", slow) == (
        "“slow.pdf” could not be read as a PDF (reading it took longer than 0.3 seconds). Save or print it again as "
        "a PDF and upload that.")
    assert time.monotonic() - started < 3
    assert _refusal("ok.pdf", tiny_pdf()) is None


def test_hardening_pdf_worker_stuck_is_killed(settings):
    """A worker that does not answer (stopped here with SIGSTOP, as if stuck in C code) is killed with its pool."""
    settings.PDF_CHECK_SECONDS = 0.3
    assert _refusal("warm.pdf", tiny_pdf()) is None
    workers = list(uploads._get_pool()._processes.values())
    for process in workers:
        os.kill(process.pid, signal.SIGSTOP)
    assert "took longer than 0.3 seconds" in _refusal("stuck.pdf", tiny_pdf())
    for process in workers:
        process.join(5)
        assert not process.is_alive()
    assert _refusal("after.pdf", tiny_pdf()) is None


def test_hardening_pdf_worker_memory_limit(settings):
    """Decompression that would need more memory than the worker may have is refused, and the worker lives on."""
    import zlib

    settings.PDF_CHECK_MEMORY_MB = 100
    bomb = zlib.compress(b"\0" * 60_000_000, 9)
    objects = pdf_corpus.base()
    for num in range(5, 9):
        objects[num] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(bomb), bomb)
    assert _refusal("bomb.pdf", pdf_corpus.build(objects)) == (
        "“bomb.pdf” could not be read as a PDF (reading it needed more than 100 MB of memory). Save or print it "
        "again as a PDF and upload that.")
    assert _refusal("ok.pdf", tiny_pdf()) is None


# ---- checked once, quotas, replacement, permissions -------------------------------------------------------

def test_hardening_upload_checked_once_per_filing(client, secretary, monkeypatch):
    """The proceedings form checks the file; the service does not read it again."""
    from registrar import clock
    from tests.gov_meetings.helpers import record_agm, start

    calls = []
    inspect = uploads.inspect_pdf
    monkeypatch.setattr(uploads, "inspect_pdf", lambda data: calls.append(len(data)) or inspect(data))
    start(secretary.society)
    meeting = record_agm(secretary, held_on=date(2026, 9, 20))
    monkeypatch.setattr(clock, "today", lambda: date(2026, 10, 3))
    client.force_login(secretary)
    response = client.post(reverse("society_proceedings_new", args=[secretary.society.pk, meeting.pk]),
                           {"document": _file("proceedings.pdf", tiny_pdf()), "summary": "Accounts adopted."})
    assert response.status_code == 302
    assert len(calls) == 1


def test_hardening_upload_quota_per_application(client, citizen, draft, settings):
    settings.UPLOAD_MAX_FILES_PER_APPLICATION = 3
    client.force_login(citizen)
    for n in range(3):
        _upload(client, draft, f"other-{n}.pdf", tiny_pdf())
    # The refusal is shown in the document's own place on the draft page, naming the file (issue 25 point 2).
    response = _upload(client, draft, "fourth.pdf", tiny_pdf())
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert (
        "“fourth.pdf” was not uploaded: This application already has 3 documents, the most it may have. Replace a "
        "document instead of adding another.") in page
    assert draft.uploads.count() == 3
    settings.UPLOAD_MAX_FILES_PER_APPLICATION = 15
    settings.UPLOAD_MAX_BYTES_PER_APPLICATION = 4 * len(tiny_pdf()) - 1
    response = _upload(client, draft, "big.pdf", tiny_pdf())
    assert draft.uploads.count() == 3
    page = client.get(response["Location"]).content.decode()
    assert "“big.pdf” was not uploaded: " in page and "more than the limit of" in page


def test_hardening_upload_replacement_removes_old_file(client, citizen, draft, django_capture_on_commit_callbacks):
    client.force_login(citizen)
    with django_capture_on_commit_callbacks(execute=True):
        _upload(client, draft, "bye-laws-v1.pdf", tiny_pdf(), kind="bye_laws")
    first = Upload.objects.get(application=draft, kind="bye_laws")
    old_path = first.file.path
    with django_capture_on_commit_callbacks(execute=True):
        _upload(client, draft, "bye-laws-v2.pdf", tiny_pdf(), kind="bye_laws")
    assert list(draft.uploads.values_list("original_name", flat=True)) == ["bye-laws-v2.pdf"]
    assert not os.path.exists(old_path)
    assert os.path.exists(draft.uploads.get().file.path)


def test_hardening_upload_return_draft_replacement_removes_old_file(secretary, django_capture_on_commit_callbacks):
    from societies.governance.services import returns as services
    from tests.gov_returns.helpers import full_data, hold_agm, open_year, pdfs

    year = hold_agm(open_year(secretary.society))
    kwargs = {"society": year.society, "financial_year_id": year.pk, "actor": secretary, "data": full_data()}
    with django_capture_on_commit_callbacks(execute=True):
        draft = services.return_save_draft(**kwargs, files=pdfs(), today=date(2026, 9, 25))
    old = draft.audited_accounts.path
    with django_capture_on_commit_callbacks(execute=True):
        draft = services.return_save_draft(**kwargs, files={"audited_accounts": pdfs()["audited_accounts"]},
                                           today=date(2026, 9, 26))
    assert not os.path.exists(old) and os.path.exists(draft.audited_accounts.path)
    # A correction shares the filed version's files: replacing one in the correction keeps the filed one.
    with django_capture_on_commit_callbacks(execute=True):
        filed = services.return_file(**kwargs, today=date(2026, 10, 1))
        services.return_start_correction(society=year.society, financial_year_id=year.pk, actor=secretary,
                                         reason="Wrong turnover")
        services.return_save_draft(**kwargs, files={"annual_report": pdfs()["annual_report"]},
                                   today=date(2026, 10, 2))
    assert os.path.exists(filed.annual_report.path) and os.path.exists(filed.audited_accounts.path)


def test_hardening_upload_filing_quota(secretary, settings):
    from societies.governance.services import returns as services
    from tests.gov_returns.helpers import full_data, hold_agm, open_year

    settings.UPLOAD_MAX_BYTES_PER_FILING = 1024 * 1024
    year = hold_agm(open_year(secretary.society))
    files = {name: _file(f"{name}.pdf", pdf_corpus.padded(600_000)) for name in services.UPLOAD_FIELDS}
    with pytest.raises(ValidationError) as exc:
        services.return_save_draft(society=year.society, financial_year_id=year.pk, actor=secretary,
                                   data=full_data(), files=files, today=date(2026, 9, 25))
    assert exc.value.messages == ["The documents of this filing would come to 1.1 MB, more than the limit of 1.0 MB. "
                                  "Upload smaller scans (for example at 150 dpi, in black and white)."]


def test_hardening_upload_files_not_world_readable(client, citizen, draft):
    client.force_login(citizen)
    _upload(client, draft, "bye-laws.pdf", tiny_pdf(), kind="bye_laws")
    path = draft.uploads.get().file.path
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode) == 0o750
