"""membership.demo: every demo society gets a register, the PACS a few thousand members, two linked identities;
idempotent."""

import io
from datetime import date

import pytest

from membership import demo, selectors
from membership.models import Member, PersonLink
from societies.governance.models import Board, Director

from .helpers import make_society

pytestmark = pytest.mark.django_db


def test_demo_registers_seeded_once_with_linked_identities(sonitpur):
    other = make_society(sonitpur, name="Demo Dairy Co-operative Society Limited")
    board = Board.objects.create(society=other, kind=Board.Kind.ELECTED, took_office_on=date(2024, 1, 1),
                                 term_ends_on=date(2029, 1, 1))
    Director.objects.create(board=board, name="Ranjit Bora", gender="man", office="president",
                            joined_on=date(2024, 1, 1))
    out = io.StringIO()
    demo.seed(today=date(2026, 12, 1), stdout=out)
    demo.seed(today=date(2026, 12, 1), stdout=out)
    pacs = Member.objects.filter(society__registration_number="SNT/DEMO-MEM/001")
    assert pacs.count() == demo.PACS_SIZE
    women = Member.objects.filter(society__registration_number="SNT/DEMO-MEM/002")
    counts = selectors.register_counts(women.first().society_id, date(2026, 12, 1))
    assert counts.women == counts.members > 0
    assert Member.objects.filter(society=other).count() == demo.SMALL_SIZE
    assert PersonLink.objects.filter(status=PersonLink.Status.CONFIRMED).count() == 2
    assert Director.objects.get(name="Ranjit Bora").person_id is not None
    assert Member.objects.filter(person__user__username="member").count() == 2
