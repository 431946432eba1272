"""Checking uploaded PDFs, and the quotas and storage of the files that pass (ADR 0030).

`check_pdf` sends the file's bytes to a small pool of worker processes (societies.pdfcheck) that parse it with
pypdf and walk every object, under an address-space limit and a time limit. Everything that can go wrong in the
parser is a refusal with a message naming the file and the reason, never an error page. A file is checked once,
when it is uploaded: the check marks the uploaded file, and a second call (a service after its form) is free.
"""

import atexit
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from . import pdfcheck

NOT_A_PDF = _("“%(name)s” is not a PDF file. Upload a PDF file.")
TOO_LARGE = _("“%(name)s” is larger than the limit of %(mb)s MB.")
ENCRYPTED = _("“%(name)s” is password-protected. Upload it without a password.")
ACTIVE_CONTENT = _("“%(name)s” contains %(what)s, which this portal does not accept. Print it to a new PDF and "
                   "upload that.")
UNREADABLE = _("“%(name)s” could not be read as a PDF (%(reason)s). Save or print it again as a PDF and upload "
               "that.")
TOO_MANY_FILES = _("This application already has %(count)s documents, the most it may have. Replace a document "
                   "instead of adding another.")
TOO_MANY_BYTES = _("The documents of this application would come to %(mb)s MB, more than the limit of "
                   "%(limit)s MB. Upload smaller scans (for example at 150 dpi, in black and white).")
FILING_TOO_LARGE = _("The documents of this filing would come to %(mb)s MB, more than the limit of %(limit)s MB. "
                     "Upload smaller scans (for example at 150 dpi, in black and white).")

# What each refusal of the worker says in ACTIVE_CONTENT's %(what)s.
_WHAT = {
    pdfcheck.JAVASCRIPT: _("JavaScript"),
    pdfcheck.LAUNCH: _("an action that starts a program"),
    pdfcheck.SUBMIT_FORM: _("a form that sends data"),
    pdfcheck.IMPORT_DATA: _("an action that imports data"),
    pdfcheck.RICH_MEDIA: _("rich media (Flash, video or 3D)"),
    pdfcheck.EMBEDDED_FILE: _("an embedded file"),
    pdfcheck.OTHER_FILE: _("a link that opens another file"),
    pdfcheck.BAD_LINK: _("a link that is not a web or e-mail address"),
}
# What each failure to read says in UNREADABLE's %(reason)s.
DAMAGED = _("the file is damaged: %(detail)s")
NO_PAGES = _("it has no pages")
TOO_SLOW = _("reading it took longer than %(seconds)s seconds")
TOO_BIG = _("reading it needed more than %(mb)s MB of memory")
CHECKER_FAILED = _("the checker stopped while reading it")

_CHECKED = "_sahakar_pdf_checked"


def _display_name(uploaded) -> str:
    name = (getattr(uploaded, "name", "") or "").replace("\\", "/").rsplit("/", 1)[-1]
    return (name[:77] + "...") if len(name) > 80 else (name or "document")


def display_name(uploaded) -> str:
    """The uploaded file's own name as refusals print it (no directory, at most 80 characters)."""
    return _display_name(uploaded)


def check_pdf(uploaded) -> None:
    """Raise ValidationError unless `uploaded` is a plain, unencrypted PDF within MAX_UPLOAD_BYTES, without
    scripts, launch or submit actions, rich media or embedded files. Checked once per uploaded file."""
    if getattr(uploaded, _CHECKED, False):
        return
    name = _display_name(uploaded)
    limit = settings.MAX_UPLOAD_BYTES
    if uploaded.size > limit:
        raise ValidationError(TOO_LARGE, params={"name": name, "mb": round(limit / 1024 / 1024, 1)})
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    if not data.startswith(b"%PDF-"):
        raise ValidationError(NOT_A_PDF, params={"name": name})
    finding = inspect_pdf(data)
    if finding is not None:
        raise refusal(name, *finding)
    setattr(uploaded, _CHECKED, True)


def refusal(name: str, code: str, detail: str = "") -> ValidationError:
    """The ValidationError for the worker's (code, detail)."""
    if code == pdfcheck.ENCRYPTED:
        return ValidationError(ENCRYPTED, params={"name": name})
    if code in _WHAT:
        return ValidationError(ACTIVE_CONTENT, params={"name": name, "what": _WHAT[code]})
    if code == pdfcheck.NO_PAGES:
        reason = NO_PAGES
    elif code == pdfcheck.TOO_SLOW:
        reason = TOO_SLOW % {"seconds": f"{float(settings.PDF_CHECK_SECONDS):g}"}
    elif code == pdfcheck.TOO_BIG:
        reason = TOO_BIG % {"mb": settings.PDF_CHECK_MEMORY_MB}
    elif code == pdfcheck.UNREADABLE:
        reason = DAMAGED % {"detail": detail or "?"}
    else:
        reason = CHECKER_FAILED
    return ValidationError(UNREADABLE, params={"name": name, "reason": reason})


