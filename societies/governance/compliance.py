"""The compliance card: does the society keep the law of supervision? Computed from the models, never stored.

Two readers, one set of thresholds:
- `compliance_card(society, today)` builds the card of one society (its page, the public card), a handful of
  queries, with a sentence and a section for every item;
- `compliance_list.compliance_states(queryset, today)` annotates a whole list with each society's overall state
  and key facts in SQL, so the ARCS's list of 14,000 societies can be filtered by state and paginated in a fixed
  number of queries. tests/gov_card checks that both agree on every society of a spread covering every state.

Each item is green (in order), amber (a last day is near, or something awaits the Registrar), red (a last day
has passed, an effect has fired, or a flag awaits a finding) or grey (nothing to judge yet).
"""

import re
from dataclasses import dataclass, field
from datetime import date

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from registrar.calendar import add_years
from registrar.l10n import display_date, local_digits
from registrar.statute.catalogue import yaml_rules
from registrar.statute.plain import section_words
from societies.choices import GovernanceStatus, LegalStatus

from .models import (
    Board,
    BoardMeeting,
    ComplianceFlag,
    Director,
    FinancialYear,
    OfficerAppointment,
    Proceedings,
)
from .rules import MIN_BOARD_MEETINGS_PER_FY
from .timeline import END_REASON_RULE

GREEN, AMBER, RED, GREY = "green", "amber", "red", "grey"
STATES = (GREEN, AMBER, RED)
STATE_LABELS = {GREEN: _("In order"), AMBER: _("Needs attention"), RED: _("Action needed"),
                GREY: _("Not under supervision")}
ITEM_LABELS = {GREEN: _("In order"), AMBER: _("Attention"), RED: _("Action needed"), GREY: _("Nothing yet")}
_SEVERITY = {GREY: 0, GREEN: 1, AMBER: 2, RED: 3}

# When a last day turns an item amber (days before it, today included).
AGM_AMBER_DAYS = 30
RETURN_AMBER_DAYS = 15
TERM_AMBER_DAYS = 180
MEETING_AMBER_DAYS = 15
# Returns are judged for the years that ended in the last three years (the card shows those years).
RETURN_YEARS = 3

# The body corporate no longer exists (or never did): supervision does not apply.
INACTIVE_LEGAL = (LegalStatus.DISSOLVED, LegalStatus.IN_LIQUIDATION, LegalStatus.REGISTRATION_SET_ASIDE,
                  LegalStatus.DIVIDED, LegalStatus.AMALGAMATED, LegalStatus.MERGED_OUT)

AGM_LABEL = _("Last AGM")
AGM_NO_YEAR = _("No financial year has ended yet. The first AGM is due by %(last)s.")
AGM_NONE = _("No financial year recorded yet.")
AGM_HELD = _("Held on %(held)s for the year %(year)s, within the last day %(last)s.")
AGM_HELD_LATE = _("Held on %(held)s for the year %(year)s, after the last day %(last)s.")
AGM_DUE = _("Not yet held for the year %(year)s. Last day %(last)s (%(days)s days left).")
AGM_MISSED = _("Not held for the year %(year)s by the last day %(last)s.")
RETURN_LABEL = _("Annual return %(year)s")
RETURNS_LABEL = _("Annual returns")
RETURNS_NONE = _("No financial year has ended yet: nothing to file.")
RETURN_FILED = _("Filed on %(filed)s (last day %(last)s).")
RETURN_FILED_LATE = _("Filed on %(filed)s, after the last day %(last)s.")
RETURN_DUE = _("Not yet filed. Last day %(last)s (%(days)s days left).")
RETURN_OVERDUE = _("Overdue: not filed by the last day %(last)s.")
TERM_LABEL = _("Board's term")
# The Board's kind as it reads mid-sentence in TERM_* ("The elected Board's term ends on ..."): the choice labels
# are capitalised for table cells and carry the section, which a sentence does not need.
KIND_IN_TEXT = {Board.Kind.ELECTED: _("elected Board"), Board.Kind.PROMOTER: _("promoter Board")}
TERM_OK = _("The %(kind)s's term ends on %(last)s.")
TERM_SOON = _("The %(kind)s's term ends on %(last)s (%(days)s days left): a new Board must be elected by then.")
TERM_PASSED = _("The %(kind)s's term ended on %(last)s and no new Board has been elected.")
TERM_OFFICER = _("No Board: an officer is in charge under s.41(6) and must constitute a Board by %(last)s.")
TERM_OFFICER_LATE = _("No Board: the officer in charge under s.41(6) had to constitute a Board by %(last)s.")
TERM_CEASED = _("No Board in office since %(ended)s: %(reason)s")
TERM_SUPERSEDED = _("The Board is superseded: an administrator is in charge (s.125).")
TERM_NONE = _("No Board recorded yet.")
MEETINGS_LABEL = _("Board meetings this year")
MEETINGS_NO_BOARD = _("No Board in office.")
MEETINGS_OK = _("%(count)s of %(min)s held with quorum in %(year)s. Next meeting due by %(next)s.")
MEETINGS_SOON = _("%(count)s of %(min)s held with quorum in %(year)s. Next meeting due by %(next)s "
                  "(%(days)s days left).")
