"""Every row of an imported register, validated before anything is saved (issue 14 point 6). No database:
the society's existing numbers, people and share figures are passed in (membership.services.imports reads them
in three queries).

`check_rows(headers, body, context)` returns (rows, problems): `rows` the normalised rows ready to enter (JSON
values: dates as ISO strings), `problems` a list of `Problem(row, column, value, message, params)`. The import
may go ahead only when there is no problem at all (all or nothing).

Rules (rules.yaml ids in brackets): age at admission at least 18 or the bye-law minimum (member_min_age_18,
s.5), from the date of birth or the age stated at admission; the member number and the person (name, father's
or husband's name and year of birth) unique in the file and not already on the society's register; shares a
whole number, 0 or more, within the holding cap (member_shareholding_cap, ss.7(1), 52: as a number of shares,
and as a share of all issued shares after the import); the date of admission a real date not in the future
(dates before the Act's commencement are allowed: registers are older than the Act), not before 1900; category
SC, ST, OBC or General, in English or Assamese.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils.translation import gettext_lazy as _

from .. import rules
from ..matching import normalise
from ..models import Category, Gender, MemberClass, ParentRelation
from .columns import ENGLISH, KEYS, REQUIRED, column_for
from .reading import Formula

EARLIEST = date(1900, 1, 1)
MAX_PROBLEMS = 5_000  # stored and shown; beyond it the report gives the count only

# Messages (asserted verbatim in tests). Each problem shows the row, the column and the value beside it.
MISSING_COLUMN = _("The column “%(column)s” is missing from the header row (see the template).")
UNKNOWN_COLUMN = _("The column “%(column)s” is not one of the template's columns.")
REPEATED_COLUMN = _("The column “%(column)s” appears twice in the header row.")
REQUIRED_VALUE = _("This value is required.")
FORMULA = _("This cell holds a formula. Formulas are not read: copy the column and paste it back as values.")
FORMULA_LIKE = _("A value cannot begin with =, + or @ (a spreadsheet would run it as a formula).")
NOT_WHOLE_NUMBER = _("Enter a whole number.")
NOT_POSITIVE = _("The member number must be 1 or more.")
NEGATIVE_SHARES = _("Shares cannot be fewer than 0.")
OVER_CAP_SHARES = _("%(shares)s shares is more than the society's cap on one member's holding (%(cap)s shares; "
                    "s.7, bye-laws).")
OVER_CAP_PERCENT = _("%(shares)s shares is more than %(cap)s%% of the %(issued)s shares issued after the import "
                     "(the society's cap on one member's holding; s.7, bye-laws).")
BAD_DATE = _("Not a date: write it as YYYY-MM-DD or DD-MM-YYYY.")
DATE_IN_FUTURE = _("This date is in the future.")
DATE_TOO_EARLY = _("This date is before 1900.")
TOO_YOUNG = _("Age at admission %(age)s: a member must have completed %(min)s years (s.5; bye-laws).")
NO_AGE = _("Give the date of birth or the age at admission (a member must have completed %(min)s years).")
BAD_AGE = _("Enter the age at admission in whole years (between %(min)s and 120).")
BORN_AFTER_ADMISSION = _("The date of birth is after the date of admission.")
BAD_CHOICE = _("Not one of: %(choices)s.")
DUPLICATE_NUMBER_FILE = _("Member number %(number)s is also on row %(other)s of this file.")
DUPLICATE_NUMBER_REGISTER = _("Member number %(number)s is already on the society's register.")
DUPLICATE_PERSON_FILE = _("The same person (name, father's or husband's name, year of birth) is also on row "
                          "%(other)s.")
DUPLICATE_PERSON_REGISTER = _("The same person (name, father's or husband's name, year of birth) is already "
                              "member No. %(number)s of the society.")
TOO_LONG = _("Longer than %(limit)s characters.")

CATEGORY_WORDS = {
    Category.SC: ["sc", "scheduled caste", "অনুসূচিত জাতি", "অঃজাঃ", "অজা"],
    Category.ST: ["st", "scheduled tribe", "st(p)", "st(h)", "stp", "sth", "অনুসূচিত জনজাতি", "অনুসূচিত উপজাতি",
                  "জনজাতি", "অজজা"],
    Category.OBC: ["obc", "other backward class", "other backward classes", "mobc", "অন্যান্য পিছপৰা শ্ৰেণী",
                   "অন্যান্য পিছপৰা জাতি", "পিছপৰা শ্ৰেণী"],
    Category.GENERAL: ["general", "gen", "ur", "unreserved", "সাধাৰণ", "সাধাৰণ শ্ৰেণী"],
}
GENDER_WORDS = {
    Gender.WOMAN: ["woman", "women", "female", "f", "w", "mahila", "মহিলা", "স্ত্ৰী", "নাৰী"],
    Gender.MAN: ["man", "men", "male", "m", "purush", "পুৰুষ"],
    Gender.OTHER: ["other", "o", "third gender", "transgender", "অন্যান্য", "তৃতীয় লিংগ"],
}
RELATION_WORDS = {
    ParentRelation.FATHER: ["father", "f", "s/o", "d/o", "son of", "daughter of", "পিতা", "দেউতা"],
    ParentRelation.HUSBAND: ["husband", "h", "w/o", "wife of", "স্বামী"],
    ParentRelation.MOTHER: ["mother", "মাতৃ", "মাতা", "মা"],
}
CLASS_WORDS = {
    MemberClass.VOTING: ["voting", "voting member", "ordinary", "regular", "ভোটাধিকাৰী", "সাধাৰণ সদস্য"],
    MemberClass.NON_VOTING: ["non-voting", "non voting", "nonvoting", "nominal", "associate", "ভোটাধিকাৰহীন",
                             "নামমাত্ৰ সদস্য"],
}
YES_NO = {True: ["yes", "y", "true", "1", "হয়", "হয়"], False: ["no", "n", "false", "0", "নহয়", "নহয়"]}
FIELD_LIMITS = {"name": 120, "parent_name": 120, "address": 500, "occupation": 80, "nominee_name": 120,
                "nominee_relation": 60}


def _lookup(words: dict) -> dict:
    return {normalise(w): key for key, ws in words.items() for w in ws} | {
        w.strip().lower(): key for key, ws in words.items() for w in ws}


CATEGORIES, GENDERS, RELATIONS, CLASSES, YESNO = (_lookup(CATEGORY_WORDS), _lookup(GENDER_WORDS),
                                                  _lookup(RELATION_WORDS), _lookup(CLASS_WORDS), _lookup(YES_NO))
CHOICES_TEXT = {"category": "SC, ST, OBC, General (অনুসূচিত জাতি, অনুসূচিত জনজাতি, অন্যান্য পিছপৰা শ্ৰেণী, সাধাৰণ)",
                "gender": "woman, man, other (মহিলা, পুৰুষ, অন্যান্য)",
                "parent_relation": "father, husband, mother (পিতা, স্বামী, মাতৃ)",
                "member_class": "voting, non-voting", "is_employee": "yes, no (হয়, নহয়)"}


@dataclass(frozen=True)
class Problem:
    row: int
    column: str
    value: str
    message: object
    params: dict

    def text(self) -> str:
        return str(self.message) % self.params if self.params else str(self.message)


@dataclass
class Context:
    """What the check needs to know about the society (read once, before the rows)."""

    today: date
    min_age: int = rules.MIN_AGE
    cap_shares: int | None = None
    cap_percent: object = None
    issued_before: int = 0
    numbers: frozenset = frozenset()  # member numbers already on the register (current or former)
    people: dict = None  # person key -> member number, current members only

    def __post_init__(self):
        self.people = self.people or {}


def person_key(name: str, parent_name: str, birth_year) -> str:
    return f"{normalise(name)}|{normalise(parent_name)}|{birth_year or ''}"


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)[:200]


def _text(value) -> str:
    return " ".join(_shown(value).split())


def parse_date(value) -> date | None:
    """A date from a spreadsheet cell or CSV text; ValueError when it is not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text, fmt).date()  # noqa: DTZ007 (a calendar date, no time)
        except ValueError:
            continue
    raise ValueError(text)


