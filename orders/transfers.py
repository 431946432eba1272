"""Moving a transferred officer's open cases to the successor, in one logged action (issue 13 point 1).

Every kind declared in orders.cases moves together: the rows are locked, each must be one the actor may
transfer and the successor may hold (an active officer whose rank and jurisdiction cover the case's district);
if any cannot move, none moves and the refusal names them. One activity entry `orders.cases_transferred` with
the counts and ids per kind; the successor is told through the notice outbox in the same transaction.
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.capabilities import Act, may, rank_may
from registrar.models import District
from registrar.notify import notify
from registrar.selectors import officer_for

from .actions import OrderAction
from .cases import declared_cases

MAY_NOT_TRANSFER = _("Only the Directorate (the Registrar, an Additional, Joint or Deputy Registrar) may move an "
                     "officer's cases.")
SAME_OFFICER = _("Choose another officer: the cases are already theirs.")
SUCCESSOR_NOT_OFFICER = _("%(officer)s is not an officer in service: cases can move only to a serving officer.")
NOTHING_TO_MOVE = _("%(officer)s holds no open case: there is nothing to move.")
CANNOT_MOVE = _("No case was moved: %(successor)s cannot take %(count)s of them (outside their jurisdiction or "
                "rank): %(cases)s.")
MOVED_SUBJECT = _("%(count)s open cases of %(from)s moved to you")
MOVED_BODY = _("%(by)s moved the open cases of %(from)s to you on %(on)s: %(summary)s.")


def _name(user) -> str:
    return user.get_full_name() or user.username


def officer_transfer_cases(*, from_user, to_user, actor, today: date) -> dict[str, list[int]]:
    """Move every open case `from_user` holds to `to_user`. Returns {kind code: [ids moved]} (kinds with none
    left out). PermissionDenied when the actor may not transfer cases (or one of them); ValidationError, with
    nothing moved, when the successor is not a serving officer or cannot hold one of the cases."""
    if not rank_may(actor, Act.TRANSFER_CASES):
        raise PermissionDenied(MAY_NOT_TRANSFER)
    if to_user.pk == from_user.pk:
        raise ValidationError({"successor": SAME_OFFICER})
    if officer_for(to_user) is None:
        raise ValidationError({"successor": ValidationError(SUCCESSOR_NOT_OFFICER,
                                                            params={"officer": _name(to_user)})})
    with transaction.atomic():
        held = []
        for kind in declared_cases():
            rows = list(kind.held_by(from_user).select_for_update(of=("self",)).select_related(*kind.related)
                        .order_by("pk"))
            if rows:
                held.append((kind, rows))
        if not held:
            raise ValidationError(NOTHING_TO_MOVE, params={"officer": _name(from_user)})
        refused = []
        for kind, rows in held:
            for row in rows:
                district_id = kind.district_id(row)
                if not may(actor, Act.TRANSFER_CASES, district_id):
                    raise PermissionDenied(MAY_NOT_TRANSFER)
                if not kind.may_hold(to_user, district_id):
                    refused.append((kind, row, district_id))
        if refused:
            districts = dict(District.objects.filter(pk__in={d for _k, _r, d in refused}).values_list("pk", "name"))
            listed = "; ".join(f"{kind.describe(row)} ({districts.get(district_id, '-')})"
                               for kind, row, district_id in refused)
            raise ValidationError(CANNOT_MOVE, code="cannot_move", params={
                "successor": _name(to_user), "count": len(refused), "cases": listed})
        moved: dict[str, list[int]] = {}
        for kind, rows in held:
            ids = [row.pk for row in rows]
            kind.model_class._default_manager.filter(pk__in=ids).update(**{kind.officer_field: to_user})
            moved[kind.code] = ids
        counts = {code: len(ids) for code, ids in moved.items()}
        entry = activity.record(OrderAction.CASES_TRANSFERRED, actor=actor, target=from_user, data={
            "from": from_user.username, "to": to_user.username, "on": today, "counts": counts, "ids": moved})
        labels = {kind.code: kind.label for kind, _rows in held}
        summary = "; ".join(f"{labels[code]}: {count}" for code, count in counts.items())
        notify(to_user, key=f"cases-transferred:{entry.seq}", subject=MOVED_SUBJECT, body=MOVED_BODY,
               params={"count": sum(counts.values()), "from": _name(from_user), "by": _name(actor),
                       "on": f"{today:%d %b %Y}", "summary": summary},
               url=reverse("my_work"))
    return moved
