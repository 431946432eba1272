"""Bringing a society's existing register in (issue 14 point 6): upload, check, confirm, import.

1. `register_import_upload` (the secretary's upload page) keeps the file on a new `RegisterImport` job and
   queues its check. One open job per society at a time.
2. `register_import_check` (Celery, membership.imports.tasks) reads the file (membership.imports.reading: a
   hostile file is refused with its reason) and validates every row (membership.imports.checking) against the
   society's register as it stands, in three queries; it stores the per-row problems and the normalised rows.
   Nothing is entered.
3. `register_import_confirm` (the secretary, on a job without problems) queues the import.
4. `register_import_run` (Celery) enters every row in ONE transaction (all or nothing): persons, entries, their
   first versions (membership.register.version_of), allotments and nominees, by bulk_create in chunks. The
   unique (society, number) constraint guards against a member entered by hand since the check: the whole
   import then rolls back and the job says which number. Progress (`rows_done`) is written after each chunk
   through a second, autocommit connection on PostgreSQL, so the job's page sees it while the transaction is
   open (the job row itself is not touched by the import's transaction until its last statement). The
   activity entries (one per 500 members, naming their numbers, and one for the import) are written after the
   commit in batches (registrar.bulk.bulk_activity), so the activity chain's lock is never held for the
   length of the import.
"""

import logging
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, connections, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.bulk import bulk_activity

from .. import permissions, register
from ..imports import checking, reading
from ..imports.actions import LOG_PART, ImportAction
from ..matching import normalise
from ..models import (
    AdmissionBasis,
    Member,
    MembershipSettings,
    Nomination,
    Person,
    RegisterImport,
    RegisterImportProblem,
    ShareLedgerEntry,
)
from .shares import issued

log = logging.getLogger(__name__)

CHUNK = 2000  # rows entered per bulk_create round (and per progress step)

ALREADY_OPEN = _("An import of this society's register is already under way. Wait for it to finish.")
NOT_READY = _("This import cannot be confirmed: it has problems, or it was already confirmed.")
NUMBER_TAKEN = _("Member number %(number)s was entered in the register after the file was checked. Nothing was "
                 "saved: upload the file again to check it afresh.")
IMPORT_FAILED = _("The import stopped (%(detail)s). Nothing was saved.")
STALE = _("The import did not finish within two hours and was abandoned. Nothing was saved.")
STALE_AFTER = timedelta(hours=2)


def _society(society_id: int, actor):
    from societies.models import Society

    society = Society.objects.select_for_update(of=("self",)).get(pk=society_id)
    permissions.require_change_register(actor, society)
    return society


