"""s.140(3): the members of a PACS Board superseded for losses (s.139(2)(i)) or serious irregularities or fraud
(s.139(2)(ii)) may not contest again for five years after the supersession (rules.yaml
pacs_superseded_director_bar_5y; "Not for supersession on judicial directions or lack of quorum").

The bar is recorded on the person where supervision keeps every director bar: the Director rows
(Director.director_bar_until, read by governance.services.board.bar_dates for the person across societies, or the
name in this society while unlinked). So the election scrutiny (membership.elections.scrutiny) refuses their
nominations and supervision's one writer of a Board refuses them on a slate, as for the s.40(4) bars. A longer bar
already recorded is kept.
"""

from datetime import date

from django.db.models import Q

from registrar import activity
from registrar.statute import due
from societies.governance.models import Board, Director

from .administration_actions import AdministrationAction
from .grounds import is_pacs
from .models import DIRECTOR_BAR_GROUNDS

BAR_RULE = "pacs_superseded_director_bar_5y"


def bar_applies(*, society, ground: str) -> bool:
    """s.140(3): only a PACS, only the grounds (i)-(ii)."""
    return is_pacs(society) and ground in DIRECTOR_BAR_GROUNDS


def bar_until(superseded_on: date) -> date:
    """The last day of the bar: supersession + 5 years (1 Nov 2026 -> 1 Nov 2031). s.140(3);
    rules.yaml pacs_superseded_director_bar_5y."""
    return due(BAR_RULE, superseded_on).last_day


def superseded_directors(society, on: date):
    """The directors of the Board in office on the day of supersession (the Board the order ended that day, or a
    suspended Board still on the roll)."""
    boards = Board.objects.filter(society=society, took_office_on__lte=on).filter(
        Q(ended_on__isnull=True) | Q(ended_on__gte=on))
    return (Director.objects.filter(board__in=boards, joined_on__lte=on)
            .filter(Q(ceased_on__isnull=True) | Q(ceased_on__gte=on)).order_by("pk"))


def directors_bar(case, *, actor=None) -> list[int]:
    """Record the s.140(3) bar on the superseded directors of `case` (inside the order's transaction, after the
    supersession is dated). Returns the Director pks barred; none for another ground or society."""
    if case.superseded_on is None or not bar_applies(society=case.society, ground=case.ground):
        return []
    until = bar_until(case.superseded_on)
    barred = []
    for director in superseded_directors(case.society, case.superseded_on).select_for_update(of=("self",)):
        if director.director_bar_until is None or director.director_bar_until < until:
            director.director_bar_until = until
            director.save(update_fields=["director_bar_until"])
        barred.append(director.pk)
    if barred:
        activity.record(AdministrationAction.DIRECTORS_BARRED, actor=actor, society=case.society, target=case,
                        data={"directors": barred, "bar_until": until, "ground": case.ground})
    return barred
