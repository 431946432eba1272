"""Board elections run from the register (issue 15 point 3; lifecycles.md §3, ss.35(2), 37, 40, 41, 44).

An `Election` is announced by the office (the Registrar is the Election Authority, s.41(1)) against the general
meeting called for it, before the Board's term ends (election_before_term_expiry). Its seats are grouped in
`ElectionSeatGroup`s: the general seats, the reserved seats of s.35(2) (one SC/ST, two women) and any territorial
seats elected at area meetings before the AGM (s.30(3)). Each `Candidate` is a member of the register, scrutinised
automatically when entered (membership.elections.scrutiny). The poll is at the meeting, in person (s.41(5)): the
returning officer records the counts; ties are decided by a recorded, reproducible lot (s.44 proviso); the result
is declared by an order and constitutes the Board through supervision's one writer
(governance.services.board.board_constitute).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition


class Election(models.Model):
    class State(models.TextChoices):
        ANNOUNCED = "announced", _("Announced: nominations open")
        COUNTED = "counted", _("Poll held: counts recorded")
        DECLARED = "declared", _("Result declared")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class MeetingKind(models.TextChoices):
        AGM = "agm", _("Annual general meeting")
        SPECIAL = "special", _("Special general meeting called for the election")

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="board_elections")
    # The Board whose term the election renews (None when an officer in charge or no Board is in office).
    board = models.ForeignKey("governance.Board", on_delete=models.PROTECT, null=True, blank=True,
                              related_name="renewal_elections")
    meeting_kind = models.CharField(_("general meeting"), max_length=8, choices=MeetingKind.choices)
    # The general meeting called for the poll (s.41(5)); `general_meeting` is its record once it is held.
    poll_on = models.DateField(_("date of the general meeting (poll)"))
    general_meeting = models.ForeignKey("governance.GeneralMeeting", on_delete=models.PROTECT, null=True,
                                        blank=True, related_name="elections")
    nominations_close_on = models.DateField(_("last day for nominations"))
    sanctioned_strength = models.PositiveSmallIntegerField(_("directors to elect (sanctioned strength)"))
    # The roll (registrar_controls_electoral_rolls): the final voter list valid on the poll day, less employees
    # (membership.voters.rolls.voters_on, purpose board_election); its size when announced, for the notice.
    roll_size = models.PositiveIntegerField(_("voters on the roll"))
    returning_officer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True,
                                          blank=True, related_name="+")
    returning_officer_name = models.CharField(_("returning officer"), max_length=150)
    state = FSMField(max_length=10, choices=State.choices, default=State.ANNOUNCED, protected=True)
    announced_on = models.DateField(_("announced on"))
    announced_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    counted_on = models.DateField(_("counts recorded on"), null=True, blank=True)
    # election_tie_by_lot: the seed of the draw (random, stored before it is used) and the draws it decided,
    # so anyone can re-run the lot and get the same result.
    lot_seed = models.CharField(max_length=64, blank=True)
    lot_draws = models.JSONField(default=list, blank=True)
    declared_on = models.DateField(_("result declared on"), null=True, blank=True)
    result_order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+")
    elected_board = models.OneToOneField("governance.Board", on_delete=models.PROTECT, null=True, blank=True,
                                         related_name="declared_by_election")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-poll_on", "-pk"]
        permissions = [("conduct_election", "Can record the counts of a Board election as its returning officer")]
        constraints = [
            # One election of a society's Board at a time (an open one blocks the secretary's after-the-fact entry).
            models.UniqueConstraint(fields=["society"], condition=Q(state__in=("announced", "counted")),
                                    name="one_open_board_election"),
        ]

    def __str__(self):
        return f"Board election {self.poll_on:%d %b %Y}"

    @property
    def is_open(self) -> bool:
        return self.state in (self.State.ANNOUNCED, self.State.COUNTED)

    @transition(field=state, source=State.ANNOUNCED, target=State.COUNTED)
    def count(self, *, on, meeting, seed, draws):
        self.counted_on, self.general_meeting, self.lot_seed, self.lot_draws = on, meeting, seed, draws

    @transition(field=state, source=State.COUNTED, target=State.DECLARED)
    def declare(self, *, on, order, board):
        self.declared_on, self.result_order, self.elected_board = on, order, board


class ElectionSeatGroup(models.Model):
    """Seats elected together: the general seats, a reserved category (s.35(2)), or one area's territorial seats
    (s.30(3), elected at an area meeting before the AGM)."""

    class Kind(models.TextChoices):
        GENERAL = "general", _("General seats")
        SCST = "scst", _("Reserved: Scheduled Castes or Scheduled Tribes (s.35(2))")
        WOMEN = "women", _("Reserved: women (s.35(2))")
        TERRITORIAL = "territorial", _("Territorial seats (s.30(3))")

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="seat_groups")
    kind = models.CharField(_("seats"), max_length=12, choices=Kind.choices)
    area = models.CharField(_("area"), max_length=120, blank=True)
    seats = models.PositiveSmallIntegerField(_("number of seats"))
    meeting_on = models.DateField(_("area meeting on"), null=True, blank=True)

    class Meta:
        ordering = ["election", "kind", "area"]
        constraints = [models.UniqueConstraint(fields=["election", "kind", "area"], name="one_seat_group_per_kind")]

    def __str__(self):
        label = self.get_kind_display()
        return f"{label}: {self.area}" if self.area else str(label)


class Candidate(models.Model):
    """A member nominated for a seat group, with the automatic scrutiny's finding (s.37, s.40, s.35(2))."""

    class Scrutiny(models.TextChoices):
        ACCEPTED = "accepted", _("Valid")
        REJECTED = "rejected", _("Rejected")

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="candidates")
    group = models.ForeignKey(ElectionSeatGroup, on_delete=models.PROTECT, related_name="candidates")
    member = models.ForeignKey("membership.Member", on_delete=models.PROTECT, related_name="candidatures")
    person = models.ForeignKey("membership.Person", on_delete=models.PROTECT, related_name="candidatures")
    name = models.CharField(_("name"), max_length=120)
    gender = models.CharField(_("gender"), max_length=8)
    category = models.CharField(_("category"), max_length=8)
    nominated_on = models.DateField(_("nominated on"))
    scrutiny = models.CharField(_("scrutiny"), max_length=10, choices=Scrutiny.choices)
    # [{"code": "director_bar", "message": "..."}]: every reason found, in the words shown and printed.
    reasons = models.JSONField(default=list, blank=True)
    votes = models.PositiveIntegerField(_("votes"), null=True, blank=True)
    elected = models.BooleanField(default=False)
    by_lot = models.BooleanField(_("decided by lot"), default=False)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["election", "group", "-votes", "name"]
        constraints = [models.UniqueConstraint(fields=["election", "member"], name="one_candidature_per_member")]

    def __str__(self):
        return f"{self.name} ({self.group})"
