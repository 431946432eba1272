"""The option windows' ends: deemed assent per person from their own service (division, amalgamation), dated on
the legal day however late the sweeper runs; a merger's windows computed and shown but never applied; the scheme
moving to its conditions once every window has closed."""

from datetime import date

import pytest

from registrar import sweeps
from registrar.activity import ActivityEntry
from registrar.clocks.work import open_rows
from societies.restructuring import clocks
from societies.restructuring.actions import SchemeAction
from societies.restructuring.models import OptionState, Scheme, SchemeState
from societies.restructuring.selectors import open_windows, windows_closed
from tests.membership.helpers import make_society

from .helpers_scheme import (
    file_amalgamation,
    file_division,
    file_merger,
    prepare_and_serve,
    society_with_members,
)

pytestmark = pytest.mark.django_db
FIRST, SECOND = date(2026, 1, 5), date(2026, 1, 12)   # two people served a week apart


def _run(today):
    for name in ("division_options_deem_assent", "amalgamation_options_deem_assent", "schemes_close_windows"):
        sweeps.get(name).func(today=today)


def _options(scheme):
    return [(n.option, n.option_on) for n in scheme.notices.order_by("pk")]


def _served_scheme(kind, secretary, district):
    """Two members of the filing society, served on FIRST and SECOND (an amalgamation's other society's two
    members both on FIRST)."""
    society = society_with_members(district, secretary, size=2, society_type="dairy")
    if kind == "division":
        scheme = file_division(secretary, society, size=2)
        prepare_and_serve(secretary, scheme, society, {0: FIRST, 1: SECOND})
    else:
        other = society_with_members(district, secretary, size=2, society_type="dairy")
        scheme = file_amalgamation(secretary, society, other)
        prepare_and_serve(secretary, scheme, society, {0: FIRST, 1: SECOND})
        prepare_and_serve(secretary, scheme, other, on=FIRST)
    return Scheme.objects.get(pk=scheme.pk)


def _no_assent_on_day_30(kind, secretary, district):
    scheme = _served_scheme(kind, secretary, district)
    _run(date(2026, 2, 4))           # FIRST + 30: the last day, still open
    assert {option for option, _on in _options(scheme)} == {OptionState.OPEN}


def _assent_on_day_31_from_each_service(kind, secretary, district):
    scheme = _served_scheme(kind, secretary, district)
    _run(date(2026, 2, 5))           # FIRST + 31: deemed; SECOND's window runs to 11 Feb
    options = _options(scheme)
    assert options[0] == (OptionState.DEEMED_ASSENT, date(2026, 2, 5))
    assert options[1] == (OptionState.OPEN, None)
    _run(date(2026, 2, 12))          # SECOND + 31
    assert _options(scheme)[1] == (OptionState.DEEMED_ASSENT, date(2026, 2, 12))
    assert Scheme.objects.get(pk=scheme.pk).state == SchemeState.CONDITIONS


def _late_run_dated_on_the_legal_day(kind, secretary, district):
    scheme = _served_scheme(kind, secretary, district)
    _run(date(2026, 3, 20))          # beat down for five weeks: one late run
    options = _options(scheme)
    assert options[0] == (OptionState.DEEMED_ASSENT, date(2026, 2, 5))
    assert options[1] == (OptionState.DEEMED_ASSENT, date(2026, 2, 12))
    scheme = Scheme.objects.get(pk=scheme.pk)
    assert scheme.state == SchemeState.CONDITIONS
    closed = ActivityEntry.objects.get(action=SchemeAction.WINDOWS_CLOSED)
    assert closed.data["on"] == "2026-02-12"
    _run(date(2026, 3, 21))          # twice: once
    assert ActivityEntry.objects.filter(action=SchemeAction.ASSENT_DEEMED).count() == len(options)
    assert ActivityEntry.objects.filter(action=SchemeAction.WINDOWS_CLOSED).count() == 1


def test_division_no_deemed_assent_on_day_30_from_service(secretary, sonitpur):
    _no_assent_on_day_30("division", secretary, sonitpur)


def test_division_deemed_assent_on_day_31_from_each_service(secretary, sonitpur):
    _assent_on_day_31_from_each_service("division", secretary, sonitpur)


def test_division_deemed_assent_run_late_is_dated_on_the_legal_day(secretary, sonitpur):
    _late_run_dated_on_the_legal_day("division", secretary, sonitpur)


def test_amalgamation_no_deemed_assent_on_day_30_from_service(secretary, sonitpur):
    _no_assent_on_day_30("amalgamation", secretary, sonitpur)


def test_amalgamation_deemed_assent_on_day_31_from_each_service(secretary, sonitpur):
    _assent_on_day_31_from_each_service("amalgamation", secretary, sonitpur)


def test_amalgamation_deemed_assent_run_late_is_dated_on_the_legal_day(secretary, sonitpur):
    _late_run_dated_on_the_legal_day("amalgamation", secretary, sonitpur)


def test_amalgamation_windows_stay_open_until_every_society_has_served(secretary, sonitpur):
    society = society_with_members(sonitpur, secretary, size=2, society_type="dairy")
    other = society_with_members(sonitpur, secretary, size=2, society_type="dairy")
    scheme = file_amalgamation(secretary, society, other)
    prepare_and_serve(secretary, scheme, society, on=FIRST)
    scheme = Scheme.objects.get(pk=scheme.pk)
    assert scheme.windows_close_on is None and not windows_closed(scheme, date(2026, 6, 1))
    _run(date(2026, 6, 1))
    assert Scheme.objects.get(pk=scheme.pk).state == SchemeState.NOTICES  # the other society has served nobody


def test_merger_windows_computed_but_no_deemed_assent(secretary, arcs_officer, sonitpur):
    society = society_with_members(sonitpur, secretary, size=2)
    into = make_society(sonitpur, name="Tezpur Greater Co-operative Society Limited")
    scheme = file_merger(secretary, society, into)
    prepare_and_serve(secretary, scheme, society, {0: FIRST, 1: SECOND})
    scheme = Scheme.objects.get(pk=scheme.pk)
    assert [n.window_ends_on for n in scheme.notices.order_by("pk")] == [date(2026, 2, 4), date(2026, 2, 11)]
    assert scheme.windows_close_on == date(2026, 2, 11)
    # Each window on the deadlines board and My work (merger_withdrawal_option_30d), with no sweeper behind it.
    assert sorted(n.pk for n in open_rows(clocks.MERGER_OPTIONS, arcs_officer)) == sorted(
        scheme.notices.values_list("pk", flat=True))
    assert clocks.MERGER_OPTIONS.expiry is None and not list(open_rows(clocks.DIVISION_OPTIONS, arcs_officer))
    assert [n.pk for n in open_windows(scheme, date(2026, 2, 5))] == [scheme.notices.order_by("pk").last().pk]
    _run(date(2026, 3, 20))
    assert {option for option, _on in _options(scheme)} == {OptionState.OPEN}   # the Registrar's order decides
    assert not ActivityEntry.objects.filter(action=SchemeAction.ASSENT_DEEMED).exists()
    assert Scheme.objects.get(pk=scheme.pk).state == SchemeState.CONDITIONS
    assert windows_closed(scheme, date(2026, 2, 12)) and not windows_closed(scheme, date(2026, 2, 11))
