from datetime import timedelta

from registrar import clock
from registrar.models import District
from tests.my_work.helpers import application_due
from tests.triad import Case

SONITPUR_MARKER = "Borsola Triad Handloom Co-operative Society Limited"


def _my_work(personas):
    """A Sonitpur application due in 10 days: on the Sonitpur ARCS's My work, never on Kamrup's."""
    application_due(personas["citizen"], District.objects.get(code="SNT"), clock.today() + timedelta(days=10),
                    name=SONITPUR_MARKER)
    return {}, None, SONITPUR_MARKER


CASES = [
    Case("my_work", "office", build=_my_work),
]
