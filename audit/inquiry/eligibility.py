"""Who may apply for an inquiry (s.87(1); rules.yaml inquiry_application_thresholds), read from the registers where
they exist: the members from the register of members (membership), the Directors from the Board in office
(governance). A paper petition's signatories are checked one by one against the register."""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

from . import rules
from .models import Applicant

NOT_ON_REGISTER = _("No. %(number)s is not on the register on %(day)s")
NAME_DIFFERS = _("No. %(number)s is %(register)s on the register, not %(given)s")
NOT_A_DIRECTOR = _("%(name)s is not a Director in office")
UNREADABLE = _("line %(line)s does not read as “member number, name”")
DUPLICATE = _("No. %(number)s signed twice")
NO_REGISTER = _("The society has no register of members on the portal: the number of members (%(total)s) is as the "
                "application states it, not checked.")
NO_BOARD = _("No Board in office is recorded: the number of Directors (%(total)s) is as the application states it, "
             "not checked.")
TOTAL_NEEDED = _("Give the number of members (or Directors) the society has: the portal has no register to count "
                 "them from.")
BELOW_THRESHOLD = _("Not maintainable under s.87(1): %(valid)s valid signatories of %(total)s %(whom)s; at least "
                    "%(needed)s are needed (%(fraction)s).")
MEMBERS_WORD = _("members")
DIRECTORS_WORD = _("Directors")
ONE_TENTH = _("one tenth")
ONE_THIRD = _("one third")


@dataclass
class Check:
    valid: int = 0
    total: int | None = None
    problems: list = None
    note: str = ""
    error: str = ""


def members_on_register(society, day: date) -> int | None:
    """The members on the register on `day`; None when the society has no register on the portal. The voter-roll
    module's count where it exists (membership.voters.rolls), else the register's own count."""
    from membership.selectors import has_register, register_counts

    if not has_register(society.pk):
        return None
    try:
        from membership.voters.rolls import members_on_register_count
    except ImportError:
        return register_counts(society.pk, day).members
    return members_on_register_count(society, day)


def _norm(name: str) -> str:
    return " ".join(name.casefold().replace(".", " ").split())


def _member_lines(text: str):
    for index, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        number, _sep, name = line.partition(",")
        yield index, number.strip().lstrip("#").strip(), name.strip()


def check_members(society, signatories: str, day: date, declared_total: int | None) -> Check:
    from membership.selectors import on_register, versions_as_at

    check = Check(problems=[])
    total = members_on_register(society, day)
    lines = list(_member_lines(signatories))
    if total is None:
        if not declared_total:
            check.error = str(TOTAL_NEEDED)
            return check
        check.total, check.valid = declared_total, len(lines)
        check.note = str(NO_REGISTER % {"total": declared_total})
        return check
    check.total = total
    numbers = [int(n) for _i, n, _name in lines if n.isdigit()]
    names = dict(versions_as_at(society.pk, day).filter(on_register(day), number__in=numbers)
                 .values_list("number", "name")) if numbers else {}
    seen = set()
    for index, number, name in lines:
        if not number.isdigit():
            check.problems.append(str(UNREADABLE % {"line": index}))
            continue
        number = int(number)
        if number in seen:
            check.problems.append(str(DUPLICATE % {"number": number}))
        elif number not in names:
            check.problems.append(str(NOT_ON_REGISTER % {"number": number, "day": f"{day:%d %b %Y}"}))
        elif name and _norm(name) != _norm(names[number]):
            check.problems.append(str(NAME_DIFFERS % {"number": number, "register": names[number], "given": name}))
        else:
            check.valid += 1
        seen.add(number)
    return check


def check_directors(society, signatories: str, declared_total: int | None) -> Check:
    from societies.governance.selectors import current_board

    check = Check(problems=[])
    names = [line.split(",")[-1].strip() for line in signatories.splitlines() if line.strip()]
    board = current_board(society)
    directors = list(board.directors.filter(ceased_on__isnull=True).values_list("name", flat=True)) if board else []
    if not directors:
        if not declared_total:
            check.error = str(TOTAL_NEEDED)
            return check
        check.total, check.valid = declared_total, len(names)
        check.note = str(NO_BOARD % {"total": declared_total})
        return check
    check.total = len(directors)
    in_office = {_norm(n) for n in directors}
    seen = set()
    for name in names:
        key = _norm(name)
        if key in in_office and key not in seen:
            check.valid += 1
            seen.add(key)
        else:
            check.problems.append(str(NOT_A_DIRECTOR % {"name": name}))
    return check


def check_applicant(society, kind: str, signatories: str, day: date, declared_total: int | None = None) -> Check:
    """Check an application's standing on `day` (its receipt). Sets `error` when it is not maintainable."""
    if kind == Applicant.MEMBERS:
        check = check_members(society, signatories, day, declared_total)
        threshold, whom, fraction = rules.members_threshold, MEMBERS_WORD, ONE_TENTH
    elif kind == Applicant.DIRECTORS:
        check = check_directors(society, signatories, declared_total)
        threshold, whom, fraction = rules.directors_threshold, DIRECTORS_WORD, ONE_THIRD
    else:
        return Check(problems=[])   # an affiliating society or a creditor applies as one body
    if check.error:
        return check
    result = threshold(check.valid, check.total)
    if not result.met:
        check.error = str(BELOW_THRESHOLD % {"valid": check.valid, "total": check.total, "whom": whom,
                                             "needed": result.needed, "fraction": fraction})
    return check
