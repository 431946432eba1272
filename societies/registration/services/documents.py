"""The documents of a registration application (s.10(1)): uploaded while it is a draft, within the quota; a
new copy of a document replaces the old one (its file is removed once the replacement commits)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _

from registrar import activity
from societies.actions import SocietyAction
from societies.uploads import check_application_quota, check_pdf, delete_file_on_commit

from .. import permissions
from ..models import AppState, Upload
from .common import _lock

__all__ = ["DOCUMENT_GONE", "NOT_A_DRAFT", "NOT_A_DRAFT_REMOVE", "application_document_remove",
           "application_document_upload"]

NOT_A_DRAFT = _("Documents can be uploaded only while the application is a draft.")
NOT_A_DRAFT_REMOVE = _("Documents can be removed only while the application is a draft.")
DOCUMENT_GONE = _("That document is no longer on the application.")


@transaction.atomic
def application_document_upload(*, application_id: int, actor, kind: str, uploaded) -> Upload:
    """Add `uploaded` as the application's `kind` document. Every kind but "Other" holds one file: a new upload
    replaces it. Refused beyond UPLOAD_MAX_FILES_PER_APPLICATION / UPLOAD_MAX_BYTES_PER_APPLICATION (counted under
    the application's row lock, so parallel uploads cannot overshoot). Raises ValidationError, PermissionDenied."""
    application = _lock(application_id)
    permissions.require_applicant(actor, application)
    if application.state != AppState.DRAFT:
        raise ValidationError(NOT_A_DRAFT)
    check_pdf(uploaded)  # free when the form has checked this file already
    replaced = [] if kind == Upload.Kind.OTHER else list(application.uploads.filter(kind=kind))
    kept = application.uploads.exclude(pk__in=[old.pk for old in replaced]).aggregate(n=Count("pk"), size=Sum("size"))
    check_application_quota(count=kept["n"] + 1, total_bytes=(kept["size"] or 0) + uploaded.size)
    for old in replaced:
        delete_file_on_commit(old.file.storage, old.file.name)
    if replaced:
        Upload.objects.filter(pk__in=[old.pk for old in replaced]).delete()
    upload = Upload.objects.create(application=application, kind=kind, file=uploaded,
                                   original_name=uploaded.name[:200], size=uploaded.size)
    activity.record(SocietyAction.DOCUMENT_UPLOADED, actor=actor, target=application,
                    data={"kind": kind, "size": upload.size, **({"replaced": len(replaced)} if replaced else {})})
    return upload


@transaction.atomic
def application_document_remove(*, application_id: int, actor, upload_id: int) -> str:
    """Take a document off a draft (its file is deleted once this commits). Returns the file's name. A submitted
    application's documents are the record of what was received and stay. Raises ValidationError,
    PermissionDenied."""
    application = _lock(application_id)
    permissions.require_applicant(actor, application)
    if application.state != AppState.DRAFT:
        raise ValidationError(NOT_A_DRAFT_REMOVE)
    upload = application.uploads.filter(pk=upload_id).first()
    if upload is None:
        raise ValidationError(DOCUMENT_GONE)
    name, kind = upload.original_name, upload.kind
    delete_file_on_commit(upload.file.storage, upload.file.name)
    upload.delete()
    activity.record(SocietyAction.DOCUMENT_REMOVED, actor=actor, target=application,
                    data={"kind": kind, "name": name})
    return name
