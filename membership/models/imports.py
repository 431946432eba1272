"""Bringing an existing register in (issue 14 point 6): one `RegisterImport` per uploaded file, its per-row
problems in `RegisterImportProblem`.

A job goes CHECKING -> READY (no problem: the secretary may confirm) or REFUSED (the file, or at least one row,
was refused: nothing can be saved) -> QUEUED (confirmed) -> IMPORTING -> DONE, or FAILED (the import raised:
nothing was saved, the transaction rolled back). `rows_done` / `rows_total` are the progress the job's page
shows while the Celery task runs (membership.imports.tasks). The checked rows wait in `rows` (JSON, already
normalised) between the report and the confirmation; they are emptied once the job ends.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class RegisterImport(models.Model):
    class State(models.TextChoices):
        CHECKING = "checking", _("Checking the file")
        READY = "ready", _("Checked: waiting for your confirmation")
        REFUSED = "refused", _("Refused: see the problems")
        QUEUED = "queued", _("Confirmed: waiting to start")
        IMPORTING = "importing", _("Entering the members")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed: nothing was saved")

    OPEN = frozenset({State.CHECKING, State.QUEUED, State.IMPORTING})

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="register_imports")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    file_name = models.CharField(_("file"), max_length=120)
    file_kind = models.CharField(max_length=4)  # "csv" or "xlsx"
    # The uploaded bytes until the check has read them (bounded by membership.imports.reading.MAX_BYTES).
    content = models.BinaryField(null=True, blank=True, editable=False)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.CHECKING)
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    problem_count = models.PositiveIntegerField(default=0)
    # A refusal of the whole file (wrong type, too large, macros, encoding): its message id and parameters.
    file_error = models.TextField(blank=True)
    file_error_params = models.JSONField(default=dict, blank=True)
    rows = models.JSONField(default=list, blank=True, editable=False)
    members_entered = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    checked_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["society", "-created_at"], name="registerimport_society_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(rows_done__lte=models.F("rows_total")),
                                   name="registerimport_progress_within_total"),
        ]

    def __str__(self):
        return f"Register import {self.pk} ({self.file_name})"

    @property
    def is_open(self) -> bool:
        return self.state in self.OPEN

    @property
    def percent(self) -> int:
        return int(self.rows_done * 100 / self.rows_total) if self.rows_total else 0


class RegisterImportProblem(models.Model):
    """One refused value: the row (as the spreadsheet numbers it, the header being row 1), the column, the value
    as given (cut to 200 characters) and the reason (a message id of membership.imports.checking with its
    parameters, shown in the reader's language)."""

    job = models.ForeignKey(RegisterImport, on_delete=models.CASCADE, related_name="problems")
    row = models.PositiveIntegerField(_("row"))
    column = models.CharField(_("column"), max_length=40, blank=True)
    value = models.CharField(_("value"), max_length=200, blank=True)
    message = models.TextField()
    params = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["job", "row", "pk"]

    def __str__(self):
        return f"row {self.row} {self.column}: {self.message[:40]}"
