"""Who a clock's reminders go to, resolved in a few queries for all due rows at once."""

from registrar.selectors import officers_in_district, secretaries_by_society, superiors_for_district

from .declaration import ASSIGNEE, DECIDING_OFFICERS, DISTRICT_OFFICERS, SECRETARIES, follow


def recipients_for(kind: str, clock, rows: list):
    """A function row -> [users] for the due rows (one query per district, or one for all secretaries)."""
    if kind == SECRETARIES:
        society_ids = {follow(row, clock.society).pk for row in rows}
        by_society = secretaries_by_society(society_ids) if society_ids else {}
        return lambda row: by_society.get(follow(row, clock.society).pk, [])
    if kind == ASSIGNEE:
        # The row's own responsible user (select_related by the clock's `related`): no query per row.
        def assignee(row):
            user = follow(row, clock.assignee) if clock.assignee else None
            return [user] if user is not None and user.is_active else []

        return assignee
    cache: dict = {}
    superiors: dict = {}  # the Directorate ranks oversee every district: read once, not once per district

    def officers(row):
        district = follow(row, clock.district)
        if district.pk not in cache:
            found = list(officers_in_district(district))
            if kind == DECIDING_OFFICERS:
                from registrar.models import Rank

                if "all" not in superiors:
                    superiors["all"] = list(superiors_for_district(district))
                found = [o for o in found if o.rank == Rank.ARCS] + superiors["all"]
            users = {o.user.pk: o.user for o in found}
            cache[district.pk] = list(users.values())
        return cache[district.pk]

    if kind in (DISTRICT_OFFICERS, DECIDING_OFFICERS):
        return officers
    raise ValueError(f"unknown recipients {kind!r}")
