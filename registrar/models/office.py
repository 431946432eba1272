"""The office: districts, offices, officers with rank and jurisdiction, users, holidays."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """Every person who logs in: officers, society secretaries, citizens (applicants)."""

    email = models.EmailField(_("email address"), unique=True, null=True, blank=True)
    phone = models.CharField(_("mobile number"), max_length=15, blank=True)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="en",
        help_text=_("Notifications are sent in this language."),
    )

    @property
    def officer_profile(self):
        try:
            return self.officer
        except Officer.DoesNotExist:
            return None

    @property
    def is_officer(self) -> bool:
        profile = self.officer_profile
        return profile is not None and profile.is_active

    def display_name(self) -> str:
        return self.get_full_name() or self.username


class District(models.Model):
    """A revenue district of Assam. `code` appears in acknowledgement and registration numbers."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    name_as = models.CharField(_("name in Assamese"), max_length=80, blank=True)
    code = models.CharField(_("code"), max_length=3, unique=True)
    headquarters = models.CharField(_("headquarters"), max_length=80)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Office(models.Model):
    class Kind(models.TextChoices):
        DIRECTORATE = "directorate", _("Directorate")
        DISTRICT = "district", _("District office")

    name = models.CharField(_("name"), max_length=160, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    district = models.OneToOneField(District, on_delete=models.PROTECT, null=True, blank=True, related_name="office")
    address = models.CharField(_("address"), max_length=255)

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind="directorate", district__isnull=True)
                | models.Q(kind="district", district__isnull=False),
                name="office_district_matches_kind",
            )
        ]

    def __str__(self):
        return self.name


class Rank(models.TextChoices):
    """The officer ladder. Order matters: lower index = higher rank."""

    RCS = "rcs", _("Registrar of Co-operative Societies")
    ADDL_RCS = "addl_rcs", _("Additional Registrar")
    JOINT_RCS = "joint_rcs", _("Joint Registrar")
    DEPUTY_RCS = "deputy_rcs", _("Deputy Registrar")
    ARCS = "arcs", _("Assistant Registrar (ARCS)")
    INSPECTOR = "inspector", _("Inspector")
    AUDITOR = "auditor", _("Auditor")
    # The Chief Auditor (s.86: orders a re-audit). Last in the order: not on the supervision ladder (registrar.ladder
    # takes the ARCS and the Directorate ranks only) and above no one in at_least(); jurisdiction is the districts
    # on the officer's row (ADR 0045).
    CHIEF_AUDITOR = "chiefauditor", _("Chief Auditor")


# Directorate ranks see the whole state; everyone else sees only their districts.
STATEWIDE_RANKS = frozenset({Rank.RCS, Rank.ADDL_RCS, Rank.JOINT_RCS, Rank.DEPUTY_RCS})
RANK_ORDER = [r.value for r in Rank]


class Officer(models.Model):
    """An officer of the department. Created by Directorate staff, never by sign-up."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="officer")
    rank = models.CharField(_("rank"), max_length=12, choices=Rank.choices)
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="officers")
    districts = models.ManyToManyField(
        District, blank=True, related_name="officers",
        help_text=_("Jurisdiction. Directorate ranks see the whole state whatever is chosen here."),
    )
    designation = models.CharField(_("designation"), max_length=120, blank=True)
    is_active = models.BooleanField(_("in service"), default=True)

    class Meta:
        ordering = ["rank", "user__username"]

    def __str__(self):
        return f"{self.user.display_name()} ({self.get_rank_display()})"

    @property
    def is_statewide(self) -> bool:
        return self.rank in STATEWIDE_RANKS

    def outranks(self, other: "Officer") -> bool:
        return RANK_ORDER.index(self.rank) < RANK_ORDER.index(other.rank)


class HolidayQuerySet(models.QuerySet):
    """Bulk writes that send no signals still log and re-date each row (registrar.services.office: every change
    of the Holiday table, by any path). QuerySet.delete() sends post_delete per row: nothing to add for it."""

    def bulk_create(self, objs, *args, **kwargs):
        from ..services.office import holidays_bulk_created

        objs = list(objs)
        with transaction.atomic(using=self.db):
            days = [obj.date for obj in objs]
            existing = dict(self.model._default_manager.filter(date__in=days).values_list("date", "name"))
            created = super().bulk_create(objs, *args, **kwargs)
            conflicts = kwargs.get("ignore_conflicts") or kwargs.get("update_conflicts")
            if conflicts:  # the objects may carry no pk, and only some were inserted or updated
                keep = days if kwargs.get("update_conflicts") else [day for day in days if day not in existing]
                rows = list(self.model._default_manager.filter(date__in=keep))
            else:
                rows = created
            holidays_bulk_created(rows, existing=existing if kwargs.get("update_conflicts") else {})
        return created

    def update(self, **kwargs):
        from ..services.office import holidays_updated

        with transaction.atomic(using=self.db):
            before = list(self.select_for_update().values("pk", "date", "name"))
            count = super().update(**kwargs)
            holidays_updated(before, self.model._default_manager.filter(pk__in=[b["pk"] for b in before]))
        return count


class Holiday(models.Model):
    """A day the offices are closed, beyond Sundays and the second and fourth Saturdays.

    Edited by Directorate staff. Migrations create no rows: a fresh database knows only the weekly closures.
    Every addition, edit and removal, by any path, is logged and an addition re-dates the open filings it closes
    (registrar.services.office; ADR 0007, 0016).
    """

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("occasion"), max_length=120)
    is_sudden_closure = models.BooleanField(
        _("sudden closure"), default=False, help_text=_("A flood, strike or other closure declared at short notice.")
    )

    objects = HolidayQuerySet.as_manager()

    class Meta:
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%d %b %Y} — {self.name}"

    def save(self, *args, **kwargs):
        # The row and its activity entry (written by the post_save hook) commit together or not at all.
        with transaction.atomic(using=kwargs.get("using")):
            super().save(*args, **kwargs)