def parse_int(value) -> int:
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(value)
    text = str(value).strip().replace(",", "")
    if not text.lstrip("-").isdigit() or not text.lstrip("-").isascii():
        raise ValueError(text)
    return int(text)


def map_headers(headers) -> tuple[dict[int, str], list[Problem]]:
    """{cell index: column key} and the header problems (row 1)."""
    index, problems = {}, []
    for i, header in enumerate(headers):
        if header is None or str(header).strip() == "":
            continue
        key = column_for(header)
        if key is None:
            problems.append(Problem(1, _shown(header), _shown(header), UNKNOWN_COLUMN, {"column": _shown(header)}))
        elif key in index.values():
            problems.append(Problem(1, ENGLISH[key], _shown(header), REPEATED_COLUMN, {"column": ENGLISH[key]}))
        else:
            index[i] = key
    for key in REQUIRED:
        if key not in index.values():
            problems.append(Problem(1, ENGLISH[key], "", MISSING_COLUMN, {"column": ENGLISH[key]}))
    return index, problems


def check_rows(headers, body, context: Context) -> tuple[list[dict], list[Problem], int]:
    """(rows, problems, problem_count): problems are kept up to MAX_PROBLEMS, the count is all of them."""
    index, problems = map_headers(headers)
    if problems:
        return [], problems, len(problems)
    count = 0
    rows: list[dict] = []
    seen_numbers: dict[int, int] = {}
    seen_people: dict[str, int] = {}
    for offset, cells in enumerate(body):
        row_number = offset + 2
        values = {key: (cells[i] if i < len(cells) else None) for i, key in index.items()}
        if all(v is None or str(v).strip() == "" for v in values.values()):
            continue  # a blank line in the middle is not a member
        found = []
        clean = _check_row(row_number, values, context, found)
        if clean is not None:
            other = seen_numbers.get(clean["number"])
            if other:
                found.append(Problem(row_number, ENGLISH["member_number"], str(clean["number"]),
                                     DUPLICATE_NUMBER_FILE, {"number": clean["number"], "other": other}))
            else:
                seen_numbers[clean["number"]] = row_number
            key = person_key(clean["name"], clean["parent_name"], clean["birth_year"])
            if key in seen_people:
                found.append(Problem(row_number, ENGLISH["name"], clean["name"], DUPLICATE_PERSON_FILE,
                                     {"other": seen_people[key]}))
            else:
                seen_people[key] = row_number
            if key in context.people:
                found.append(Problem(row_number, ENGLISH["name"], clean["name"], DUPLICATE_PERSON_REGISTER,
                                     {"number": context.people[key]}))
        count += len(found)
        room = MAX_PROBLEMS - len(problems)
        if room > 0:
            problems.extend(found[:room])
        if not found:
            rows.append(clean)
    if not count:
        count += _check_percent_cap(rows, context, problems)
    return (rows if not count else []), problems, count


