"""Itemised audit objections and the Registrar's rectification direction (s.85(1)).

Each objection moves open -> explained (the society answered it online) -> directed (the Registrar's direction,
with the date he fixes, after the society has had its chance to explain) -> rectified (the society uploaded its
evidence) -> accepted (by the auditor or the officer). An officer or auditor not satisfied returns a rectified
item to `directed`. Services: audit.services.objections.
"""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from societies.uploads import private_storage


class Severity(models.TextChoices):
    OBSERVATION = "observation", _("Observation")
    OBJECTION = "objection", _("Objection")
    SUSPECTED_FRAUD = "suspected_fraud", _("Suspected fraud or misappropriation")


class ObjectionState(models.TextChoices):
    OPEN = "open", _("Open: the society's explanation awaited")
    EXPLAINED = "explained", _("Explanation received")
    DIRECTED = "directed", _("Rectification directed")
    RECTIFIED = "rectified", _("Rectified: acceptance awaited")
    ACCEPTED = "accepted", _("Accepted: closed")


# Not yet closed: the auditor keeps access, the direction's clock runs, the ARCS's overdue list reads these.
UNCLOSED = (ObjectionState.OPEN, ObjectionState.EXPLAINED, ObjectionState.DIRECTED, ObjectionState.RECTIFIED)


class RectificationDirection(models.Model):
    """The Registrar's direction under s.85(1) to rectify the defects by the date he fixes (rules.yaml
    audit_rectification_registrar_time: the period is the officer's, not the Act's). An order in the register."""

    audit = models.ForeignKey("audit.Audit", on_delete=models.PROTECT, related_name="directions")
    made_on = models.DateField(_("date of the direction"))
    # audit_rectification_registrar_time: the clock RECTIFICATION (audit.clocks) runs to it while items of the
    # direction are not closed (closed_on null; partial index audit_direction_due_idx).
    rectify_by = models.DateField(_("to be rectified by"))
    text = models.TextField(_("direction"), max_length=8000)
    made_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="+")
    closed_on = models.DateField(_("every item closed on"), null=True, blank=True)

    class Meta:
        ordering = ["-made_on", "-pk"]
        indexes = [models.Index(fields=["rectify_by"], name="audit_direction_due_idx",
                                condition=Q(closed_on__isnull=True))]
        constraints = [models.CheckConstraint(condition=Q(rectify_by__gt=models.F("made_on")),
                                              name="audit_direction_date_after_made")]

    def __str__(self):
        return f"Direction {self.order.number}"


class Objection(models.Model):
    report = models.ForeignKey("audit.AuditReport", on_delete=models.PROTECT, related_name="objections")
    number = models.PositiveSmallIntegerField(_("item"))
    severity = models.CharField(_("severity"), max_length=16, choices=Severity.choices)
    text = models.TextField(_("objection"), max_length=4000)
    amount = models.DecimalField(_("amount involved (₹)"), max_digits=16, decimal_places=2, null=True, blank=True,
                                 validators=[MinValueValidator(0)])
    clause = models.CharField(_("clause of the Act or bye-laws"), max_length=120)
    state = FSMField(max_length=12, choices=ObjectionState.choices, default=ObjectionState.OPEN, protected=True)

    explanation = models.TextField(_("the society's explanation"), blank=True, max_length=4000)
    explained_on = models.DateField(null=True, blank=True)
    explained_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+")
    direction = models.ForeignKey(RectificationDirection, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="objections")
    rectification = models.TextField(_("what was done"), blank=True, max_length=4000)
    rectified_on = models.DateField(null=True, blank=True)
    rectified_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+")
    evidence = models.FileField(_("evidence (PDF)"), storage=private_storage, upload_to="audit/evidence/%Y/",
                                blank=True)
    evidence_name = models.CharField(max_length=200, blank=True)
    closed_on = models.DateField(null=True, blank=True)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="+")
    remarks = models.TextField(_("remarks"), blank=True, max_length=4000)   # on acceptance or return
    # A suspected fraud is flagged to the ARCS at once (issue 18 point 3): the day the notice went.
    fraud_flagged_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["report", "number"]
        constraints = [models.UniqueConstraint(fields=["report", "number"], name="audit_objection_number_unique")]
        indexes = [models.Index(fields=["direction"], name="audit_objection_unclosed_idx",
                                condition=~Q(state="accepted"))]

    def __str__(self):
        return f"Item {self.number}: {self.get_severity_display()}"

    @property
    def is_closed(self) -> bool:
        return self.state == ObjectionState.ACCEPTED

    @transition(field=state, source=ObjectionState.OPEN, target=ObjectionState.EXPLAINED)
    def explain(self, *, on, by, text):
        self.explanation, self.explained_on, self.explained_by = text, on, by

    @transition(field=state, source=[ObjectionState.OPEN, ObjectionState.EXPLAINED], target=ObjectionState.DIRECTED)
    def direct(self, *, direction):
        self.direction = direction

    @transition(field=state, source=ObjectionState.DIRECTED, target=ObjectionState.RECTIFIED)
    def rectify(self, *, on, by, text):
        self.rectification, self.rectified_on, self.rectified_by = text, on, by

    @transition(field=state, source=ObjectionState.RECTIFIED, target=ObjectionState.ACCEPTED)
    def accept(self, *, on, by, remarks=""):
        self.closed_on, self.closed_by, self.remarks = on, by, remarks

    @transition(field=state, source=ObjectionState.RECTIFIED, target=ObjectionState.DIRECTED)
    def send_back(self, *, remarks):
        """Not satisfied: the item goes back to the direction (its date still runs)."""
        self.remarks = remarks
