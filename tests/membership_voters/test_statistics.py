"""Member statistics (issue 15 point 4): every figure equals its list, per society, district and statewide."""

from datetime import date

import pytest

from membership import register
from membership.models import Category, CessationCause, Gender
from membership.voters import stats
from registrar import reports
from societies.governance.models import Board, Director
from tests.membership.helpers import make_member, make_person, make_society
from tests.reports_support import assert_figures_match_lists

pytestmark = pytest.mark.django_db
TODAY = date(2026, 6, 1)


def _world(sonitpur, kamrup):
    a, b = make_society(sonitpur), make_society(kamrup)
    people = [("Anima", Gender.WOMAN, Category.SC, date(1990, 5, 1)), ("Bina", Gender.WOMAN, Category.ST, None),
              ("Chandan", Gender.MAN, Category.GENERAL, date(1950, 1, 1)), ("Dipak", Gender.MAN, Category.OBC, None)]
    for i, (name, gender, category, born) in enumerate(people, start=1):
        person = make_person(name, gender=gender, age=40)
        person.date_of_birth = born
        person.save()
        make_member(a, i, person=person, category=category, admitted_on=date(2025, 5, 1 + i))
    make_member(b, 1, person=make_person("Elina", gender=Gender.WOMAN), admitted_on=date(2024, 7, 1))
    gone = make_member(b, 2, person=make_person("Farhan"), admitted_on=date(2020, 1, 1))
    register.entry_change(gone, on=date(2025, 9, 1), ceased_on=date(2025, 9, 1), cessation_cause=CessationCause.DEATH)
    board = Board.objects.create(society=a, kind=Board.Kind.ELECTED, took_office_on=date(2025, 1, 1),
                                 term_ends_on=date(2030, 1, 1), sanctioned_strength=3)
    Director.objects.create(board=board, name="Anima", gender=Gender.WOMAN, office="president",
                            joined_on=date(2025, 1, 1))
    Director.objects.create(board=board, name="Chandan", gender=Gender.MAN, joined_on=date(2025, 1, 1))
    return a, b


def test_statistics_figures_equal_their_lists_statewide_district_and_society(sonitpur, kamrup, arcs_officer,
                                                                             registrar):
    a, _b = _world(sonitpur, kamrup)
    report = reports.get("member-statistics")
    assert_figures_match_lists(report, registrar, TODAY)
    # Per society: each figure equals its list (the report page's links carry no filter, so not the helper).
    for figure, value in report.compute(registrar, TODAY, {"society": a.pk}):
        assert value == figure.count_rows(registrar, TODAY, {"society": a.pk}), figure.key
    values = {f.key: v for f, v in report.compute(registrar, TODAY, {})}
    assert (values["members"], values["women"], values["men"]) == (5, 3, 2)
    # born 1990 (36), stated 40 in 2020 (46, twice), born 1950 (76)
    assert (values["category:sc"], values["age:30-44"], values["age:45-59"], values["age:60+"]) == (1, 1, 3, 1)
    assert (values["admitted:2026"], values["ceased:2026"], values["admitted:2025"]) == (4, 1, 1)
    assert (values["board:directors"], values["board:women"], values["office:women"]) == (2, 1, 1)
    district = {f.key: v for f, v in report.compute(registrar, TODAY, {"district": kamrup.pk})}
    assert (district["members"], district["women"]) == (1, 1)
    mine = {f.key: v for f, v in report.compute(arcs_officer, TODAY, {})}
    assert mine["members"] == 4  # the Sonitpur ARCS sees Sonitpur only


def test_statistics_csv_has_every_figure(registrar, client, sonitpur, kamrup):
    _world(sonitpur, kamrup)
    client.force_login(registrar)
    from unittest import mock

    with mock.patch("registrar.clock.today", return_value=TODAY):
        response = client.get("/office/reports/member-statistics/?format=csv")
    lines = response.content.decode().splitlines()
    assert len(lines) == 1 + len(stats.figures(TODAY, {}))
    assert any(",women," in line and ",3," in line for line in lines)