MEETINGS_LATE = _("%(count)s of %(min)s held with quorum in %(year)s. The next meeting was due by %(next)s.")
MEETINGS_CEASED = _("%(count)s of %(min)s held with quorum in %(year)s. The President ceased for a gap of more "
                    "than 120 days; the Board has not met since.")
PROCEEDINGS_LABEL = _("General-meeting proceedings")
PROCEEDINGS_NONE = _("No proceedings sent to the Registrar yet.")
PROCEEDINGS_FILED = _("Received on %(received)s, awaiting the Registrar: deemed approved if not decided by "
                      "%(last)s.")
PROCEEDINGS_APPROVED = _("Approved on %(decided)s.")
PROCEEDINGS_DEEMED = _("Deemed approved from %(decided)s (no decision within 15 days).")
PROCEEDINGS_RETURNED = _("Returned with observations on %(decided)s: corrected proceedings must be sent.")
FLAGS_LABEL = _("Open flags")
FLAGS_NONE = _("No finding awaits the Registrar.")
FLAGS_OPEN = _("%(count)s awaiting the Registrar's order: %(kinds)s.")



def _d(day: date | None) -> str:
    """'17 Mar 2026'; on Assamese pages Assamese month and digits (registrar.l10n)."""
    return display_date(day)


def worst(states) -> str:
    return max(states, key=_SEVERITY.__getitem__, default=GREY)


def _by_last_day(last: date, today: date, amber_days: int) -> str:
    if last < today:
        return RED
    return AMBER if (last - today).days <= amber_days else GREEN


@dataclass(frozen=True)
class CardItem:
    key: str  # agm | annual_return | board_term | board_meetings | proceedings | flags
    label: str
    status: str
    detail: str
    rule_id: str = ""
    day: date | None = None  # the last day, or the day it was met

    @property
    def status_label(self) -> str:
        return ITEM_LABELS[self.status]

    @property
    def section(self) -> str:
        return f"s.{yaml_rules()[self.rule_id]['section']}" if self.rule_id else ""

    @property
    def section_in_words(self) -> str:
        """'Section 39, 40(4)(a) of the Assam Co-operative Societies Act, 2007', in the page's language (the
        public card names the law in words, never by rule id: issue 25 point 6)."""
        return section_words(str(yaml_rules()[self.rule_id]["section"])) if self.rule_id else ""


@dataclass
class Card:
    items: list[CardItem]
    active: bool = True

    @property
    def overall(self) -> str:
        return worst(i.status for i in self.items) if self.active else GREY

    @property
    def overall_label(self) -> str:
        return STATE_LABELS[self.overall]


