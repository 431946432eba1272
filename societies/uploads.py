"""Checking uploaded PDFs: open with pypdf, refuse encrypted files and active content, cap the size."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PdfReadError

NOT_A_PDF = _("Upload a PDF file.")
TOO_LARGE = _("The file is larger than the limit of %(mb)s MB.")
ENCRYPTED = _("The PDF is password-protected. Upload it without a password.")
ACTIVE_CONTENT = _("The PDF contains scripts or automatic actions. Print it to a new PDF and upload that.")

_FORBIDDEN_NAMES = (b"/JavaScript", b"/JS", b"/OpenAction")


def check_pdf(uploaded) -> None:
    """Raise ValidationError unless `uploaded` is a plain, unencrypted PDF within MAX_UPLOAD_BYTES."""
    limit = settings.MAX_UPLOAD_BYTES
    if uploaded.size > limit:
        raise ValidationError(TOO_LARGE, params={"mb": round(limit / 1024 / 1024, 1)})
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    if not data.startswith(b"%PDF-"):
        raise ValidationError(NOT_A_PDF)
    # Names may hide in compressed object streams: scan raw bytes and the parsed trailer both.
    if any(name in data for name in _FORBIDDEN_NAMES):
        raise ValidationError(ACTIVE_CONTENT)
    try:
        reader = PdfReader(uploaded)
        if reader.is_encrypted:
            raise ValidationError(ENCRYPTED)
        root = reader.trailer["/Root"]
        if "/OpenAction" in root or "/JavaScript" in root.get("/Names", {}):
            raise ValidationError(ACTIVE_CONTENT)
        _pages = len(reader.pages)
    except ValidationError:
        raise
    except (PdfReadError, KeyError, ValueError, TypeError) as exc:
        raise ValidationError(NOT_A_PDF) from exc
    finally:
        uploaded.seek(0)
