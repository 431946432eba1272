from datetime import timedelta

from registrar import clock
from registrar.models import District
from tests.deadlines.helpers import make_open_application, received_for_last_day
from tests.triad import Case

SONITPUR_MARKER = "Jamuguri Triad Tea Growers Co-operative Society Limited"


def _board(personas):
    """A Sonitpur application due in 10 days: on the Sonitpur ARCS's board, never on Kamrup's."""
    last_day = clock.today() + timedelta(days=10)
    make_open_application(personas["citizen"], District.objects.get(code="SNT"),
                          received_on=received_for_last_day(last_day), name=SONITPUR_MARKER)
    return {}, None, SONITPUR_MARKER


CASES = [
    Case("deadlines_board", "office", build=_board),
]
