"""Rehearsals on a copy: sweeps for a day after the real date run only on a database marked as a copy.

Effects dated in the future (a society deemed registered next month, a Board dissolved for an AGM not yet
missed) would change the live register today. `run_sweeps --today` after the real date therefore needs both
`--rehearsal` and the mark that `manage.py mark_as_rehearsal_copy` writes in the copy itself (a row of
registrar.RehearsalCopy naming the database it was written in): the flag alone, pointed at the live database,
still refuses, and a marked copy restored under another name or on another host is not marked there.
"""

from django.db import connection
from django.utils.translation import gettext_lazy as _

from . import clock
from .models import RehearsalCopy

FUTURE_REFUSED = _(
    "Refused: --today %(day)s is after today's date (%(today)s). Sweeps dated in the future would change the live "
    "register now. To rehearse them, copy the database, run `manage.py mark_as_rehearsal_copy` against the "
    "copy, then `manage.py run_sweeps --rehearsal --today %(day)s` against the copy.")
NOT_A_COPY = _(
    "Refused: --rehearsal was given, but this database (%(database)s) is not marked as a rehearsal copy. "
    "Nothing was run. Run the rehearsal against a copy marked with `manage.py mark_as_rehearsal_copy`.")
REHEARSING = _("REHEARSAL on the copy %(database)s, for %(day)s: e-mail and SMS are kept in this copy's outbox "
               "and not sent.")


def database_identity() -> str:
    """vendor://host:port/name of the connection in use (the copy's own identity)."""
    db = connection.settings_dict
    return f"{connection.vendor}://{db.get('HOST') or ''}:{db.get('PORT') or ''}/{db.get('NAME')}"


def is_rehearsal_copy() -> bool:
    return RehearsalCopy.objects.filter(database=database_identity()).exists()


def mark_as_rehearsal_copy(*, note: str = "") -> RehearsalCopy:
    mark, _created = RehearsalCopy.objects.get_or_create(database=database_identity(),
                                                         defaults={"marked_at": clock.now(), "note": note[:200]})
    return mark
