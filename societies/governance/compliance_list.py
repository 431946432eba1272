"""The compliance card's states for a whole list, in SQL (the card of one society is compliance.py).

`compliance_states(queryset, today)` annotates every society of the ARCS's list (14,000 of them) with its
overall state and key facts in one query, with the thresholds compliance.py defines, so the list can be filtered
by state and paginated; tests/gov_card checks that the two agree on every society of a spread.
"""

from datetime import date, timedelta

from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    FilteredRelation,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from registrar.calendar import add_years
from societies.choices import GovernanceStatus

from .compliance import (
    AGM_AMBER_DAYS,
    AMBER,
    GREEN,
    GREY,
    INACTIVE_LEGAL,
    MEETING_AMBER_DAYS,
    RED,
    RETURN_AMBER_DAYS,
    RETURN_YEARS,
    TERM_AMBER_DAYS,
    latest_year_since,
)
from .models import ComplianceFlag, FinancialYear, Proceedings


def compliance_states(societies: QuerySet, today: date) -> QuerySet:
    """`societies` annotated with `compliance_state` (green/amber/red/grey) and the list's key facts:
    le_* (the latest ended year: ends_on, agm_last_day, agm_held_on, returns_last_day, returns_filed_on),
    board_kind, term_ends_on, next_meeting_due_on, open_flags, proceedings_state. One query however many rows;
    filter with `.filter(compliance_state=...)`. The same thresholds as compliance_card (tests/gov_card).

    The current Board, the officer in charge and the latest ended year are joins, not subqueries: each is at
    most one row per society (the partial unique constraints; one year ends in any twelve months), and Django
    repeats a subquery annotation wherever the CASE names it, which made the state filter at 14,000 societies
    take seconds (bench/compliance_list_bench.py)."""
    society = OuterRef("pk")
    since = add_years(today, -RETURN_YEARS)
    judged = FinancialYear.objects.filter(society=society, ends_on__lt=today, ends_on__gte=since,
                                          returns_filed_on__isnull=True)
    flags = (ComplianceFlag.objects.filter(society=society, state=ComplianceFlag.State.OPEN)
             .order_by().values("society").annotate(n=Count("pk")).values("n"))
    latest = Proceedings.objects.filter(society=society).order_by("-received_on", "-pk")
    qs = societies.annotate(
        le=FilteredRelation("financial_years", condition=Q(
            financial_years__ends_on__lt=today, financial_years__ends_on__gte=latest_year_since(today))),
        cb=FilteredRelation("boards", condition=Q(boards__ended_on__isnull=True)),
        oa=FilteredRelation("officer_appointments", condition=Q(officer_appointments__ended_on__isnull=True)),
    ).annotate(
        le_ends_on=F("le__ends_on"), le_agm_last_day=F("le__agm_last_day"), le_agm_held_on=F("le__agm_held_on"),
        le_returns_last_day=F("le__returns_last_day"), le_returns_filed_on=F("le__returns_filed_on"),
        board_kind=F("cb__kind"), term_ends_on=F("cb__term_ends_on"),
        next_meeting_due_on=F("cb__next_meeting_due_on"), officer_board_due_on=F("oa__board_due_on"),
        returns_overdue=Exists(judged.filter(returns_last_day__lt=today)),
        open_flags=Coalesce(Subquery(flags, output_field=IntegerField()), 0),
        proceedings_state=Subquery(latest.values("state")[:1], output_field=CharField()),
    )
    board = Q(cb__id__isnull=False)
    officer_in_charge = Q(governance_status=GovernanceStatus.OFFICER_IN_CHARGE, cb__id__isnull=True)
    red = (
        Q(le__agm_held_on__isnull=False, le__agm_held_on__gt=F("le__agm_last_day"))
        | Q(le__id__isnull=False, le__agm_held_on__isnull=True, le__agm_last_day__lt=today)
        | Exists(judged.filter(returns_last_day__lt=today))
        | (board & Q(cb__term_ends_on__lt=today))
        | (board & Q(cb__next_meeting_due_on__isnull=True))
        | (board & Q(cb__next_meeting_due_on__lt=today))
        | (officer_in_charge & Q(oa__board_due_on__lt=today))
        | (officer_in_charge & Q(oa__id__isnull=True))
        | Q(governance_status=GovernanceStatus.BOARD_CEASED, cb__id__isnull=True)
        | Q(proceedings_state=Proceedings.State.RETURNED)
        | Exists(ComplianceFlag.objects.filter(society=society, state=ComplianceFlag.State.OPEN))
    )
    amber = (
        Q(le__id__isnull=False, le__agm_held_on__isnull=True,
          le__agm_last_day__lte=today + timedelta(days=AGM_AMBER_DAYS))
        | Exists(judged.filter(returns_last_day__range=(today, today + timedelta(days=RETURN_AMBER_DAYS))))
        | (board & Q(cb__term_ends_on__lte=today + timedelta(days=TERM_AMBER_DAYS)))
        | (board & Q(cb__next_meeting_due_on__lte=today + timedelta(days=MEETING_AMBER_DAYS)))
        | officer_in_charge
        | Q(proceedings_state=Proceedings.State.FILED)
    )
    return qs.annotate(compliance_state=Case(
        When(legal_status__in=INACTIVE_LEGAL, then=Value(GREY)),
        When(red, then=Value(RED)),
        When(amber, then=Value(AMBER)),
        default=Value(GREEN), output_field=CharField(),
    ))
