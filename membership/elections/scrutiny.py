"""The automatic scrutiny of a nomination for the Board (issue 15 point 3). Every reason found is kept, in the
words shown on the page and printed on the scrutiny list; one reason rejects the nomination.

Checked, each from what the portal records:
- the nominee is a member on the register on the poll day, and on the roll: the final voter list valid on the
  poll day less employees (membership.voters.rolls.voters_on, purpose board_election; s.40(1) "voting rights",
  s.26(3) proviso, rules.yaml employee_vote_bar, registrar_controls_electoral_rolls);
- one full financial year of membership, founders excepted (s.27(1), voting_after_one_full_fy);
- the bars supervision has recorded on the person's Director rows in any society, or on the same name in this
  society for a director not yet linked (s.40(4), director_bar_5y_after_cessation; s.140(3) for a superseded
  PACS Board's directors, pacs_superseded_director_bar_5y, worded as such);
- arrears: a due of the person in the dues ledger unpaid past its last day (s.37, s.40(1) "free of default");
- the seat: a reserved SC/ST seat needs a nominee of that category, a women's seat a woman (s.35(2)).
Not checked (the portal does not record it): attendance at two AGMs in five years (s.40(1)), the s.37 grounds
without numbers (insolvency, moral turpitude, contracts), a territorial nominee's residence in the area.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from dues.models import Due
from dues.selectors import dues_unpaid
from societies.governance.services.board import bar_dates

from ..models import AdmissionBasis, Candidate, ElectionSeatGroup, Member
from ..rules import voting_admitted_by

NOT_CURRENT = _("Not a member of the society on the poll day.")
EMPLOYEE = _("An employee of the society has no vote in Board elections and cannot stand (s.26(3) proviso).")
ONE_FULL_YEAR = _("Has not completed one full financial year of membership by the poll day (s.27(1)): admitted "
                  "%(admitted)s.")
NOT_ON_ROLL = _("Not on the final voter list valid on the poll day (s.26(3), s.40(1)).")
DIRECTOR_BAR = _("May not be a Director until %(day)s (s.40(4)), as recorded by supervision.")
SUPERSESSION_BAR = _("May not contest until %(day)s: a director of a PACS Board superseded for losses or "
                     "irregularities (s.140(3)), as recorded by supervision.")
ARREARS = _("In arrears: %(count)s due(s) unpaid past their last day to pay (s.37, s.40(1)).")
NOT_SCST = _("The reserved seat is for a member of the Scheduled Castes or Scheduled Tribes (s.35(2)).")
NOT_WOMAN = _("The reserved seat is for a woman (s.35(2)).")


MESSAGES = {"not_current": NOT_CURRENT, "employee": EMPLOYEE, "one_full_year": ONE_FULL_YEAR,
            "not_on_roll": NOT_ON_ROLL, "director_bar": DIRECTOR_BAR, "supersession_bar": SUPERSESSION_BAR, "arrears": ARREARS, "not_scst": NOT_SCST,
            "not_woman": NOT_WOMAN}


@dataclass(frozen=True)
class Finding:
    """A reason, stored as its code and parameters (Candidate.reasons) and worded in the reader's language."""

    code: str
    params: dict

    def as_json(self) -> dict:
        return {"code": self.code, "params": self.params}


DATE_PARAMS = ("admitted", "day")


def reason_text(reason: dict) -> str:
    """A stored reason in the active language (the page, or the PDF's language); dates are stored ISO and shown
    the reader's way (registrar.l10n: Assamese month names and digits on Assamese pages)."""
    from datetime import date

    from registrar.l10n import display_date

    params = dict(reason.get("params", {}))
    for key in DATE_PARAMS:
        if key in params:
            params[key] = display_date(date.fromisoformat(params[key]), "d M Y")
    return str(MESSAGES[reason["code"]]) % params


def _roll(election):
    from ..voters.rolls import voters_on

    return voters_on(election.society_id, election.poll_on, purpose="board_election")


def _arrears(member: Member, on: date) -> int:
    person = member.person
    mine = Q(person_user_id=person.user_id) if person.user_id else Q(person_user__isnull=True,
                                                                       person_name__iexact=person.name.strip())
    return dues_unpaid(on=on, queryset=Due.objects.filter(mine)).count()


def _superseded_bar(society, member: Member, until: date) -> bool:
    """Is the latest bar the s.140(3) one (a superseded PACS Board's director, societies.supersession.bars)?"""
    from societies.governance.models import Director

    mine = Q(board__society=society, name__iexact=member.person.name.strip())
    if member.person_id:
        mine |= Q(person_id=member.person_id)
    return Director.objects.filter(mine, cessation=Director.Cessation.SUPERSEDED, director_bar_until=until).exists()


def scrutinise(election, group: ElectionSeatGroup, member: Member, *, on: date) -> list[Finding]:
    """Every reason `member` may not stand for `group` in `election`; empty when the nomination is valid."""
    day = election.poll_on
    found = []
    if member.ceased_on is not None and member.ceased_on <= day:
        found.append(Finding("not_current", {}))
    if member.is_employee:
        found.append(Finding("employee", {}))
    founder = member.admission_basis == AdmissionBasis.FOUNDER
    if not founder and member.admitted_on > voting_admitted_by(day):
        found.append(Finding("one_full_year", {"admitted": member.admitted_on.isoformat()}))
    if not found and not _roll(election).filter(pk=member.pk).exists():
        found.append(Finding("not_on_roll", {}))
    director_bar, _office_bar = bar_dates(election.society, member.person.name, day, member.person_id)
    if director_bar:
        code = "supersession_bar" if _superseded_bar(election.society, member, director_bar) else "director_bar"
        found.append(Finding(code, {"day": director_bar.isoformat()}))
    arrears = _arrears(member, on)
    if arrears:
        found.append(Finding("arrears", {"count": arrears}))
    if group.kind == ElectionSeatGroup.Kind.SCST and member.category not in ("sc", "st"):
        found.append(Finding("not_scst", {}))
    if group.kind == ElectionSeatGroup.Kind.WOMEN and member.person.gender != "woman":
        found.append(Finding("not_woman", {}))
    return found


def verdict(found: list[Finding]) -> str:
    return Candidate.Scrutiny.REJECTED if found else Candidate.Scrutiny.ACCEPTED