@dataclass
class Governance:
    """Who runs the society now (lifecycles.md §3), with names of office-bearers only."""

    status: str
    label: str
    board: Board | None = None
    president: str = ""
    vice_president: str = ""
    directors: list = field(default_factory=list)
    officer: OfficerAppointment | None = None
    officer_name: str = ""
    last_board: Board | None = None

    @cached_property
    def rule_id(self) -> str:
        if self.board is not None:
            return "board_term_5y" if self.board.kind == Board.Kind.ELECTED else "promoter_board_max_1y"
        if self.officer is not None:
            return "registrar_officer_constitutes_board_90d"
        return ""


def natural_key(name: str) -> tuple:
    """'Director 2' before 'Director 10': runs of digits compare as numbers, the rest without case."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in
                 re.split(r"(\d+)", name.casefold()) if part)


def governance_summary(society) -> Governance:
    """The current Board (President, Vice-President and term), the officer in charge, or the Board that ended."""
    if society.legal_status in INACTIVE_LEGAL:
        return Governance(status=society.legal_status, label=society.get_legal_status_display())
    summary = Governance(status=society.governance_status, label=society.get_governance_status_display())
    boards = list(Board.objects.filter(society=society).order_by("-took_office_on", "-pk")[:2])
    current = next((b for b in boards if b.ended_on is None), None)
    if current is not None:
        summary.board = current
        rank = {Director.Office.PRESIDENT: 0, Director.Office.VICE_PRESIDENT: 1}
        summary.directors = sorted(current.directors.filter(ceased_on__isnull=True),
                                   key=lambda d: (rank.get(d.office, 2), natural_key(d.name), d.pk))
        for director in summary.directors:
            if director.office_ceased_on is None and director.office == Director.Office.PRESIDENT:
                summary.president = director.name
            elif director.office_ceased_on is None and director.office == Director.Office.VICE_PRESIDENT:
                summary.vice_president = director.name
    else:
        summary.last_board = boards[0] if boards else None
    if society.governance_status == GovernanceStatus.OFFICER_IN_CHARGE:
        summary.officer = (OfficerAppointment.objects.filter(society=society, ended_on__isnull=True)
                           .select_related("officer").first())
        if summary.officer is not None:
            summary.officer_name = summary.officer.officer.get_full_name() or summary.officer.officer.username
    return summary


def fy_end_day(society) -> date:
    """The society's year-end as a date in a leap year (29 Feb possible), for display as '31 March'."""
    return date(2000, society.fy_end_month, society.fy_end_day)


# ---- one society's card -------------------------------------------------------------------------------------

def latest_year_since(today: date) -> date:
    """The latest ended year is the one that ended in the twelve months before today (one row at most)."""
    return add_years(today, -1)


def _agm_item(years: list[FinancialYear], today: date) -> CardItem:
    ended = [y for y in years if latest_year_since(today) <= y.ends_on < today]
    if not ended:
        upcoming = [y for y in years if y.ends_on >= today]
        if not upcoming:
            return CardItem("agm", AGM_LABEL, GREY, str(AGM_NONE), "agm_within_6_months")
        first = upcoming[-1]
        return CardItem("agm", AGM_LABEL, GREY, AGM_NO_YEAR % {"last": _d(first.agm_last_day)},
                        "agm_within_6_months", first.agm_last_day)
    year = ended[0]
    params = {"year": year.label, "last": _d(year.agm_last_day), "held": _d(year.agm_held_on)}
    if year.agm_held_on:
        late = year.agm_held_on > year.agm_last_day
        return CardItem("agm", AGM_LABEL, RED if late else GREEN, (AGM_HELD_LATE if late else AGM_HELD) % params,
                        "agm_within_6_months", year.agm_held_on)
    status = _by_last_day(year.agm_last_day, today, AGM_AMBER_DAYS)
    text = AGM_MISSED if status == RED else AGM_DUE
    return CardItem("agm", AGM_LABEL, status, text % {**params, "days": local_digits((year.agm_last_day - today).days)},
                    "agm_within_6_months", year.agm_last_day)


def return_years(years: list[FinancialYear], today: date) -> list[FinancialYear]:
    """The years whose return the card judges: ended before today, within the last RETURN_YEARS years."""
    since = add_years(today, -RETURN_YEARS)
    return [y for y in years if since <= y.ends_on < today]


