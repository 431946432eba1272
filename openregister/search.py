"""Searching the public register (issue 24 point 1).

Names: the words of the query in any order, each matched against the society's distinctive words (`name_search`,
the name without the "Co-operative Society Limited" every society shares: design.md measured 5-10 s per query
for trigram similarity on the full name at 1,000,000 rows, ~4 ms on the distinctive words). On PostgreSQL a word
matches when it is a substring or a close spelling (`%>`, trigram word similarity above
WORD_SIMILARITY_THRESHOLD, through the GIN trigram index of migration 0001); on SQLite a substring. The Assamese
name (`name_as`) is searched the same way.
"""

from dataclasses import dataclass

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db import connection
from django.db.models import F, FloatField, Q, QuerySet, Value
from django.db.models.functions import Greatest

from societies.models import Society, normalise_name, search_key

# 0.6 (pg_trgm's default) misses one wrong letter in a six-letter word ("tejpur" for "tezpur" scores 0.44).
WORD_SIMILARITY_THRESHOLD = 0.4
LONG_WORD_THRESHOLD = 0.5
MAX_WORDS = 6
BATCH_LIMIT = 1000


@dataclass(frozen=True)
class Criteria:
    text: str = ""
    number: str = ""
    district: int | None = None
    place: str = ""
    society_type: str = ""
    legal_status: str = ""
    governance_status: str = ""

    @property
    def empty(self) -> bool:
        return not any((self.text, self.number, self.district, self.place, self.society_type, self.legal_status,
                        self.governance_status))


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def name_words(text: str) -> list[str]:
    """The distinctive words typed, at most MAX_WORDS (a pasted paragraph is not a search)."""
    return (search_key(text) or normalise_name(text)).split()[:MAX_WORDS]


def _is_assamese(text: str) -> bool:
    """Any letter of the Bengali-Assamese block (U+0980-U+09FF): search the Assamese name, not the English one."""
    return any("\u0980" <= ch <= "\u09ff" for ch in text)


def _name_filter(text: str) -> Q:
    assamese = " ".join(text.split())
    if _is_assamese(assamese):
        in_assamese = Q(name_as__contains=assamese)  # Assamese script has no case
        if _postgres() and len(assamese) >= 3:
            in_assamese |= Q(name_as__trigram_word_similar=assamese)
        return in_assamese
    condition = Q()
    for word in name_words(text):
        # `contains`, not `icontains`: name_search is lower-case already, and UPPER(name_search) LIKE ... cannot
        # use the trigram index (a sequential scan, 5 s at 1,000,000 rows).
        one = Q(name_search__contains=word)
        if _postgres() and len(word) >= 3:
            one |= Q(name_search__trigram_word_similar=word)
        condition &= one
    return condition


def similarity_threshold(text: str) -> float:
    """One wrong letter costs three of a word's trigrams: a six-letter word keeps ~0.44 of them ("tejpur" for
    "tezpur"), a nine-letter one ~0.57. The threshold follows the shortest word typed, so a long word does not
    match every name sharing a few letters (10,000 rows for a nine-letter village at 0.4)."""
    words = name_words(text) if text and not _is_assamese(text) else []
    shortest = min((len(w) for w in words), default=0)
    return WORD_SIMILARITY_THRESHOLD if shortest <= 7 else LONG_WORD_THRESHOLD


def set_similarity_threshold(text: str = "") -> None:
    """Inside the caller's transaction only (SET LOCAL): the `%>` operator reads it."""
    if _postgres():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL pg_trgm.word_similarity_threshold = %s", [similarity_threshold(text)])


def society_list_public(criteria: Criteria) -> QuerySet:
    """Every society the criteria match, the closest names first; cancelled and dissolved ones included (the
    register is of every society ever registered: ADR 0049). Call inside a transaction on PostgreSQL, after
    set_similarity_threshold()."""
    queryset = Society.objects.all()
    if criteria.text:
        queryset = queryset.filter(_name_filter(criteria.text))
    if criteria.number:
        queryset = queryset.filter(registration_number__istartswith=criteria.number.strip())
    if criteria.district:
        queryset = queryset.filter(district_id=criteria.district)
    if criteria.place:
        place = " ".join(criteria.place.split())
        queryset = queryset.filter(Q(area_of_operation__icontains=place) | Q(address__icontains=place))
    if criteria.society_type:
        queryset = queryset.filter(society_type=criteria.society_type)
    if criteria.legal_status:
        queryset = queryset.filter(legal_status=criteria.legal_status)
    if criteria.governance_status:
        queryset = queryset.filter(governance_status=criteria.governance_status)
    words = name_words(criteria.text) if criteria.text else []
    if words and _postgres():
        # Closest spelling first: the best word's similarity (only the matched rows are scored).
        scores = [TrigramWordSimilarity(Value(word), F("name_search")) for word in words]
        score = scores[0] if len(scores) == 1 else Greatest(*scores, output_field=FloatField())
        return queryset.annotate(score=score).order_by("-score", "name", "pk")
    return queryset.order_by("name", "pk")


def parse_numbers(text: str) -> list[str]:
    """Registration numbers from a pasted list (one per line, or separated by commas or semicolons), in the
    order given, without repeats, upper-cased."""
    seen: dict[str, None] = {}
    for line in text.replace(",", "\n").replace(";", "\n").splitlines():
        number = " ".join(line.split()).upper()
        if number:
            seen.setdefault(number, None)
    return list(seen)


def societies_by_number(numbers: list[str]) -> dict[str, Society]:
    """{number: society} for the numbers that exist: one query however many (at most BATCH_LIMIT)."""
    if not numbers:
        return {}
    found = Society.objects.select_related("district").filter(registration_number__in=numbers)
    return {society.registration_number.upper(): society for society in found}
