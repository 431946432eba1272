"""Reads of supervision. Jurisdiction-filtered lists live with the pages that use them."""

from .models import Board


def current_board(society, *, lock: bool = False) -> Board | None:
    """The Board in office (at most one: constraint one_current_board), row-locked when `lock` (services and
    sweepers inside their transaction)."""
    boards = Board.objects.select_for_update(of=("self",)) if lock else Board.objects
    return boards.filter(society=society, ended_on__isnull=True).first()
