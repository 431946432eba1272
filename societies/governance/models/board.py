"""The Board, its Directors, the officer in charge under s.41(6), and the society's secretary invitations.

Who runs the society is `Society.governance_status` (lifecycles.md §3); these rows carry the facts and the
due-date columns the supervision sweepers read (each partial index names its sweeper).
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from membership.models.choices import Category as PersonCategory
from membership.models.choices import Gender as PersonGender

from ..rules import MAX_BOARD_STRENGTH


class Board(models.Model):
    class Kind(models.TextChoices):
        PROMOTER = "promoter", _("Promoter Board (s.35(1))")
        ELECTED = "elected", _("Elected Board")

    class EndReason(models.TextChoices):
        """Why a Board left office. Each reason maps to the section that ended it (and to the directors' bar)."""

        REPLACED_BY_ELECTION = "replaced_by_election", _("A new Board was elected (s.41(7))")
        DISSOLVED_NO_AGM = "dissolved_no_agm", _("Dissolved: no AGM within six months of the year end (s.39)")
        CEASED_SPECIAL_GM = "ceased_special_gm", _("Directors ceased: requisitioned general meeting not held (s.33(3))")
        CEASED_NO_ELECTION = "ceased_no_election", _("Directors ceased: term ended with no election (s.41(4))")
        PROMOTER_LAPSED = "promoter_lapsed", _("Promoter Board's year ended with no election (s.35(1))")
        ACCOUNTS_NOT_READY = "accounts_not_ready", _("Directors ceased: accounts wilfully not ready (s.30(4))")
        SUPERSEDED = "superseded", _("Superseded (s.125)")
        REGISTRATION_SET_ASIDE = "registration_set_aside", _("The society's registration was set aside by order")
        # s.85(2): only by the Registrar's order confirming the flag (audit.services.followup; ADR 0045).
        AUDIT_FOLLOWUP_NOT_FILED = "audit_followup_not_filed", _(
            "Disqualified: no report on the audit's defects within three months (s.85(2))")

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="boards")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    # lifecycles.md §15 item 7: the quorum base is the sanctioned strength in the bye-laws. Unknown for a new
    # promoter Board until the secretary records it; Board meetings cannot be recorded before that.
    sanctioned_strength = models.PositiveSmallIntegerField(
        _("sanctioned strength (bye-laws)"), null=True, blank=True,
        validators=[MinValueValidator(3), MaxValueValidator(MAX_BOARD_STRENGTH)],
    )
    took_office_on = models.DateField(_("took office on"))
    election_result_on = models.DateField(_("election results declared on"), null=True, blank=True)
    # board_term_5y (elected) or promoter_board_max_1y (promoter): read by boards_end_expired_terms.
    term_ends_on = models.DateField(_("term ends on"))
    # board_meeting_gap_max_120d: last day for the next Board meeting; read by boards_cease_presidents_for_gap.
    # Null once the President has ceased for a gap, until the Board meets again (the clock re-arms then).
    next_meeting_due_on = models.DateField(_("next Board meeting due by"), null=True, blank=True)
    ended_on = models.DateField(_("left office on"), null=True, blank=True)
    end_reason = models.CharField(_("why it left office"), max_length=24, choices=EndReason.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-took_office_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["society"], condition=Q(ended_on__isnull=True), name="one_current_board"),
        ]
        indexes = [
            # boards_end_expired_terms
            models.Index(fields=["term_ends_on"], condition=Q(ended_on__isnull=True), name="board_term_due_idx"),
            # boards_cease_presidents_for_gap
            models.Index(fields=["next_meeting_due_on"],
                         condition=Q(ended_on__isnull=True, next_meeting_due_on__isnull=False),
                         name="board_meeting_due_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} from {self.took_office_on:%d %b %Y}"

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


class Director(models.Model):
    class Office(models.TextChoices):
        PRESIDENT = "president", _("President")
        VICE_PRESIDENT = "vice_president", _("Vice-President")
        DIRECTOR = "director", _("Director")

    # One set of choices for a person's gender and declared category, shared with the register of members, so
    # the annual return and the Board's composition read them the same way.
    Gender = PersonGender
    Category = PersonCategory

    class Cessation(models.TextChoices):
        """Every cessation stores its reason: the 5-year director bar (s.40(4)) is computed from it."""

        TERM_ENDED = "term_ended", _("Term ended; a new Board took office (s.41(7))")
        NO_AGM = "no_agm", _("Board dissolved: no AGM (s.39, bar s.40(4)(a))")
        SPECIAL_GM_NOT_HELD = "special_gm_not_held", _("Requisitioned general meeting not held (s.33(3))")
        ELECTION_NOT_ARRANGED = "election_not_arranged", _("Election not arranged before the term ended (s.41(4))")
        PROMOTER_LAPSED = "promoter_lapsed", _("Promoter Board's year ended (s.35(1))")
        ACCOUNTS_NOT_READY = "accounts_not_ready", _("Accounts wilfully not ready (s.30(4))")
        ABSENT_3_MEETINGS = "absent_3_meetings", _("Absent from three consecutive Board meetings (s.43(7))")
        RESIGNED = "resigned", _("Resigned")
        DIED = "died", _("Died")
        DISQUALIFIED = "disqualified", _("Disqualified (s.37)")
        SUPERSEDED = "superseded", _("Board superseded (s.125)")
        AUDIT_FOLLOWUP_NOT_FILED = "audit_followup_not_filed", _(
            "Board disqualified: audit follow-up report not filed (s.85(2), bar s.40(4)(f))")

    # Reasons that carry the 5-year bar on being a Director (s.40(4)(a)-(e)); rules.yaml
    # director_bar_5y_after_cessation.
    BARRED_CESSATIONS = frozenset({
        Cessation.NO_AGM, Cessation.SPECIAL_GM_NOT_HELD, Cessation.ELECTION_NOT_ARRANGED,
        Cessation.ACCOUNTS_NOT_READY, Cessation.ABSENT_3_MEETINGS, Cessation.AUDIT_FOLLOWUP_NOT_FILED,
    })

    board = models.ForeignKey(Board, on_delete=models.PROTECT, related_name="directors")
    name = models.CharField(_("name"), max_length=120)
    # The person across societies (membership.Person), once a proposed link is confirmed. Bars and the
    # two-presidency limit (s.41(10)) follow the person when set, the name string when not ("unlinked").
    person = models.ForeignKey("membership.Person", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="directorships")
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices)
    category = models.CharField(_("category"), max_length=8, choices=Category.choices, default=Category.GENERAL)
    is_coopted = models.BooleanField(_("co-opted expert (s.42(4))"), default=False)
    office = models.CharField(_("office"), max_length=16, choices=Office.choices, default=Office.DIRECTOR)
    joined_on = models.DateField(_("joined the Board on"))
    ceased_on = models.DateField(_("ceased on"), null=True, blank=True)
    cessation = models.CharField(_("why they ceased"), max_length=24, choices=Cessation.choices, blank=True)
    director_bar_until = models.DateField(_("may not be a Director until"), null=True, blank=True)
    # s.43(3)-(4): the President (or acting Vice-President) ceases from the office, not from the Board.
    office_ceased_on = models.DateField(_("ceased from the office on"), null=True, blank=True)
    office_bar_until = models.DateField(_("may not be President or Vice-President until"), null=True, blank=True)

    class Meta:
        ordering = ["board", "office", "name"]
        constraints = [
            models.UniqueConstraint(fields=["board", "office"], condition=Q(office="president", ceased_on__isnull=True),
                                    name="one_president_per_board"),
            models.UniqueConstraint(fields=["board", "office"],
                                    condition=Q(office="vice_president", ceased_on__isnull=True),
                                    name="one_vice_president_per_board"),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_office_display()})"

    @property
    def in_office(self) -> bool:
        return self.ceased_on is None


