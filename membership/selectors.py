"""Reads of the register of members. Every list is a fixed number of queries whatever the society's size.

The register as at day D reads `MemberVersion` rows in force on D (ADR 0037):
``valid_from <= D and (valid_to is null or valid_to > D)``. A member is *on the register* on D when that version
has no cessation (``ceased_on`` is null or after D). Shares held on D are the ledger's sums up to D, annotated in
the same query; so is the nominee in force on D.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from .matching import normalise
from .models import AdmissionBasis, Gender, Member, MemberClass, MemberVersion, Nomination, ShareLedgerEntry
from .rules import voting_admitted_by


def in_force(day: date, prefix: str = "") -> Q:
    """Q for temporal rows (valid_from / valid_to) in force on `day`."""
    return Q(**{f"{prefix}valid_from__lte": day}) & (Q(**{f"{prefix}valid_to__isnull": True})
                                                     | Q(**{f"{prefix}valid_to__gt": day}))


def on_register(day: date) -> Q:
    """Q on a MemberVersion in force on `day`: the member had not ceased by then."""
    return Q(ceased_on__isnull=True) | Q(ceased_on__gt=day)


def versions_as_at(society_id: int, day: date) -> QuerySet[MemberVersion]:
    return MemberVersion.objects.filter(in_force(day), society_id=society_id)


def register_as_at(society_id: int, day: date, *, q: str = "", include_former: bool = True,
                   annotate: bool = True) -> QuerySet:
    """The register of the society as it stood on `day`, by member number: one query (two with a page's count).
    Each row is a MemberVersion with `shares_held`, `shares_value` and `nominee` (on `day`) annotated; with
    annotate=False the bare versions, in the same order (to cut a page first: see register_page)."""
    rows = versions_as_at(society_id, day)
    if not include_former:
        rows = rows.filter(on_register(day))
    q = (q or "").strip()
    if q:
        if q.isdigit():
            rows = rows.filter(number=int(q))
        else:
            key = normalise(q)
            rows = rows.filter(Q(name__icontains=key) | Q(parent_name__icontains=key) | Q(name__icontains=q))
    if not annotate:
        return rows.order_by("number")
    return _with_shares_and_nominee(rows, day)


def register_page(page, day: date):
    """Fill a Paginator page cut from `register_as_at(..., annotate=False)` with its annotated rows: the shares
    and nominee subqueries then run for the page's 50 rows only. PostgreSQL evaluates a select-list subquery
    for every row an OFFSET skips, so annotating before paging cost ~0.5 s on page 500 of a 50,000-member
    register (bench/membership_register.py). Still one query: the page's slice is a subquery
    (``id IN (SELECT id ... LIMIT 50 OFFSET n)``)."""
    ids = page.object_list.values("pk")
    page.object_list = list(_with_shares_and_nominee(MemberVersion.objects.filter(pk__in=ids), day))
    return page


def _with_shares_and_nominee(rows, day: date) -> QuerySet:
    from django.db.models import DecimalField

    nominee = Nomination.objects.filter(in_force(day), member_id=OuterRef("member_id")).order_by("-valid_from")
    return rows.annotate(
        shares_held=Coalesce(Subquery(
            ShareLedgerEntry.objects.filter(member_id=OuterRef("member_id"), on__lte=day).order_by()
            .values("member_id").annotate(total=Sum("shares")).values("total")[:1]), Value(0)),
        shares_value=Coalesce(Subquery(
            ShareLedgerEntry.objects.filter(member_id=OuterRef("member_id"), on__lte=day).order_by()
            .values("member_id").annotate(total=Sum("value")).values("total")[:1]), Value(0),
            output_field=DecimalField(max_digits=14, decimal_places=2)),
        nominee=Subquery(nominee.values("nominee_name")[:1]),
    ).select_related("member").order_by("number")


@dataclass(frozen=True)
class RegisterCounts:
    members: int
    women: int
    voting: int


def _served_a_full_year(day: date, year_ends) -> Q:
    """s.27(1) provisos (voting_after_one_full_fy): admitted by the start of the last complete financial year of
    the society's own year (one condition per year end among the societies counted), or a founder member."""
    served = Q(member__admission_basis=AdmissionBasis.FOUNDER)
    for month, day_of_month in year_ends:
        served |= Q(society__fy_end_month=month, society__fy_end_day=day_of_month,
                    member__admitted_on__lte=voting_admitted_by(day, month, day_of_month))
    return served


def _count_aggregates(day: date, year_ends) -> dict:
    on = on_register(day)
    return {
        "members": Count("pk", filter=on),
        "women": Count("pk", filter=on & Q(gender=Gender.WOMAN)),
        "voting": Count("pk", filter=on & Q(member_class=MemberClass.VOTING, voting_pending=False)
                        & _served_a_full_year(day, year_ends)),
    }


def _year_ends(society_ids) -> set[tuple[int, int]]:
    from societies.models import Society

    return set(Society.objects.filter(pk__in=list(society_ids)).values_list("fy_end_month", "fy_end_day"))


def register_counts(society_id: int, day: date) -> RegisterCounts:
    """Members on the register on `day`, of whom women, and voting members (a voting class, the s.26(2)
    payment made, a full financial year of membership under s.27(1) unless a founder): two queries. What the
    public card, quorum and the annual return read."""
    figures = versions_as_at(society_id, day).aggregate(**_count_aggregates(day, _year_ends([society_id])))
    return RegisterCounts(**figures)


def register_counts_for(society_ids, day: date) -> dict[int, RegisterCounts]:
    """register_counts for many societies in two queries (societies without a register are left out)."""
    ids = list(society_ids)
    rows = (MemberVersion.objects.filter(in_force(day), society_id__in=ids).order_by()
            .values("society_id").annotate(**_count_aggregates(day, _year_ends(ids))))
    return {r.pop("society_id"): RegisterCounts(**r) for r in rows}


def has_register(society_id: int) -> bool:
    return Member.objects.filter(society_id=society_id).exists()


def return_figures(society_id: int, starts_on: date, ends_on: date) -> dict[str, int]:
    """The annual return's member figures (s.129(2)) from the register: by gender on the year's first day, by
    gender and by category on its last day. One query."""
    start, end = in_force(starts_on) & on_register(starts_on), in_force(ends_on) & on_register(ends_on)
    aggregates = {}
    for gender, suffix in ((Gender.WOMAN, "women"), (Gender.MAN, "men"), (Gender.OTHER, "other")):
        aggregates[f"members_start_{suffix}"] = Count("pk", filter=start & Q(gender=gender))
        aggregates[f"members_end_{suffix}"] = Count("pk", filter=end & Q(gender=gender))
    for category in ("general", "sc", "st", "obc"):
        aggregates[f"members_end_{category}"] = Count("pk", filter=end & Q(category=category))
    rows = MemberVersion.objects.filter(society_id=society_id, valid_from__lte=ends_on).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gt=starts_on))
    return rows.aggregate(**aggregates)


def member_entry(member: Member, day: date):
    """The member's version in force on `day` (None before admission), with shares and nominee annotated."""
    return register_as_at(member.society_id, day).filter(member_id=member.pk).first()


def member_history(member: Member) -> list[MemberVersion]:
    return list(member.versions.order_by("valid_from"))


def members_of_user(user) -> QuerySet[Member]:
    """The entries of the user's own person in every society (their home page)."""
    if not getattr(user, "is_authenticated", False):
        return Member.objects.none()
    return Member.objects.filter(person__user=user).select_related("society", "person").order_by("-admitted_on")

