"""What the cancellation part records beside the case (WindingUp): the society's resolution or the show-cause
notice and reply that precede the order, and each registered-post dispatch of the Gazette notice (s.94(3))."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from registrar import bounds


class Ground(models.TextChoices):
    """s.94(2)(i)-(iii) (each read with (iv): the society ought to be dissolved), and the mandatory cases."""

    NOT_COMMENCED = "not_commenced", _("It has not commenced working (s.94(2)(i))")
    CEASED = "ceased", _("It has ceased working (s.94(2)(ii))")
    NOT_COMPLYING = "not_complying", _("It no longer complies with the conditions of registration (s.94(2)(iii))")
    BANK_LICENCE = "bank_licence", _("Its banking licence was cancelled: winding up is mandatory (s.116)")
    RESERVE_BANK = "reserve_bank", _("The Reserve Bank requires it to be wound up (s.147)")


MANDATORY_GROUNDS = (Ground.BANK_LICENCE, Ground.RESERVE_BANK)


class CancellationRecord(models.Model):
    """One per case: the facts the order rests on."""

    winding_up = models.OneToOneField("liquidation.WindingUp", on_delete=models.CASCADE, related_name="record")
    # s.94(1): the general meeting's resolution (voluntary_dissolution_three_fourths).
    meeting_on = models.DateField(_("general meeting held on"), null=True, blank=True)
    members_present = models.PositiveIntegerField(_("members present"), null=True, blank=True)
    votes_for = models.PositiveIntegerField(_("votes for dissolution"), null=True, blank=True)
    agenda_circulated = models.BooleanField(_("dissolution was in the circulated agenda"), default=False)
    resolution_text = models.TextField(_("resolution"), blank=True)
    # s.116: a co-operative bank needs the Reserve Bank's or NABARD's prior written sanction.
    bank_sanction_reference = models.CharField(_("RBI/NABARD sanction reference"), max_length=120, blank=True)
    bank_sanction_on = models.DateField(_("sanctioned on"), null=True, blank=True)
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+")
    # s.94(2): the ground, and the show-cause notice and reply that precede a compulsory order.
    ground = models.CharField(_("ground"), max_length=16, choices=Ground.choices, blank=True)
    show_cause = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                      related_name="+")
    reply_by = models.DateField(_("reply to be received by"), null=True, blank=True)
    reply_on = models.DateField(_("reply received on"), null=True, blank=True)
    reply_text = models.TextField(_("the society's reply"), blank=True)
    no_reply = models.BooleanField(_("no reply was received by the date fixed"), default=False)
    # The affiliating (federal) society the notice also goes to (s.94(3)), if any.
    affiliating_society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, null=True, blank=True,
                                            related_name="+")
    appointment = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                       related_name="+")

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(votes_for__isnull=True) | Q(votes_for__lte=F("members_present")),
                                   name="cancellation_votes_within_present"),
        ]

    def __str__(self):
        return f"Cancellation record of {self.winding_up_id}"


class NoticePosting(models.Model):
    """One registered-post dispatch of the Gazette notice: to the society, or to its affiliating society."""

    class To(models.TextChoices):
        SOCIETY = "society", _("The society")
        AFFILIATING = "affiliating", _("The affiliating society")
        OTHER = "other", _("Another addressee")

    winding_up = models.ForeignKey("liquidation.WindingUp", on_delete=models.CASCADE, related_name="postings")
    to = models.CharField(_("addressee"), max_length=12, choices=To.choices)
    addressee = models.CharField(_("name and address"), max_length=300)
    posted_on = models.DateField(_("posted on"), validators=[bounds.validate_since_commencement])
    reference = models.CharField(_("registered-post reference"), max_length=80)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["posted_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["winding_up", "reference"], name="notice_posting_unique_ref")]

    def __str__(self):
        return f"{self.reference} to {self.addressee}"