def _return_items(years: list[FinancialYear], today: date) -> list[CardItem]:
    judged = return_years(years, today)
    if not judged:
        return [CardItem("annual_return", str(RETURNS_LABEL), GREY, str(RETURNS_NONE), "annual_returns_30d")]
    items = []
    for year in judged:
        label = RETURN_LABEL % {"year": year.label}
        params = {"last": _d(year.returns_last_day), "filed": _d(year.returns_filed_on),
                  "days": local_digits((year.returns_last_day - today).days)}
        if year.returns_filed_on:
            late = year.returns_filed_on > year.returns_last_day
            items.append(CardItem("annual_return", label, GREEN, (RETURN_FILED_LATE if late else RETURN_FILED)
                                  % params, "annual_returns_30d", year.returns_filed_on))
            continue
        status = _by_last_day(year.returns_last_day, today, RETURN_AMBER_DAYS)
        items.append(CardItem("annual_return", label, status, (RETURN_OVERDUE if status == RED else RETURN_DUE)
                              % params, "annual_returns_30d", year.returns_last_day))
    return items


def _term_item(society, board: Board | None, officer: OfficerAppointment | None, last_board: Board | None,
               today: date) -> CardItem:
    if board is not None:
        rule_id = "board_term_5y" if board.kind == Board.Kind.ELECTED else "promoter_board_max_1y"
        status = _by_last_day(board.term_ends_on, today, TERM_AMBER_DAYS)
        text = {RED: TERM_PASSED, AMBER: TERM_SOON, GREEN: TERM_OK}[status]
        return CardItem("board_term", TERM_LABEL, status, text % {
            "kind": KIND_IN_TEXT[board.kind], "last": _d(board.term_ends_on),
            "days": local_digits((board.term_ends_on - today).days)}, rule_id, board.term_ends_on)
    status = society.governance_status
    if status == GovernanceStatus.OFFICER_IN_CHARGE and officer is not None:
        late = officer.board_due_on < today
        return CardItem("board_term", TERM_LABEL, RED if late else AMBER,
                        (TERM_OFFICER_LATE if late else TERM_OFFICER) % {"last": _d(officer.board_due_on)},
                        "registrar_officer_constitutes_board_90d", officer.board_due_on)
    if status == GovernanceStatus.SUPERSEDED:
        return CardItem("board_term", TERM_LABEL, GREY, str(TERM_SUPERSEDED))
    if status in (GovernanceStatus.BOARD_CEASED, GovernanceStatus.OFFICER_IN_CHARGE):
        reason = last_board.get_end_reason_display() if last_board and last_board.end_reason else ""
        return CardItem("board_term", TERM_LABEL, RED, TERM_CEASED % {
            "ended": _d(last_board.ended_on if last_board else None), "reason": reason},
            END_REASON_RULE.get(last_board.end_reason if last_board else "", "board_term_5y"),
            last_board.ended_on if last_board else None)
    return CardItem("board_term", TERM_LABEL, GREY, str(TERM_NONE))


def current_year(years: list[FinancialYear], today: date) -> FinancialYear | None:
    return next((y for y in years if y.starts_on <= today <= y.ends_on), years[0] if years else None)


def _meetings_item(board: Board | None, year: FinancialYear | None, held: int, today: date) -> CardItem:
    if board is None:
        return CardItem("board_meetings", MEETINGS_LABEL, GREY, str(MEETINGS_NO_BOARD), "board_meetings_min_4_per_fy")
    params = {"count": local_digits(held), "min": local_digits(MIN_BOARD_MEETINGS_PER_FY), "year": year.label if year else "—",
              "next": _d(board.next_meeting_due_on)}
    if board.next_meeting_due_on is None:
        return CardItem("board_meetings", MEETINGS_LABEL, RED, MEETINGS_CEASED % params, "board_meeting_gap_max_120d")
    status = _by_last_day(board.next_meeting_due_on, today, MEETING_AMBER_DAYS)
    text = {RED: MEETINGS_LATE, AMBER: MEETINGS_SOON, GREEN: MEETINGS_OK}[status]
    return CardItem("board_meetings", MEETINGS_LABEL, status,
                    text % {**params, "days": local_digits((board.next_meeting_due_on - today).days)},
                    "board_meeting_gap_max_120d", board.next_meeting_due_on)