def _check_percent_cap(rows: list[dict], context: Context, problems: list[Problem]) -> int:
    if context.cap_percent is None:
        return 0
    issued = context.issued_before + sum(r["shares"] for r in rows)
    found = 0
    for r in rows:
        if not rules.holding_within_cap(holding_after=r["shares"], issued_after=issued, cap_shares=None,
                                        cap_percent=context.cap_percent):
            found += 1
            if len(problems) < MAX_PROBLEMS:
                problems.append(Problem(r["row"], ENGLISH["shares"], str(r["shares"]), OVER_CAP_PERCENT,
                                        {"shares": r["shares"], "cap": str(context.cap_percent), "issued": issued}))
    return found


def _check_row(row: int, values: dict, context: Context, found: list[Problem]) -> dict | None:
    def problem(key, message, params=None, value=None):
        found.append(Problem(row, ENGLISH[key], _shown(values.get(key) if value is None else value), message,
                             params or {}))

    for key, value in values.items():
        if isinstance(value, Formula):
            problem(key, FORMULA)
            values[key] = None
            continue
        if isinstance(value, str) and value.lstrip()[:1] in ("=", "+", "@"):
            problem(key, FORMULA_LIKE)
            values[key] = None
    for key in REQUIRED:
        blank = values.get(key) is None or _text(values.get(key)) == ""
        if blank and not any(p.column == ENGLISH[key] for p in found):
            problem(key, REQUIRED_VALUE)
    for key, limit in FIELD_LIMITS.items():
        if len(_text(values.get(key))) > limit:
            problem(key, TOO_LONG, {"limit": limit})
    number = _int_field(values, "member_number", problem)
    if number is not None and number < 1:
        problem("member_number", NOT_POSITIVE)
        number = None
    if number is not None and number in context.numbers:
        problem("member_number", DUPLICATE_NUMBER_REGISTER, {"number": number})
    admitted = _date_field(values, "admitted_on", context, problem)
    born = _date_field(values, "date_of_birth", context, problem)
    age = None
    if born and admitted:
        if born > admitted:
            problem("date_of_birth", BORN_AFTER_ADMISSION)
        else:
            age = rules.age_on(admitted, born=born)
    stated = None
    if _text(values.get("age_at_admission")):
        try:
            stated = parse_int(values["age_at_admission"])
        except ValueError:
            stated = -1
        if not 0 <= stated <= 120:
            problem("age_at_admission", BAD_AGE, {"min": max(context.min_age, rules.MIN_AGE)})
            stated = None
    minimum = max(context.min_age, rules.MIN_AGE)
    if age is None and born is None:
        age = stated
    if admitted and age is None and born is None and stated is None and not any(
            p.column in (ENGLISH["age_at_admission"], ENGLISH["date_of_birth"]) for p in found):
        problem("age_at_admission", NO_AGE, {"min": minimum}, value="")
    elif age is not None and not rules.is_old_enough(age, min_age=context.min_age):
        problem("date_of_birth" if born else "age_at_admission", TOO_YOUNG, {"age": age, "min": minimum})
    shares = 0
    if _text(values.get("shares")):
        shares = _int_field(values, "shares", problem)
        if shares is not None and shares < 0:
            problem("shares", NEGATIVE_SHARES)
            shares = None
        elif shares is not None and context.cap_shares is not None and shares > context.cap_shares:
            problem("shares", OVER_CAP_SHARES, {"shares": shares, "cap": context.cap_shares})
    gender = _choice(values, "gender", GENDERS, problem)
    category = _choice(values, "category", CATEGORIES, problem)
    relation = _choice(values, "parent_relation", RELATIONS, problem, default=ParentRelation.FATHER)
    member_class = _choice(values, "member_class", CLASSES, problem, default=MemberClass.VOTING)
    employee = _choice(values, "is_employee", YESNO, problem, default=False)
    if found:
        return None
    return {
        "row": row, "number": number, "name": _text(values.get("name")),
        "parent_name": _text(values.get("parent_name")), "parent_relation": str(relation),
        "gender": str(gender), "date_of_birth": born.isoformat() if born else None,
        "age_at_admission": None if born else stated, "birth_year": born.year if born else (
            admitted.year - stated if stated is not None else None),
        "address": _text(values.get("address")), "category": str(category),
        "occupation": _text(values.get("occupation")), "member_class": str(member_class),
        "is_employee": bool(employee), "shares": shares or 0, "admitted_on": admitted.isoformat(),
        "nominee_name": _text(values.get("nominee_name")), "nominee_relation": _text(values.get("nominee_relation")),
    }


def _int_field(values, key, problem):
    raw = values.get(key)
    if raw is None or _text(raw) == "":
        return None
    try:
        return parse_int(raw)
    except ValueError:
        problem(key, NOT_WHOLE_NUMBER)
        return None


def _date_field(values, key, context, problem):
    raw = values.get(key)
    if raw is None or _text(raw) == "":
        return None
    try:
        day = parse_date(raw)
    except ValueError:
        problem(key, BAD_DATE)
        return None
    if day > context.today:
        problem(key, DATE_IN_FUTURE)
        return None
    if day < EARLIEST:
        problem(key, DATE_TOO_EARLY)
        return None
    return day


def _choice(values, key, table, problem, default=None):
    raw = values.get(key)
    text = _text(raw)
    if not text:
        return default
    found = table.get(text.lower(), table.get(normalise(text)))
    if found is None:
        problem(key, BAD_CHOICE, {"choices": CHOICES_TEXT[key]})
        return default
    return found


__all__ = ["KEYS", "Context", "Problem", "check_rows", "person_key"]
