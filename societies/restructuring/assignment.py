"""Which successor each member goes to, as the scheme says (s.13(1): a division allots the members among the new
societies; ss.14(1), 15(1): an amalgamation or a merger has one successor, which every assenting member joins).

A division's allotment is typed on each new society's row (SchemeSociety.member_numbers, "1-120, 131"): the member
numbers of the old register whose interest goes to it. Pure parsing here; `member_successors` reads the rows.
"""

from societies.bylaws.rules import parse_numbers

from .models import SchemeKind, SchemeRole


class NumbersError(ValueError):
    pass


def parse_member_numbers(text: str) -> set[int]:
    """"1-120, 131" -> {1, ..., 120, 131}: the same reading the scheme's record checked them with
    (societies.bylaws.rules.parse_numbers, used by services.scheme). NumbersError on anything else."""
    try:
        return set(parse_numbers(text))
    except ValueError as exc:
        raise NumbersError(str(exc)) from None


def successors_of(parties) -> list:
    """The scheme's successors (new societies, or the existing society merged into), in their order."""
    return [p for p in parties if p.role in (SchemeRole.NEW_SUCCESSOR, SchemeRole.EXISTING_SUCCESSOR)]


def member_successors(scheme, parties) -> tuple[dict[tuple[int, int], object], list[str]]:
    """{(transferor society id, member number): successor party} and the problems found (numbers allotted to two
    new societies, text that is not a list of numbers). For an amalgamation or merger every member of every
    transferor goes to the one successor: the key (society id, None) maps all of them."""
    successors = successors_of(parties)
    problems: list[str] = []
    if scheme.kind != SchemeKind.DIVISION:
        return ({(p.society_id, None): successors[0] for p in parties if p.role == SchemeRole.TRANSFEROR}
                if successors else {}), problems
    transferor = next((p for p in parties if p.role == SchemeRole.TRANSFEROR), None)
    found: dict[tuple[int, int], object] = {}
    if transferor is None:
        return found, problems
    for party in successors:
        try:
            numbers = parse_member_numbers(party.member_numbers)
        except NumbersError as exc:
            problems.append(f"{party.proposed_name or party.society}: {exc}")
            continue
        for number in numbers:
            key = (transferor.society_id, number)
            if key in found and found[key] is not party:
                problems.append(f"No. {number}")
            found[key] = party
    return found, problems


def successor_for(mapping: dict, society_id: int, number: int):
    return mapping.get((society_id, number)) or mapping.get((society_id, None))
