"""The register of orders and the stays held against them."""

import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from registrar import bounds
from societies.uploads import private_storage

from .kinds import ISSUER_LABELS, ISSUERS, get_kind


def new_order_token() -> str:
    return secrets.token_urlsafe(24)


class OrderQuerySet(models.QuerySet):
    def in_force(self):
        return self.filter(set_aside_by__isnull=True, set_aside_on__isnull=True)

    def decisions(self):
        return self.filter(decides=True)


class Order(models.Model):
    """One decision (or dispatched letter), numbered in its series. `kind` is the code of a declared OrderKind
    (orders.kinds); section and rule id are copied onto the row so the register reads the same after a kind's
    wording changes. The record the order is about (an application, a flag) is `target`."""

    number = models.CharField(_("number"), max_length=48, unique=True)
    series = models.CharField(max_length=16)
    kind = models.CharField(_("kind"), max_length=48)
    issuer = models.CharField(max_length=12, choices=[(i, ISSUER_LABELS[i]) for i in ISSUERS], default="office")
    decides = models.BooleanField(default=True)
    section = models.CharField(_("section"), max_length=40, blank=True)
    rule_id = models.CharField(max_length=80, blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="orders")
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+")
    target_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                related_name="+", verbose_name=_("officer"))
    officer_rank = models.CharField(_("rank"), max_length=12, blank=True)
    made_on = models.DateField(_("date made"))
    # Dispatch, entered by the officer; never in the future, never before the order was made.
    communicated_on = models.DateField(_("date of communication"), null=True, blank=True)
    communication_reference = models.CharField(
        _("registered post or delivery reference"), max_length=80, blank=True)
    # False only for orders migrated from before the register whose dispatch was never recorded: their
    # communication date is the date made, shown as "communication date not recorded".
    communication_recorded = models.BooleanField(default=True)
    received_on = models.DateField(_("date of receipt"), null=True, blank=True)
    published_on = models.DateField(_("date of publication"), null=True, blank=True)
    # s.111(5): an order winding up or amalgamating a bank made with the Reserve Bank's sanction: no appeal lies
    # (appeals refuses the filing; orders.windows gives it no appeal window).
    rbi_sanctioned = models.BooleanField(_("made with the Reserve Bank's sanction (s.111(5))"), default=False)
    pdf = models.FileField(storage=private_storage, upload_to="orders/%Y/%m/", blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_order_token, editable=False)
    reviewable = models.BooleanField(default=False)
    appealable = models.BooleanField(default=False)
    set_aside_by = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="sets_aside")
    set_aside_on = models.DateField(_("set aside on"), null=True, blank=True)
    # The order's own effect (a cancellation taking effect two months after publication, s.94(4); a
    # supersession): the last day before it falls, so the effect falls the next day, like every clock's last
    # day. Set by the module that issues the order; swept by the clock it declares with orders.clocks
    # .order_effect_clock (partial index order_effect_due_idx), which a stay of the order holds (ADR 0032-stays).
    takes_effect_after = models.DateField(_("takes effect after"), null=True, blank=True)
    took_effect_on = models.DateField(_("took effect on"), null=True, blank=True)
    # Entered from the records made before the register existed (orders/migrations/0002_existing_orders); that
    # migration's reverse deletes exactly these rows.
    migrated = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OrderQuerySet.as_manager()

    class Meta:
        ordering = ["-made_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=bounds.since_commencement("made_on"), name="order_made_since_act"),
            models.CheckConstraint(condition=Q(communicated_on__isnull=True) | Q(communicated_on__gte=F("made_on")),
                                   name="order_communicated_after_made"),
            models.CheckConstraint(condition=Q(received_on__isnull=True) | Q(received_on__gte=F("made_on")),
                                   name="order_received_after_made"),
            models.CheckConstraint(condition=Q(published_on__isnull=True) | Q(published_on__gte=F("made_on")),
                                   name="order_published_after_made"),
            models.CheckConstraint(condition=Q(set_aside_on__isnull=True) | Q(set_aside_on__gte=F("made_on")),
                                   name="order_set_aside_after_made"),
            models.CheckConstraint(condition=Q(took_effect_on__isnull=True) | Q(took_effect_on__gt=F("takes_effect_after")),
                                   name="order_took_effect_after_its_last_day"),
            models.CheckConstraint(condition=Q(decides=True) | Q(reviewable=False, appealable=False),
                                   name="order_letter_has_no_windows"),
            models.CheckConstraint(condition=Q(issuer="office") | Q(reviewable=False),
                                   name="order_only_office_reviewable"),
            # One decision of a kind in force per record: a refusal set aside on review (s.111(2)) leaves room
            # for the fresh decision on the reopened application.
            models.UniqueConstraint(fields=["kind", "target_type", "target_id"],
                                    condition=Q(target_id__isnull=False, decides=True, set_aside_on__isnull=True),
                                    name="order_one_in_force_per_kind_and_target"),
        ]
        indexes = [
            models.Index(fields=["society", "-made_on"], name="order_society_idx"),
            models.Index(fields=["district", "-made_on"], name="order_district_idx"),
            models.Index(fields=["target_type", "target_id"], name="order_target_idx"),
            models.Index(fields=["kind", "-made_on"], name="order_kind_idx"),
            # The sweepers of orders.clocks.order_effect_clock: orders whose own effect has not fallen yet.
            models.Index(fields=["takes_effect_after"], name="order_effect_due_idx",
                         condition=Q(took_effect_on__isnull=True, takes_effect_after__isnull=False)),
        ]

    def __str__(self):
        return self.number

    @property
    def order_kind(self):
        return get_kind(self.kind)

    @property
    def in_force(self) -> bool:
        return self.set_aside_by_id is None and self.set_aside_on is None

    @property
    def sold_on(self):
        """s.61(3): an appeal against a sale runs from the date of the sale, the date the sale entry was made."""
        return self.made_on

    @property
    def effective_communication_date(self):
        """The date windows run from: the recorded dispatch, or (migrated, not recorded) the date made."""
        if self.communicated_on:
            return self.communicated_on
        return None if self.communication_recorded else self.made_on


class Stay(models.Model):
    """A stay of one order pending its review or appeal (s.111(4)). In force from `granted_on` through
    `vacated_on` (inclusive); while it is in force only that order's own effects are held (orders.stays)."""

    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="stays")
    pending = models.CharField(_("pending"), max_length=200,
                               help_text=_("The review or appeal the order is stayed for."))
    reasons = models.TextField(_("reasons"))
    granted_on = models.DateField(_("stayed from"))
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    vacated_on = models.DateField(_("stay vacated on"), null=True, blank=True)
    vacated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["granted_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=bounds.since_commencement("granted_on"), name="stay_granted_since_act"),
            models.CheckConstraint(condition=Q(vacated_on__isnull=True) | Q(vacated_on__gte=F("granted_on")),
                                   name="stay_vacated_after_granted"),
            # One stay in force per order at a time.
            models.UniqueConstraint(fields=["order"], condition=Q(vacated_on__isnull=True),
                                    name="stay_one_in_force_per_order"),
        ]

    def __str__(self):
        return f"Stay of {self.order_id} from {self.granted_on}"