# ---- the worker pool ----------------------------------------------------------------------------------------

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_pool_key: tuple | None = None


def _context():
    # forkserver: workers start from a fresh interpreter that imported only pypdf and pdfcheck, never a fork of a
    # web process with its database connections and threads.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["societies.pdfcheck"])
        return context
    return multiprocessing.get_context("spawn")


def _get_pool() -> ProcessPoolExecutor:
    global _pool, _pool_key
    key = (settings.PDF_CHECK_WORKERS, settings.PDF_CHECK_MEMORY_MB)
    with _lock:
        if _pool is not None and _pool_key != key:
            _discard(_pool)
            _pool = None
        if _pool is None:
            _pool = ProcessPoolExecutor(
                max_workers=settings.PDF_CHECK_WORKERS, mp_context=_context(), initializer=pdfcheck.worker_init,
                initargs=(settings.PDF_CHECK_MEMORY_MB * 1024 * 1024,))
            _pool_key = key
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's workers (one is stuck or dead) and let it go; the next check starts a new pool."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def _reset(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    _discard(pool)


@atexit.register
def _shutdown() -> None:
    if _pool is not None:
        _discard(_pool)


def inspect_pdf(data: bytes) -> tuple[str, str] | None:
    """The worker's verdict on `data`: None, or (code, detail). A worker that overruns its time is killed."""
    seconds = float(settings.PDF_CHECK_SECONDS)
    pool = _get_pool()
    try:
        future = pool.submit(pdfcheck.inspect, data, seconds)
        # The worker's own alarm stops pure-Python work at `seconds`; the extra grace covers the start of a new
        # worker, and a worker stuck in C code past it is killed with its pool.
        return future.result(timeout=seconds + 5)
    except FutureTimeout:
        _reset(pool)
        return pdfcheck.TOO_SLOW, ""
    except (BrokenProcessPool, RuntimeError):  # a worker died (killed, or the pool was being replaced)
        _reset(pool)
        return pdfcheck.CRASHED, ""


# ---- quotas and storage -------------------------------------------------------------------------------------

def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"


def check_application_quota(*, count: int, total_bytes: int) -> None:
    """Refuse an application's documents beyond UPLOAD_MAX_FILES_PER_APPLICATION or ..._BYTES_PER_APPLICATION
    (`count` and `total_bytes` as they would be after the upload, replacements taken out)."""
    if count > settings.UPLOAD_MAX_FILES_PER_APPLICATION:
        raise ValidationError(TOO_MANY_FILES, params={"count": settings.UPLOAD_MAX_FILES_PER_APPLICATION})
    limit = settings.UPLOAD_MAX_BYTES_PER_APPLICATION
    if total_bytes > limit:
        raise ValidationError(TOO_MANY_BYTES, params={"mb": _mb(total_bytes), "limit": _mb(limit)})


def _size(file) -> int:
    try:
        return file.size
    except OSError:  # a stored file gone from the disk counts nothing (its download view says so)
        return 0


def check_filing_quota(files) -> None:
    """Refuse a filing whose documents (uploaded files or stored FieldFiles) exceed UPLOAD_MAX_BYTES_PER_FILING."""
    total = sum(_size(f) for f in files if f)
    limit = settings.UPLOAD_MAX_BYTES_PER_FILING
    if total > limit:
        raise ValidationError(FILING_TOO_LARGE, params={"mb": _mb(total), "limit": _mb(limit)})


def delete_file_on_commit(storage, name: str) -> None:
    """Remove a replaced file once the replacement has committed (a rollback keeps the old file, still in use)."""
    if name:
        transaction.on_commit(lambda: storage.delete(name))


# ---- where the files live (registration's documents, supervision's returns and proceedings) ----------------

class PrivateStorage(FileSystemStorage):
    """Reads settings.PRIVATE_MEDIA_ROOT on every use (not once at import), so overrides in tests apply."""

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    # Never world-readable, whatever FILE_UPLOAD_PERMISSIONS says (ADR 0030): the web server's group may read.
    @property
    def file_permissions_mode(self):
        return 0o640

    @property
    def directory_permissions_mode(self):
        return 0o750


def private_storage():
    """Uploads live outside the web root and are served only by a permission-checked view."""
    return PrivateStorage()