@transaction.atomic
def register_import_upload(*, society_id: int, actor, name: str, data: bytes) -> RegisterImport:
    """Keep the uploaded file on a new job and queue its check. Size and type are refused at once (the form
    shows the message); the rows are checked by the task."""
    society = _society(society_id, actor)
    # A job left open by a worker that died is not allowed to block the society for ever.
    RegisterImport.objects.filter(society=society, state__in=RegisterImport.OPEN,
                                  created_at__lt=timezone.now() - STALE_AFTER).update(
        state=RegisterImport.State.FAILED, file_error=_msgid(STALE), file_error_params={}, rows=[], content=None,
        finished_at=timezone.now())
    if RegisterImport.objects.filter(society=society, state__in=RegisterImport.OPEN).exists():
        raise ValidationError(ALREADY_OPEN)
    name = reading_name(name)
    if len(data) > reading.MAX_BYTES:
        raise ValidationError(str(reading.TOO_LARGE % {"name": name, "mb": reading.MAX_BYTES // (1024 * 1024)}))
    kind = reading.kind_of(data)
    job = RegisterImport.objects.create(society=society, uploaded_by=actor, file_name=name,
                                        file_kind="xlsx" if kind == "xlsx" else "csv", content=data)
    from ..imports import tasks

    transaction.on_commit(lambda: tasks.check_register_import.delay(job.pk))
    return job


def reading_name(name: str) -> str:
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    return (name[:77] + "...") if len(name) > 80 else (name or "register")


def _context(society_id: int, today: date) -> checking.Context:
    terms = MembershipSettings.objects.filter(society_id=society_id).first() or MembershipSettings()
    numbers = frozenset(Member.objects.filter(society_id=society_id).values_list("number", flat=True))
    people = {}
    for number, name, parent, born, age, age_on in (
            Member.objects.filter(society_id=society_id, ceased_on__isnull=True)
            .values_list("number", "person__name", "person__parent_name", "person__date_of_birth",
                         "person__age_years", "person__age_on")):
        year = born.year if born else (age_on.year - age if age is not None and age_on else None)
        people[checking.person_key(name, parent, year)] = number
    return checking.Context(today=today, min_age=terms.min_age, cap_shares=terms.holding_cap_shares,
                            cap_percent=terms.holding_cap_percent, issued_before=issued(society_id),
                            numbers=numbers, people=people)


def register_import_check(*, job_id: int, today: date | None = None) -> RegisterImport:
    """Read and check the job's file (the task). Ends READY (no problem) or REFUSED."""
    today = today or clock.today()
    claimed = RegisterImport.objects.filter(pk=job_id, state=RegisterImport.State.CHECKING).exists()
    if not claimed:
        return RegisterImport.objects.get(pk=job_id)
    job = RegisterImport.objects.get(pk=job_id)
    data = bytes(job.content or b"")
    with transaction.atomic():
        job = RegisterImport.objects.select_for_update().get(pk=job_id)
        if job.state != RegisterImport.State.CHECKING:
            return job
        try:
            headers, body = reading.read_table(job.file_name, data)
        except reading.FileRefused as refusal:
            job.state, job.file_error, job.file_error_params = (
                RegisterImport.State.REFUSED, _msgid(refusal.message), refusal.params)
            job.content, job.checked_at = None, timezone.now()
            job.save()
            return job
        rows, problems, count = checking.check_rows(headers, body, _context(job.society_id, today))
        RegisterImportProblem.objects.bulk_create([
            RegisterImportProblem(job=job, row=p.row, column=p.column[:40], value=p.value[:200],
                                  message=_msgid(p.message), params=p.params) for p in problems], batch_size=1000)
        job.rows_total, job.rows_done, job.problem_count = len(body), 0, count
        job.rows = rows if not count else []
        job.state = RegisterImport.State.READY if not count else RegisterImport.State.REFUSED
        job.content, job.checked_at = None, timezone.now()
        job.save()
    return job


def _msgid(message) -> str:
    """The English message id of a lazy translation (stored; shown translated by the page)."""
    args = getattr(message, "_proxy____args", None)
    return str(args[0]) if args else str(message)


@transaction.atomic
def register_import_confirm(*, job_id: int, actor) -> RegisterImport:
    job = RegisterImport.objects.select_for_update().get(pk=job_id)
    _society(job.society_id, actor)
    if job.state != RegisterImport.State.READY:
        raise ValidationError(NOT_READY)
    job.state, job.confirmed_at, job.rows_total = RegisterImport.State.QUEUED, timezone.now(), len(job.rows)
    job.rows_done = 0
    job.save(update_fields=["state", "confirmed_at", "rows_total", "rows_done"])
    from ..imports import tasks

    transaction.on_commit(lambda: tasks.run_register_import.delay(job.pk))
    return job


class _Progress:
    """Writes `rows_done` where the job's page can read it while the import's transaction is open: through a
    second connection in autocommit on PostgreSQL (lock_timeout 1 s: progress never waits on anything). On
    other databases there is no second writer; the count is written with the result."""

    def __init__(self, job_id: int):
        self.job_id, self.side = job_id, None
        if connection.vendor == "postgresql":
            try:
                self.side = connections.create_connection("default")
                self.side.ensure_connection()
                self.side.set_autocommit(True)
                with self.side.cursor() as cursor:
                    cursor.execute("SET lock_timeout = '1s'")
            except Exception:  # progress is a courtesy: an import never fails for it
                log.exception("register import %s: no progress connection", job_id)
                self.side = None

    def __call__(self, done: int) -> None:
        if self.side is None:
            return
        try:
            with self.side.cursor() as cursor:
                cursor.execute(f"UPDATE {RegisterImport._meta.db_table} SET rows_done = %s WHERE id = %s",
                               [done, self.job_id])
        except Exception:
            log.warning("register import %s: progress not written", self.job_id, exc_info=True)

    def close(self) -> None:
        if self.side is not None:
            self.side.close()


def register_import_run(*, job_id: int) -> RegisterImport:
    """Enter the checked rows of a confirmed job, all or nothing (the task)."""
    claimed = RegisterImport.objects.filter(pk=job_id, state=RegisterImport.State.QUEUED).update(
        state=RegisterImport.State.IMPORTING)
    job = RegisterImport.objects.select_related("society", "uploaded_by").get(pk=job_id)
    if not claimed:
        return job
    progress = _Progress(job_id)
    entered: list[Member] = []
    try:
        with transaction.atomic():
            entered = _enter(job, progress)
            RegisterImport.objects.filter(pk=job_id).update(
                state=RegisterImport.State.DONE, rows_done=len(job.rows), members_entered=len(entered),
                rows=[], finished_at=timezone.now())
    except IntegrityError as exc:
        taken = _taken_number(job)
        message, params = ((_msgid(NUMBER_TAKEN), {"number": taken}) if taken is not None
                           else (_msgid(IMPORT_FAILED), {"detail": str(exc).splitlines()[0][:120]}))
        RegisterImport.objects.filter(pk=job_id).update(state=RegisterImport.State.FAILED, file_error=message,
                                                        file_error_params=params, rows_done=0,
                                                        finished_at=timezone.now())
        return RegisterImport.objects.get(pk=job_id)
    finally:
        progress.close()
    _log(job, entered)
    return RegisterImport.objects.get(pk=job_id)


def _taken_number(job: RegisterImport) -> int | None:
    wanted = [r["number"] for r in job.rows]
    taken = set(Member.objects.filter(society_id=job.society_id, number__in=wanted)
                .values_list("number", flat=True))
    return next((n for n in wanted if n in taken), None)


def _enter(job: RegisterImport, progress) -> list[Member]:
    society, actor = job.society, job.uploaded_by
    terms = MembershipSettings.objects.filter(society=society).first() or MembershipSettings()
    reference = f"Register import {job.pk}"
    entered: list[Member] = []
    for start in range(0, len(job.rows), CHUNK):
        chunk = job.rows[start:start + CHUNK]
        people, members = [], []
        for r in chunk:
            admitted = date.fromisoformat(r["admitted_on"])
            born = date.fromisoformat(r["date_of_birth"]) if r["date_of_birth"] else None
            people.append(Person(
                name=r["name"], name_key=normalise(r["name"]), parent_name=r["parent_name"],
                parent_relation=r["parent_relation"], gender=r["gender"], date_of_birth=born,
                age_years=r["age_at_admission"] if born is None else None,
                age_on=admitted if born is None else None, address=r["address"]))
        Person.objects.bulk_create(people)
        for r, person in zip(chunk, people, strict=True):
            member = Member(society=society, number=r["number"], person=person,
                            admitted_on=date.fromisoformat(r["admitted_on"]),
                            admission_basis=AdmissionBasis.EXISTING_REGISTER, category=r["category"],
                            occupation=r["occupation"], member_class=r["member_class"],
                            is_employee=r["is_employee"])
            members.append(member)
        Member.objects.bulk_create(members)
        versions, ledger, nominations = [], [], []
        for r, member, person in zip(chunk, members, people, strict=True):
            member.person = person
            versions.append(register.version_of(member, member.admitted_on, recorded_by=actor))
            if r["shares"]:
                ledger.append(ShareLedgerEntry(society=society, member=member, on=member.admitted_on,
                                               kind=ShareLedgerEntry.Kind.ALLOTMENT, shares=r["shares"],
                                               value=terms.share_value * r["shares"], reference=reference,
                                               recorded_by=actor))
            if r["nominee_name"]:
                nominations.append(Nomination(member=member, nominee_name=r["nominee_name"],
                                              relation=r["nominee_relation"], valid_from=member.admitted_on,
                                              recorded_by=actor))
        from ..models import MemberVersion

        MemberVersion.objects.bulk_create(versions)
        ShareLedgerEntry.objects.bulk_create(ledger)
        Nomination.objects.bulk_create(nominations)
        entered.extend(members)
        progress(start + len(chunk))
    return entered


def _log(job: RegisterImport, entered: list[Member]) -> None:
    """The activity entries, after the commit, in batches (registrar.bulk): one per LOG_PART members entered
    (their numbers, first and last admission dates), then the import's own."""
    society, actor = job.society, job.uploaded_by
    with bulk_activity() as entries:
        for start in range(0, len(entered), LOG_PART):
            part = entered[start:start + LOG_PART]
            entries.add(ImportAction.MEMBERS_IMPORTED, actor=actor, society=society, target=society,
                        data={"import": job.pk, "basis": AdmissionBasis.EXISTING_REGISTER,
                              "numbers": [m.number for m in part], "count": len(part)})
        entries.add(ImportAction.REGISTER_IMPORTED, actor=actor, society=society, target=society,
                    data={"import": job.pk, "file": job.file_name, "members": len(entered)})


def register_import_problems(job: RegisterImport):
    return job.problems.order_by("row", "pk")


__all__ = ["register_import_check", "register_import_confirm", "register_import_run", "register_import_upload"]
