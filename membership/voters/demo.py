"""Demo voter lists (issue 15 point 6), through the services so the clocks, the deadlines board and the activity
log hold them:

- the women's society (SNT/DEMO-MEM/002, secretary: the demo secretary): provisional lists affixed three days
  ago, the objection window open, one objection by the demo member (Mamoni Saikia) awaiting the Board;
- the next demo society with a register: late with its lists (the year closed, no provisional list affixed by day
  20): on the deadlines board as overdue.
Idempotent: a society that already has a list for the year is left alone."""

from datetime import date, timedelta

from django.db import transaction
from guardian.shortcuts import assign_perm

from registrar.demo import demo_user

from ..models import ListState, Member, VoterList, VoterObjection
from . import services

WINDOW_SOCIETY = "SNT/DEMO-MEM/002"


def _year_closed(society, today: date) -> date:
    from societies.governance.rules import financial_year_end_on_or_after, financial_year_start

    return financial_year_start(financial_year_end_on_or_after(today, society.fy_end_month,
                                                               society.fy_end_day)) - timedelta(days=1)


def _window_open(society, secretary, member_user, today: date) -> str:
    closed = _year_closed(society, today)
    voter_list = VoterList.objects.filter(society=society, year_ended_on=closed).first()
    if voter_list is None or voter_list.state == ListState.DUE:
        affixed = max(closed + timedelta(days=1), today - timedelta(days=3))
        voter_list = services.voter_list_affix_provisional(society_id=society.pk, year_ended_on=closed,
                                                           actor=secretary, today=affixed)
    objector = Member.objects.filter(society=society, person__user=member_user).first() if member_user else None
    without = voter_list.entries.filter(has_vote_provisional=False).order_by("number").first()
    if objector and without and voter_list.state == ListState.PROVISIONAL and today <= voter_list.objection_last_day \
            and not VoterObjection.objects.filter(voter_list=voter_list).exists():
        services.voter_objection_file(list_id=voter_list.pk, entry_id=without.pk, actor=member_user, today=today,
                                      grounds=f"No. {without.number} paid the share money and was admitted by the "
                                              "Board in March of last year; the minutes show it.")
    return f"{society.name}: provisional lists affixed {voter_list.provisional_affixed_on:%d %b %Y}, objections " \
           f"until {voter_list.objection_last_day:%d %b %Y}"


def _late(society, today: date) -> str:
    closed = _year_closed(society, today)
    if today <= closed + timedelta(days=20):  # this year's lists are not late yet: the year before is
        closed = _year_closed(society, closed)
    voter_list, _created = services.list_duty_open(society, closed)
    return f"{society.name}: lists for the year closed {closed:%d %b %Y} due by " \
           f"{voter_list.provisional_due_on:%d %b %Y}, not affixed"


def seed(*, today: date, stdout) -> None:
    from societies.models import Society

    secretary = demo_user("secretary", "Nilima Borah", "secretary@example.in")
    member_user = demo_user("member", "Mamoni Saikia", "member@example.in")
    window = Society.objects.filter(registration_number=WINDOW_SOCIETY, members__isnull=False).distinct().first()
    late = (Society.objects.filter(members__isnull=False).exclude(registration_number=WINDOW_SOCIETY)
            .exclude(voter_lists__isnull=False).exclude(board_elections__isnull=False).distinct().order_by("pk")
            .first())
    lines = []
    with transaction.atomic():
        if window is not None:
            assign_perm("societies.act_as_secretary", secretary, window)
            lines.append(_window_open(window, secretary, member_user, today))
        already_late = VoterList.objects.filter(state=ListState.DUE, provisional_due_on__lt=today).first()
        if already_late is not None:
            lines.append(f"{already_late.society.name}: late with its lists (already seeded)")
        elif late is not None:
            assign_perm("societies.act_as_secretary", secretary, late)
            lines.append(_late(late, today))
    for line in lines:
        stdout.write(f"membership.voters: {line}\n")
