"""Voter lists (s.26(3), s.27(1)): each co-operative year the lists of members with and without a vote.

One `VoterList` per society and year close. Its life (lifecycles.md §6, "Annual voter list"):

- `due`: the year has closed (opened by the chore voter_lists_open); the provisional lists are due by day 20
  (rules.yaml voter_list_provisional_20d).
- `provisional`: prepared from the register and affixed on `provisional_affixed_on`; members may object within
  10 days of affixing (voter_list_objection_10d); the Board decides each objection.
- `final`: the Board's final lists affixed on `final_affixed_on`, due by day 40 (voter_list_final_40d). The
  final list is the roll from that day until the next year's final list is affixed (ADR 0041).

`VoterListEntry` is one member on the list: `has_vote_provisional` as prepared from the register, `has_vote`
as it stands (changed only by an upheld objection). `is_employee` (s.26(3) proviso, employee_vote_bar): on
the list with a vote, but no vote in Board elections or on bye-laws. No proxies (no_proxy_voting): the portal
records no proxy anywhere.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition


class ListState(models.TextChoices):
    DUE = "due", _("Provisional lists due")
    PROVISIONAL = "provisional", _("Provisional lists affixed")
    FINAL = "final", _("Final lists affixed")


class NoVoteReason(models.TextChoices):
    """Why an entry is on the list of members without a vote."""

    NOT_FULL_YEAR = "not_full_year", _("Not yet a member for one full financial year (s.27(1))")
    NON_VOTING_CLASS = "non_voting_class", _("Member of a class without a vote (s.50(4))")
    PAYMENT_PENDING = "payment_pending", _("Share payment not made (s.26(2))")
    OBJECTION = "objection", _("Excluded by the Board on an objection (s.26(3))")


class VoterList(models.Model):
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="voter_lists")
    year_ended_on = models.DateField(_("co-operative year closed on"))
    state = FSMField(max_length=12, choices=ListState.choices, default=ListState.DUE, protected=True)
    # voter_list_provisional_20d: read by the deadlines board and voter_list_provisional_reminders.
    provisional_due_on = models.DateField(_("provisional lists due by"))
    # voter_list_final_40d: read by the deadlines board and voter_list_final_reminders.
    final_due_on = models.DateField(_("final lists due by"))
    provisional_affixed_on = models.DateField(_("provisional lists affixed on"), null=True, blank=True)
    # voter_list_objection_10d (affixing + 10 days): objections after it are out of time.
    objection_last_day = models.DateField(_("last day for objections"), null=True, blank=True)
    final_affixed_on = models.DateField(_("final lists affixed on"), null=True, blank=True)
    # The day the register was read for the list (the affixing day).
    register_read_on = models.DateField(_("register read on"), null=True, blank=True)
    prepared_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    finalised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+")

    class Meta:
        ordering = ["society", "-year_ended_on"]
        constraints = [
            models.UniqueConstraint(fields=["society", "year_ended_on"], name="one_voter_list_per_year"),
        ]
        indexes = [
            # membership.clocks VOTER_LIST_PROVISIONAL: board, reminders (open while no provisional list).
            models.Index(fields=["provisional_due_on"], condition=Q(state="due"), name="voterlist_prov_due_idx"),
            # VOTER_LIST_FINAL: open while the final list is not affixed.
            models.Index(fields=["final_due_on"], condition=~Q(state="final"), name="voterlist_final_due_idx"),
            # VOTER_LIST_OBJECTION: the members' window while the provisional list stands.
            models.Index(fields=["objection_last_day"], condition=Q(state="provisional"),
                         name="voterlist_objection_idx"),
            # membership.voters.rolls.final_list_on: the latest final list affixed by a day.
            models.Index(fields=["society", "final_affixed_on"], condition=Q(state="final"),
                         name="voterlist_final_on_idx"),
        ]

    def __str__(self):
        return f"Voter lists for the year closed {self.year_ended_on:%d %b %Y}"

    @transition(field=state, source=ListState.DUE, target=ListState.PROVISIONAL)
    def affix_provisional(self, *, on, objection_last_day, by):
        self.provisional_affixed_on = on
        self.register_read_on = on
        self.objection_last_day = objection_last_day
        self.prepared_by = by

    @transition(field=state, source=ListState.PROVISIONAL, target=ListState.FINAL)
    def affix_final(self, *, on, by):
        self.final_affixed_on = on
        self.finalised_by = by


class VoterListEntry(models.Model):
    voter_list = models.ForeignKey(VoterList, on_delete=models.CASCADE, related_name="entries")
    member = models.ForeignKey("membership.Member", on_delete=models.PROTECT, related_name="voter_list_entries")
    number = models.PositiveIntegerField(_("member number"))
    name = models.CharField(_("name"), max_length=120)
    parent_name = models.CharField(_("father's or husband's name"), max_length=120, blank=True)
    has_vote_provisional = models.BooleanField(_("with a vote (provisional)"))
    has_vote = models.BooleanField(_("with a vote"))
    no_vote_reason = models.CharField(_("why without a vote"), max_length=20, choices=NoVoteReason.choices,
                                      blank=True)
    is_employee = models.BooleanField(_("employee (no vote in Board elections or on bye-laws)"), default=False)

    class Meta:
        ordering = ["voter_list", "number"]
        constraints = [
            models.UniqueConstraint(fields=["voter_list", "member"], name="one_entry_per_member_per_list"),
        ]
        indexes = [models.Index(fields=["voter_list", "has_vote"], name="voterentry_list_vote_idx")]

    def __str__(self):
        return f"No. {self.number} {self.name}"


class ObjectionState(models.TextChoices):
    PENDING = "pending", _("Awaiting the Board's decision")
    UPHELD = "upheld", _("Upheld: the list is corrected")
    REJECTED = "rejected", _("Rejected")


class VoterObjection(models.Model):
    """A member's objection to one entry (s.26(3): "appeal to the Board" within 10 days of affixing): that the
    member named should be on the other list (with a vote / without one)."""

    voter_list = models.ForeignKey(VoterList, on_delete=models.PROTECT, related_name="objections")
    entry = models.ForeignKey(VoterListEntry, on_delete=models.PROTECT, related_name="objections")
    objector = models.ForeignKey("membership.Member", on_delete=models.PROTECT, related_name="+")
    received_on = models.DateField(_("received on"))
    grounds = models.TextField(_("grounds of the objection"))
    state = FSMField(max_length=10, choices=ObjectionState.choices, default=ObjectionState.PENDING, protected=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    decision_reasons = models.TextField(_("the Board's reasons"), blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["voter_list", "received_on", "pk"]
        constraints = [
            # The same objection sent twice (a double click) is one objection.
            models.UniqueConstraint(fields=["entry", "objector"], name="one_objection_per_entry_per_member"),
        ]

    def __str__(self):
        return f"Objection of {self.received_on:%d %b %Y}"

    @property
    def asks_vote(self) -> bool:
        """What the objector asks: the entry moved to the list with a vote (True) or to the one without."""
        return not self.entry.has_vote_provisional

    @transition(field=state, source=ObjectionState.PENDING, target=ObjectionState.UPHELD)
    def uphold(self, *, on, reasons, by):
        self.decided_on, self.decision_reasons, self.decided_by = on, reasons, by

    @transition(field=state, source=ObjectionState.PENDING, target=ObjectionState.REJECTED)
    def reject(self, *, on, reasons, by):
        self.decided_on, self.decision_reasons, self.decided_by = on, reasons, by
