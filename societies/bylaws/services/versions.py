"""Recording a society's registered bye-laws: a PDF as the source of a version, and its transcription clause by
clause by the office or the secretary (issue 16 point 1)."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from registrar import activity

from .. import clausefile
from ..actions import ByeLawAction
from ..models import ByeLawVersion, Clause
from .common import d, is_secretary, lock_society, next_version_number, require_deciding

VERSION_DAY_TAKEN = _("A version of the bye-laws already takes effect on %(day)s.")
EFFECTIVE_IN_FUTURE = _("A registered version cannot take effect after today.")
PDF_OR_TEXT = _("Give the registered copy as a PDF, or its text clause by clause, or both.")
CLAUSE_FILE_ERROR = _("The clause text has a problem at line %(line)s: %(problem)s.")
NOT_TRANSCRIBER = _("Only the office or the society's secretary may transcribe its bye-laws.")
ALREADY_TRANSCRIBED = _("This version is already transcribed; a change of its text is an amendment under "
                        "section 12.")
NOT_FROM_AMENDMENT = _("A version produced by a registered amendment is already the text as registered.")


def parse_or_error(text: str, field: str = "text"):
    try:
        return clausefile.parse(text)
    except clausefile.ClauseFileError as exc:
        raise ValidationError({field: ValidationError(CLAUSE_FILE_ERROR,
                                                      params={"line": exc.line_no, "problem": exc.problem})})


def save_clauses(version, parsed) -> None:
    Clause.objects.bulk_create([Clause(version=version, heading=c.heading, number=c.number, text=c.text,
                                       position=i) for i, c in enumerate(parsed)])


@transaction.atomic
def version_record(*, actor, society_id: int, effective_from: date, today: date, pdf=None, text: str = "",
                   note: str = "") -> ByeLawVersion:
    """The office records the bye-laws registered before the portal (at registration, or an amendment registered
    on paper): the PDF, and the clauses if already transcribed."""
    society = lock_society(society_id)
    require_deciding(actor, society)
    if effective_from > today:
        raise ValidationError({"effective_from": EFFECTIVE_IN_FUTURE})
    # A society registered under the 1949 Act has bye-laws older than this Act: no lower bound here.
    if pdf is None and not text.strip():
        raise ValidationError(PDF_OR_TEXT)
    if ByeLawVersion.objects.filter(society=society, effective_from=effective_from).exists():
        raise ValidationError({"effective_from": ValidationError(VERSION_DAY_TAKEN,
                                                                 params={"day": d(effective_from)})})
    parsed = parse_or_error(text) if text.strip() else []
    version = ByeLawVersion.objects.create(society=society, number=next_version_number(society),
                                           effective_from=effective_from, transcribed=bool(parsed),
                                           note=note.strip()[:300], created_by=actor)
    if pdf is not None:
        version.source_pdf.save(f"bylaws-{society.pk}-v{version.number}.pdf", pdf, save=True)
    save_clauses(version, parsed)
    activity.record(ByeLawAction.VERSION_RECORDED, actor=actor, society=society, target=version,
                    data={"version": version.number, "effective_from": effective_from, "pdf": pdf is not None,
                          "clauses": len(parsed)})
    return version


@transaction.atomic
def version_transcribe(*, actor, version_id: int, text: str) -> ByeLawVersion:
    """Transcribe a PDF-only version clause by clause. Once transcribed the text is not edited here: a change is
    an amendment (s.12(1): valid only when registered)."""
    version = ByeLawVersion.objects.select_for_update().select_related("society__district").get(pk=version_id)
    try:
        require_deciding(actor, version.society)
    except PermissionDenied:
        if not is_secretary(actor, version.society):
            raise PermissionDenied(NOT_TRANSCRIBER) from None
    if version.transcribed:
        raise ValidationError(ALREADY_TRANSCRIBED)
    if version.amendment_id is not None:
        raise ValidationError(NOT_FROM_AMENDMENT)
    parsed = parse_or_error(text)
    if not parsed:
        raise ValidationError({"text": PDF_OR_TEXT})
    save_clauses(version, parsed)
    version.transcribed = True
    version.save(update_fields=["transcribed"])
    activity.record(ByeLawAction.VERSION_TRANSCRIBED, actor=actor, society=version.society, target=version,
                    data={"version": version.number, "clauses": len(parsed)})
    return version
