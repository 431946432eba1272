"""What the statutory sweeps leave behind for the office: failing rows and the day of the last run.

A row whose effect raises is rolled back and recorded here (registrar.sweeps.run_isolated), retried on every
later run, and marked resolved on the run that succeeds. The Registrar's office reads them on the "sweep
problems" page; `/healthz` reports the last sweep day and how many rows are failing.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SweepProblem(models.Model):
    sweeper = models.CharField(_("sweeper"), max_length=100)
    row = models.CharField(_("row"), max_length=200, help_text=_("model and primary key, e.g. societies.society:42"))
    error = models.TextField(_("error"))
    first_failed_on = models.DateField(_("first failed on (run date)"))
    last_failed_on = models.DateField(_("last failed on (run date)"))
    last_failed_at = models.DateTimeField(_("last failed at"))
    failures = models.PositiveIntegerField(_("failed runs"), default=1)
    resolved_on = models.DateField(_("resolved on (run date)"), null=True, blank=True)
    # The row's district, read when it failed, so each district office sees its own rows; empty for a whole
    # sweeper that failed (the Directorate sees those).
    subject = models.CharField(_("record"), max_length=200, blank=True,
                               help_text=_("what the row is, in words, when it could be read"))
    url = models.CharField(_("link"), max_length=300, blank=True)
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+", verbose_name=_("district"))

    class Meta:
        ordering = ["-last_failed_at", "pk"]
        constraints = [
            # One open problem per (sweeper, row): a failing row updates its problem instead of adding rows.
            models.UniqueConstraint(fields=["sweeper", "row"], condition=models.Q(resolved_on__isnull=True),
                                    name="sweep_problem_open_unique"),
        ]
        indexes = [models.Index(fields=["sweeper"], condition=models.Q(resolved_on__isnull=True),
                                name="sweep_problem_open_idx")]

    def __str__(self) -> str:
        return f"{self.sweeper} {self.row}"


class SweepRun(models.Model):
    """One `run_all` (the nightly beat task or `manage.py run_sweeps`)."""

    run_on = models.DateField(_("run date"))
    started_at = models.DateTimeField(_("started at"))
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    done = models.PositiveIntegerField(_("rows done"), default=0)
    failed = models.PositiveIntegerField(_("rows failed"), default=0)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"sweeps of {self.run_on}"


class RehearsalCopy(models.Model):
    """The mark of a rehearsal copy of the database: `run_sweeps --rehearsal --today <a future day>` runs only
    where this row exists and names the database it was written in (`manage.py mark_as_rehearsal_copy`). It is
    stored in the copy itself, so the flag pointed at the live database still refuses, and a marked copy
    restored under another name or host is no longer a rehearsal copy."""

    database = models.CharField(_("database"), max_length=300, unique=True,
                                help_text=_("vendor, host, port and name of the database the mark was written in"))
    marked_at = models.DateTimeField(_("marked at"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("rehearsal copy mark")

    def __str__(self) -> str:
        return f"rehearsal copy {self.database}"
