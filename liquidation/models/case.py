"""The winding-up case: from the resolution or the show-cause notice to the certificate of dissolution.

States follow lifecycles.md §2 and §11; the society's own `legal_status` moves with them through the Society
transitions (cancellation_ordered, cancellation_appealed, cancellation_took_effect, cancellation_set_aside,
dissolved), always in the same service and transaction as the case's transition.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition


class WindingUpRoute(models.TextChoices):
    VOLUNTARY = "voluntary", _("On the society's resolution (s.94(1))")
    COMPULSORY = "compulsory", _("After an inquiry or inspection (s.94(2))")
    BANK_SANCTION = "bank_s116", _("A co-operative bank, as s.116 requires")
    RESERVE_BANK = "rbi_s147", _("On the Reserve Bank's requisition (s.147)")


class WindingUpState(models.TextChoices):
    RESOLUTION_FILED = "resolution_filed", _("Resolution filed: awaiting the Registrar")
    SHOW_CAUSE = "show_cause", _("Show-cause notice issued")
    CANCELLATION_ORDERED = "cancellation_ordered", _("Cancellation ordered")
    APPEAL_PENDING = "appeal_pending", _("Members' appeal pending")
    IN_LIQUIDATION = "in_liquidation", _("In liquidation")
    DISSOLVED = "dissolved", _("Dissolved")
    SET_ASIDE = "set_aside", _("Order set aside: registered again")
    DROPPED = "dropped", _("Dropped: no order made")


OPEN_STATES = (WindingUpState.RESOLUTION_FILED, WindingUpState.SHOW_CAUSE, WindingUpState.CANCELLATION_ORDERED,
               WindingUpState.APPEAL_PENDING, WindingUpState.IN_LIQUIDATION)
BEFORE_ORDER = [WindingUpState.RESOLUTION_FILED, WindingUpState.SHOW_CAUSE]
ORDER_PENDING = [WindingUpState.CANCELLATION_ORDERED, WindingUpState.APPEAL_PENDING]


class WindingUp(models.Model):
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="winding_ups")
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    route = models.CharField(_("route"), max_length=12, choices=WindingUpRoute.choices)
    state = FSMField(max_length=24, choices=WindingUpState.choices, protected=True)
    opened_on = models.DateField(_("opened on"))
    # A compulsory cancellation only after an inquiry or inspection (compulsory_cancellation_after_inquiry).
    inquiry = models.ForeignKey("inquiry.InquiryCase", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="winding_ups")
    inspection = models.ForeignKey("inquiry.Inspection", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="winding_ups")
    grounds = models.TextField(_("grounds"), blank=True)
    # The cancellation order in the register of orders (kind liquidation.cancellation); names the liquidator.
    cancellation_order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                              related_name="winding_up")
    liquidator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="liquidations")
    liquidator_appointed_on = models.DateField(_("liquidator appointed on"), null=True, blank=True)
    # The Official Gazette's printing: the two-month clocks run from this date, not from the portal's draft.
    gazette_number = models.CharField(_("Gazette number"), max_length=60, blank=True)
    gazette_published_on = models.DateField(_("published in the Gazette on"), null=True, blank=True)
    takes_effect_on = models.DateField(_("took effect on"), null=True, blank=True)
    dissolved_on = models.DateField(_("dissolved on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-opened_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["society"], condition=Q(state__in=OPEN_STATES),
                                    name="one_open_winding_up_per_society"),
        ]
        indexes = [models.Index(fields=["state", "gazette_published_on"], name="winding_up_gazette_idx")]

    def __str__(self):
        return f"{self.society} — {self.get_state_display()}"

    # Transitions change the state in memory only; liquidation.services lock, save, move the society and log.
    @transition(field=state, source=WindingUpState.RESOLUTION_FILED, target=WindingUpState.SHOW_CAUSE)
    def show_cause(self):
        """A compulsory case opens here; a voluntary one never passes through it."""

    @transition(field=state, source=BEFORE_ORDER, target=WindingUpState.CANCELLATION_ORDERED)
    def order_cancellation(self):
        """s.94(1)-(2): the order, naming the liquidator; its Gazette notice is generated at once."""

    @transition(field=state, source=BEFORE_ORDER, target=WindingUpState.DROPPED)
    def drop(self):
        """The Registrar accepts the society's reply to the show-cause notice, or refuses the application."""

    @transition(field=state, source=WindingUpState.CANCELLATION_ORDERED, target=WindingUpState.APPEAL_PENDING)
    def appeal_recorded(self):
        """s.94(5): a member's appeal to the State Government within two months of publication."""

    @transition(field=state, source=ORDER_PENDING, target=WindingUpState.IN_LIQUIDATION)
    def take_effect(self):
        """s.94(4): no appeal in the two months (cancellation_takes_effect), or the Government confirms."""

    @transition(field=state, source=[*ORDER_PENDING, WindingUpState.IN_LIQUIDATION], target=WindingUpState.SET_ASIDE)
    def set_aside(self):
        """The appeal is allowed, or a review or rectification order sets the cancellation aside."""

    @transition(field=state, source=WindingUpState.IN_LIQUIDATION, target=WindingUpState.DISSOLVED)
    def dissolve(self):
        """s.100(5): the certificate of dissolution; dissolved from the date it states."""