class OfficerAppointment(models.Model):
    """A departmental officer acting as the Board under s.41(6), with 90 days to constitute a new Board."""

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="officer_appointments")
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    appointed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    appointed_on = models.DateField(_("appointed on"))
    order_number = models.CharField(_("order number"), max_length=40, unique=True)
    # registrar_officer_constitutes_board_90d: read by appointments_flag_overrun (a flag, never an effect).
    board_due_on = models.DateField(_("Board to be constituted by"))
    overrun_flagged = models.BooleanField(default=False)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)

    class Meta:
        ordering = ["-appointed_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["society"], condition=Q(ended_on__isnull=True),
                                    name="one_current_officer_in_charge"),
        ]
        indexes = [
            models.Index(fields=["board_due_on"], condition=Q(ended_on__isnull=True, overrun_flagged=False),
                         name="officer_board_due_idx"),
        ]

    def __str__(self):
        return f"{self.order_number}: officer in charge from {self.appointed_on:%d %b %Y}"


def new_invitation_token() -> str:
    return secrets.token_urlsafe(24)


class SecretaryInvitation(models.Model):
    """An ARCS invites a person (by email) to act as a society's secretary; accepting grants
    societies.act_as_secretary (django-guardian). Replacing a secretary revokes the old grant."""

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="secretary_invitations")
    email = models.EmailField(_("email"))
    token = models.CharField(max_length=48, unique=True, default=new_invitation_token, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    invited_at = models.DateTimeField(auto_now_add=True)
    replaces = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+")
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-invited_at"]

    def __str__(self):
        return f"Invitation to {self.email}"
