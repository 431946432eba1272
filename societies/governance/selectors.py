"""Reads of supervision. Jurisdiction-filtered lists live with the pages that use them."""

from guardian.shortcuts import get_objects_for_user

from societies.models import Society

from .models import Board


def society_list_for_secretary(user):
    """The societies `user` acts for as secretary (guardian grant), by name."""
    if not getattr(user, "is_authenticated", False):
        return Society.objects.none()
    return get_objects_for_user(user, "societies.act_as_secretary", klass=Society, accept_global_perms=False) \
        .select_related("district").order_by("name")


def current_board(society) -> Board | None:
    return Board.objects.filter(society=society, ended_on__isnull=True).first()
