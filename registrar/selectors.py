"""Reads for the office. Jurisdiction is a query: one selector turns "this user" into a filter."""

from django.db.models import QuerySet

from .models import District, Officer


def officer_for(user) -> Officer | None:
    if not getattr(user, "is_authenticated", False):
        return None
    officer = user.officer_profile
    return officer if officer is not None and officer.is_active else None


def jurisdiction_district_ids(user) -> frozenset[int] | None:
    """None means the whole state (Directorate ranks); an empty set means nothing (not an officer)."""
    officer = officer_for(user)
    if officer is None:
        return frozenset()
    if officer.is_statewide:
        return None
    cached = getattr(officer, "_district_ids", None)
    if cached is None:
        cached = frozenset(officer.districts.values_list("pk", flat=True))
        officer._district_ids = cached
    return cached


def in_jurisdiction(queryset: QuerySet, user, district_field: str = "district") -> QuerySet:
    """Filter any queryset to what this user may see as an officer. Every office view uses this."""
    ids = jurisdiction_district_ids(user)
    if ids is None:
        return queryset
    if not ids:
        return queryset.none()
    return queryset.filter(**{f"{district_field}__in": ids})


def districts_for(user) -> QuerySet:
    return in_jurisdiction(District.objects.all(), user, district_field="pk")


def officers_in_district(district) -> QuerySet:
    return Officer.objects.filter(is_active=True, districts=district).select_related("user")


def superiors_for_district(district) -> QuerySet:
    """Officers above the ARCS who oversee a district: Directorate ranks (state-wide) are always included."""
    from .models.office import STATEWIDE_RANKS

    return Officer.objects.filter(is_active=True, rank__in=STATEWIDE_RANKS).select_related("user")


# ---- who to tell about a society: its secretaries (a guardian grant) and its district's ARCS -------------------

SECRETARY_CODENAME = "act_as_secretary"  # societies.Society Meta.permissions


def society_secretaries(society) -> list:
    """Users holding the django-guardian grant societies.act_as_secretary on this society, by pk."""
    if society is None:
        return []
    from guardian.shortcuts import get_users_with_perms

    users = get_users_with_perms(society, only_with_perms_in=[SECRETARY_CODENAME], with_superusers=False,
                                 with_group_users=False)
    return sorted(users, key=lambda u: u.pk)


def secretaries_by_society(society_ids) -> dict[int, list]:
    """{society id: [active secretary users]} for many societies in one query (for sweeps and bulk notices)."""
    from guardian.models import UserObjectPermission

    grants = (UserObjectPermission.objects.filter(permission__codename=SECRETARY_CODENAME,
                                                  permission__content_type__app_label="societies",
                                                  object_pk__in=[str(pk) for pk in society_ids])
              .select_related("user").order_by("user_id"))
    found: dict[int, list] = {}
    for grant in grants:
        if grant.user.is_active:
            found.setdefault(int(grant.object_pk), []).append(grant.user)
    return found


def district_arcs(district) -> list:
    """The serving ARCS of a district (a District or its pk), by pk."""
    if district is None:
        return []
    from .models.office import Rank

    officers = Officer.objects.filter(is_active=True, rank=Rank.ARCS, districts=district).select_related("user")
    return [o.user for o in officers.order_by("pk")]
