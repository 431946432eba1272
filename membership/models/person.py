"""One identity for a person across societies (issue 14 point 2).

A `Person` is never keyed by an Aadhaar number or any other government identifier: the portal keeps only what the
register itself records (name, father's or husband's name, gender, date of birth or age at a date, address).
Two records are the same human only when an officer or the person says so: matching proposes a `PersonLink`,
confirming it points the register entry (or the Director) at the proposed Person.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import Gender, ParentRelation


class Person(models.Model):
    name = models.CharField(_("name"), max_length=120)
    # Lower-case, punctuation dropped, spaces collapsed (membership.matching.normalise): what matching compares.
    name_key = models.CharField(max_length=120, editable=False, db_index=True)
    parent_name = models.CharField(_("father's or husband's name"), max_length=120, blank=True)
    parent_relation = models.CharField(_("relation"), max_length=8, choices=ParentRelation.choices,
                                       default=ParentRelation.FATHER)
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices)
    # Either the date of birth, or an age stated on a date (registers often carry "age 42 on admission").
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    age_years = models.PositiveSmallIntegerField(_("age in years"), null=True, blank=True)
    age_on = models.DateField(_("age stated on"), null=True, blank=True)
    address = models.TextField(_("address"), blank=True)
    # A person who has a portal account (a member reading their own entries, confirming their own links).
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="person")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        # Serves the ordering, so matching's pre-filter (services.people._candidates) stops at its bound when a
        # word is common instead of sorting every match; name_key also has a trigram index (migration 0007).
        indexes = [models.Index(fields=["name", "id"], name="person_name_order")]
        constraints = [
            models.CheckConstraint(condition=Q(age_years__isnull=True) | Q(age_on__isnull=False),
                                   name="person_age_has_date"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        from ..matching import normalise

        self.name_key = normalise(self.name)
        super().save(*args, **kwargs)

    def age_on_day(self, day):
        """Completed years on `day`, from the date of birth or from the stated age (None if neither is known)."""
        if self.date_of_birth:
            born = self.date_of_birth
            return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
        if self.age_years is not None and self.age_on:
            on = self.age_on
            return self.age_years + day.year - on.year - ((day.month, day.day) < (on.month, on.day))
        return None


class PersonLink(models.Model):
    """A proposal that a register entry or a Director is the Person `person`.

    Exactly one of `member` / `director` is set. Matching (membership.matching) proposes it with a score and the
    reasons (which of name, parent's name, age and address agreed, and the warning shown: a fuzzy match is not
    proof). Confirming, by an officer in jurisdiction or by the person (their `user`), points the member's or the
    director's `person` at `person`; rejecting keeps them apart and stops the same pair being proposed again.
    """

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")

    class DecidedAs(models.TextChoices):
        OFFICER = "officer", _("An officer")
        PERSON = "person", _("The person")

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="links")
    member = models.ForeignKey("membership.Member", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="person_links")
    director = models.ForeignKey("governance.Director", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="person_links")
    score = models.PositiveSmallIntegerField(_("match score (0-100)"))
    # {"name": 93, "parent_name": 88, "age": true, "address": 61}: the parts that agreed, for the officer's page.
    reasons = models.JSONField(default=dict)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED)
    proposed_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    decided_as = models.CharField(max_length=8, choices=DecidedAs.choices, blank=True)

    class Meta:
        ordering = ["-score", "-proposed_at"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(member__isnull=False, director__isnull=True)
                           | Q(member__isnull=True, director__isnull=False)),
                name="personlink_one_subject"),
            models.UniqueConstraint(fields=["person", "member"], condition=Q(member__isnull=False),
                                    name="personlink_once_per_member"),
            models.UniqueConstraint(fields=["person", "director"], condition=Q(director__isnull=False),
                                    name="personlink_once_per_director"),
        ]
        indexes = [models.Index(fields=["status"], condition=Q(status="proposed"), name="personlink_open_idx")]

    def __str__(self):
        return f"{self.subject_label} → {self.person} ({self.score})"

    @property
    def subject_label(self) -> str:
        return str(self.member) if self.member_id else str(self.director)