def _proceedings_item(latest: Proceedings | None) -> CardItem:
    rule_id = "gm_proceedings_deemed_approved_15d"
    if latest is None:
        return CardItem("proceedings", PROCEEDINGS_LABEL, GREY, str(PROCEEDINGS_NONE), rule_id)
    params = {"received": _d(latest.received_on), "last": _d(latest.approval_last_day),
              "decided": _d(latest.decided_on)}
    state = Proceedings.State
    status, text, day = {
        state.FILED: (AMBER, PROCEEDINGS_FILED, latest.approval_last_day),
        state.APPROVED: (GREEN, PROCEEDINGS_APPROVED, latest.decided_on),
        state.DEEMED_APPROVED: (GREEN, PROCEEDINGS_DEEMED, latest.decided_on),
        state.RETURNED: (RED, PROCEEDINGS_RETURNED, latest.decided_on),
    }[latest.state]
    return CardItem("proceedings", PROCEEDINGS_LABEL, status, text % params, rule_id, day)


def _flags_item(flags: list[ComplianceFlag]) -> CardItem:
    if not flags:
        return CardItem("flags", FLAGS_LABEL, GREEN, str(FLAGS_NONE))
    kinds = "; ".join(dict.fromkeys(str(f.get_kind_display()) for f in flags))
    return CardItem("flags", FLAGS_LABEL, RED, FLAGS_OPEN % {"count": local_digits(len(flags)), "kinds": kinds},
                    flags[0].rule_id if flags[0].rule_id in yaml_rules() else "", flags[0].raised_on)


@dataclass
class SocietyFacts:
    """Everything the card and the society pages read, fetched once."""

    years: list[FinancialYear]
    board: Board | None
    last_board: Board | None
    officer: OfficerAppointment | None
    meetings_held: int
    latest_proceedings: Proceedings | None
    open_flags: list[ComplianceFlag]


def society_facts(society, today: date) -> SocietyFacts:
    years = list(FinancialYear.objects.filter(society=society).order_by("-ends_on"))
    boards = list(Board.objects.filter(society=society).order_by("-took_office_on", "-pk")[:2])
    board = next((b for b in boards if b.ended_on is None), None)
    year = current_year(years, today)
    held = 0
    if board is not None and year is not None:
        held = (BoardMeeting.objects.filter(society=society, quorum_met=True,
                                            held_on__range=(year.starts_on, min(today, year.ends_on)))
                .order_by().values("held_on").distinct().count())  # days, as the s.43(1) sweep counts them
    officer = None
    if society.governance_status == GovernanceStatus.OFFICER_IN_CHARGE:
        officer = OfficerAppointment.objects.filter(society=society, ended_on__isnull=True).first()
    return SocietyFacts(
        years=years, board=board, last_board=None if board else (boards[0] if boards else None), officer=officer,
        meetings_held=held,
        latest_proceedings=Proceedings.objects.filter(society=society).order_by("-received_on", "-pk").first(),
        open_flags=list(ComplianceFlag.objects.filter(society=society, state=ComplianceFlag.State.OPEN)),
    )


def compliance_card(society, today: date, facts: SocietyFacts | None = None) -> Card:
    facts = facts or society_facts(society, today)
    items = [
        _agm_item(facts.years, today),
        *_return_items(facts.years, today),
        _term_item(society, facts.board, facts.officer, facts.last_board, today),
        _meetings_item(facts.board, current_year(facts.years, today), facts.meetings_held, today),
        _proceedings_item(facts.latest_proceedings),
        _flags_item(facts.open_flags),
    ]
    return Card(items=items, active=society.legal_status not in INACTIVE_LEGAL)
