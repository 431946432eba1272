"""The register of members (s.24): one `Member` per entry, `MemberVersion` rows for its history, `Nomination`.

Dates: `admitted_on` is the day membership took effect (for a deemed admission, day 91 counted from receipt,
s.20(2)); `ceased_on` the day it ended (withdrawal, death, disqualification, termination). A member is *on the
register on day D* when admitted_on <= D and (ceased_on is null or ceased_on > D): the counts the rest of the
portal reads (membership.selectors.register_counts) use exactly this, through the versions.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from .choices import Category, Gender, ParentRelation
from .person import Person


class MemberClass(models.TextChoices):
    """s.50(4): the bye-laws may create a class of members without a vote (the PACS model bye-laws' nominal
    members). A voting member still votes only once the s.26(2) payment is made (`voting_pending`)."""

    VOTING = "voting", _("Voting member")
    NON_VOTING = "non_voting", _("Member of a class without a vote (s.50(4))")


class AdmissionBasis(models.TextChoices):
    BOARD_RESOLUTION = "board_resolution", _("Board resolution")
    FOUNDER = "founder", _("Founder member at registration")
    DEEMED = "deemed", _("Deemed, s.20(2)")
    GA_APPEAL = "ga_appeal", _("On appeal, by the General Assembly (s.20(3))")
    EXISTING_REGISTER = "existing_register", _("Entered from the society's earlier register")
    # ss.13(5), 14(5) (s.15 by analogy): the member's interest went to this society when the scheme took effect.
    SCHEME_TRANSFER = "scheme_transfer", _("Transferred under the scheme")


class CessationCause(models.TextChoices):
    WITHDRAWAL = "withdrawal", _("Withdrawal (s.21)")
    DEATH = "death", _("Death (s.22)")
    DISQUALIFICATION = "disqualification", _("Disqualification (ss.19, 22)")
    TERMINATION = "termination", _("Termination by the Board (s.23)")
    TRANSFER_OF_SHARES = "transfer_of_shares", _("All shares transferred")
    # The society was divided, amalgamated or merged: the member moved to a successor (SCHEME_TRANSFER), or
    # withdrew their share within the 30 days of s.13(2), s.14(2) and was paid.
    SCHEME_TRANSFER = "scheme_transfer", _("Transferred under the scheme")
    SCHEME_WITHDRAWAL = "scheme_withdrawal", _("Withdrew their share under the scheme")
    OTHER = "other", _("Other (see note)")


class _Particulars(models.Model):
    """The particulars of an entry that may change over time: on `Member` (current) and on each `MemberVersion`
    (as they were). Keep the two in step only through membership.register."""

    category = models.CharField(_("social category (as declared)"), max_length=8, choices=Category.choices,
                                default=Category.GENERAL)
    occupation = models.CharField(_("occupation"), max_length=80, blank=True)
    member_class = models.CharField(_("class"), max_length=12, choices=MemberClass.choices,
                                    default=MemberClass.VOTING)
    is_employee = models.BooleanField(_("employee of the society"), default=False)
    # s.26(2): a member has no vote until the payment the bye-laws require is made (e.g. deemed admission).
    voting_pending = models.BooleanField(_("vote waits for the share payment (s.26(2))"), default=False)
    ceased_on = models.DateField(_("ceased on"), null=True, blank=True)
    cessation_cause = models.CharField(_("cause of cessation"), max_length=20, choices=CessationCause.choices,
                                       blank=True)
    cessation_note = models.CharField(_("note on the cessation"), max_length=200, blank=True)

    class Meta:
        abstract = True


class Member(_Particulars):
    """One entry in a society's register of members (s.24). Its current particulars live here; its history in
    `versions`. The person's own particulars (name, father's or husband's name, gender, age, address) are on
    `person` and copied into each version, so the register as at a past date shows them as they then were."""

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="members")
    # The society's own member number, never reused within the society (PositiveInteger: registers number
    # serially; a bye-law class prefix, if any, is the class, not part of the number).
    number = models.PositiveIntegerField(_("member number"))
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="memberships")
    admitted_on = models.DateField(_("date of admission"))
    admission_basis = models.CharField(_("basis of admission"), max_length=20, choices=AdmissionBasis.choices)
    # For BOARD_RESOLUTION (and GA_APPEAL): the meeting and the resolution number as the minutes give them.
    admission_board_meeting = models.ForeignKey("governance.BoardMeeting", on_delete=models.PROTECT, null=True,
                                                blank=True, related_name="+")
    admission_general_meeting = models.ForeignKey("governance.GeneralMeeting", on_delete=models.PROTECT,
                                                  null=True, blank=True, related_name="+")
    admission_resolution_ref = models.CharField(_("resolution number"), max_length=60, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["society", "number"]
        constraints = [
            models.UniqueConstraint(fields=["society", "number"], name="member_number_unique_in_society"),
            models.CheckConstraint(condition=Q(ceased_on__isnull=True) | Q(ceased_on__gte=F("admitted_on")),
                                   name="member_ceased_after_admitted"),
            models.CheckConstraint(condition=Q(ceased_on__isnull=True, cessation_cause="")
                                   | Q(ceased_on__isnull=False) & ~Q(cessation_cause=""),
                                   name="member_cessation_has_cause"),
        ]
        indexes = [
            models.Index(fields=["society", "ceased_on"], name="member_society_ceased_idx"),
        ]

    def __str__(self):
        # The name only when the person is already loaded: str() must not cost a query in a list.
        if Member.person.is_cached(self):
            return f"No. {self.number}: {self.person.name}"
        return f"No. {self.number}"

    @property
    def is_current(self) -> bool:
        return self.ceased_on is None


class MemberVersion(_Particulars):
    """One version of a register entry, in force from `valid_from` (inclusive) to `valid_to` (exclusive; null =
    the version in force now). Versions of one member never overlap and leave no gap from `admitted_on`:
    the first version starts on the admission date, each change closes the open version on the day the change
    takes effect and opens the next. A change effective on the open version's own first day replaces it in place.

    `society` and `number` are copied from the member so "the register of society S as at D, by number" is one
    query on this table's index, and the person's particulars are copied as they stood (history of a name or an
    address change)."""

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="versions")
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="+")
    number = models.PositiveIntegerField(_("member number"))
    valid_from = models.DateField()
    valid_to = models.DateField(null=True, blank=True)
    name = models.CharField(_("name"), max_length=120)
    parent_name = models.CharField(_("father's or husband's name"), max_length=120, blank=True)
    parent_relation = models.CharField(_("relation"), max_length=8, choices=ParentRelation.choices,
                                       default=ParentRelation.FATHER)
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    age_years = models.PositiveSmallIntegerField(_("age in years"), null=True, blank=True)
    age_on = models.DateField(_("age stated on"), null=True, blank=True)
    address = models.TextField(_("address"), blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")

    class Meta:
        ordering = ["society", "number", "valid_from"]
        constraints = [
            models.UniqueConstraint(fields=["member"], condition=Q(valid_to__isnull=True),
                                    name="memberversion_one_open"),
            models.UniqueConstraint(fields=["member", "valid_from"], name="memberversion_one_per_day"),
            models.CheckConstraint(condition=Q(valid_to__isnull=True) | Q(valid_to__gt=F("valid_from")),
                                   name="memberversion_positive_span"),
        ]
        indexes = [
            # membership.selectors.register_as_at: versions of a society in force on a day, in number order.
            models.Index(fields=["society", "number", "valid_from"], name="memberversion_as_at_idx"),
            # the current register and counts today (valid_to is null).
            models.Index(fields=["society", "number"], condition=Q(valid_to__isnull=True),
                         name="memberversion_open_idx"),
        ]

    def __str__(self):
        return f"No. {self.number} from {self.valid_from}"


class Nomination(models.Model):
    """The member's nominee (s.55), in force from `valid_from` to `valid_to` (exclusive; null = current). A new
    nomination closes the previous one on its first day; the history is never edited."""

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="nominations")
    nominee_name = models.CharField(_("nominee"), max_length=120)
    relation = models.CharField(_("relation to the member"), max_length=60, blank=True)
    address = models.TextField(_("nominee's address"), blank=True)
    # When the nominee is a person the portal knows (a member elsewhere, a portal user).
    nominee_person = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    valid_from = models.DateField(_("nominated on"))
    valid_to = models.DateField(null=True, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")

    class Meta:
        ordering = ["member", "-valid_from"]
        constraints = [
            models.UniqueConstraint(fields=["member"], condition=Q(valid_to__isnull=True),
                                    name="nomination_one_open"),
            models.CheckConstraint(condition=Q(valid_to__isnull=True) | Q(valid_to__gt=F("valid_from")),
                                   name="nomination_positive_span"),
        ]

    def __str__(self):
        return self.nominee_name
