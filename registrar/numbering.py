"""Gap-free, race-free reference numbers per (series, district, year)."""

from django.db import IntegrityError, transaction

from .models.numbering import ReferenceCounter


def next_number(series: str, district, year: int, *, floor: int = 0) -> int:
    """Lock the series' counter row (creating it on first use) and return the next number.

    `floor` lets a series start above numbers issued before the counter existed. Call inside the caller's
    transaction: the lock is held until it commits, so concurrent callers queue instead of colliding.
    """
    with transaction.atomic():
        counter = ReferenceCounter.objects.select_for_update().filter(series=series, district=district, year=year).first()
        if counter is None:
            try:
                with transaction.atomic():
                    ReferenceCounter.objects.create(series=series, district=district, year=year, last=floor)
            except IntegrityError:
                pass  # another transaction created it first; lock theirs
            counter = ReferenceCounter.objects.select_for_update().get(series=series, district=district, year=year)
        counter.last = max(counter.last, floor) + 1
        counter.save(update_fields=["last"])
        return counter.last
