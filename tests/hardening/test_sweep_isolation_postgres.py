"""Issue 10 point 1: one bad row never stops the Act's sweeps (registrar.sweeps.run_isolated).

On PostgreSQL: one registration application carries a financial-year end of 13/45, as a citizen could type before
the model bounded it (the CHECK constraint is added NOT VALID, so old rows keep such values; the test drops it to
write one). Deemed registration raises on that row. Every other application, and every later sweeper (the Board
dissolved for a missed AGM, proceedings deemed approved), must still do its work; the row is recorded on the
sweep problems page, named in run_sweeps' output with a non-zero exit, retried on the next run, and resolved on
the run after it is corrected. `/healthz` reports the last sweep day and the number of failing rows.
"""

import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse

from registrar import sweeps
from registrar.models import SweepProblem
from societies.governance.models import Board, Proceedings
from societies.models import AppState, RegistrationApplication
from tests.deadlines.helpers import make_open_application
from tests.gov_sweepers.helpers import elect_board, make_society, year
from tests.gov_sweepers.test_other_sweepers import make_proceedings

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

RECEIVED = date(2026, 8, 1)   # last day 30 Sep 2026
RUN_ON = date(2026, 10, 20)   # after the deemed date, the AGM's last day (30 Sep) and the proceedings' 15 days


def _poison(application):
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # ALTER TABLE refuses pending deferred FK checks
        cursor.execute("ALTER TABLE societies_registrationapplication DROP CONSTRAINT IF EXISTS "
                       "application_fy_end_real_day")
        cursor.execute("UPDATE societies_registrationapplication SET fy_end_month = 13, fy_end_day = 45 "
                       "WHERE id = %s", [application.pk])


@pytest.fixture
def world(citizen, sonitpur, secretary):
    applications = [make_open_application(citizen, sonitpur, received_on=RECEIVED) for _ in range(3)]
    _poison(applications[1])
    agm_society = make_society(secretary=secretary)
    board = elect_board(agm_society, date(2024, 5, 1))
    year(agm_society, date(2026, 3, 31))  # AGM due by 30 Sep 2026, never held
    proceedings = make_proceedings(make_society(secretary=secretary), secretary, received_on=date(2026, 10, 3))
    return applications, board, proceedings


def _state(application) -> str:
    return RegistrationApplication.objects.get(pk=application.pk).state


def test_hardening_sweep_isolation_poisoned_row_is_recorded_and_others_run(world, client):
    applications, board, proceedings = world
    results = {s.name: r for s, r in sweeps.run_all(today=RUN_ON)}

    good, bad, other = applications
    assert _state(good) == AppState.DEEMED_REGISTERED and _state(other) == AppState.DEEMED_REGISTERED
    assert _state(bad) != AppState.DEEMED_REGISTERED  # rolled back: no society, no grant, no entry
    assert not RegistrationApplication.objects.get(pk=bad.pk).society_id
    assert results["deemed_registration"].count == 2 and len(results["deemed_registration"].problems) == 1
    # The later sweepers still ran.
    assert Board.objects.get(pk=board.pk).end_reason == Board.EndReason.DISSOLVED_NO_AGM
    assert Proceedings.objects.get(pk=proceedings.pk).state == Proceedings.State.DEEMED_APPROVED

    problem = SweepProblem.objects.get(resolved_on__isnull=True)
    assert (problem.sweeper, problem.row) == ("deemed_registration", f"societies.registrationapplication:{bad.pk}")
    assert problem.district.code == "SNT" and problem.failures == 1 and problem.first_failed_on == RUN_ON
    assert "fy_end" in problem.error or "month" in problem.error  # the CHECK on the society, or the date itself

    health = json.loads(client.get(reverse("healthz")).content)
    assert health["last_sweep_day"] == RUN_ON.isoformat() and health["failing_sweep_rows"] == 1


def test_hardening_sweep_isolation_run_sweeps_names_the_row_and_fails(world, capsys):
    _applications, _board, _proceedings = world
    bad = world[0][1]
    with pytest.raises(CommandError, match="1 row"):
        call_command("run_sweeps", "--today", RUN_ON.isoformat())
    captured = capsys.readouterr()
    assert f"deemed_registration FAILED on societies.registrationapplication:{bad.pk}" in captured.err
    assert "boards_dissolve_for_missed_agm: 1" in captured.out and "proceedings_deem_approved: 1" in captured.out


def test_hardening_sweep_isolation_retried_then_resolved_on_its_legal_day(world, arcs_officer, client):
    applications, _board, _proceedings = world
    bad = applications[1]
    sweeps.run_all(today=RUN_ON)
    sweeps.run_all(today=date(2026, 10, 21))  # retried, fails again: one problem, two failures
    problem = SweepProblem.objects.get(resolved_on__isnull=True)
    assert (problem.failures, problem.last_failed_on) == (2, date(2026, 10, 21))

    client.force_login(arcs_officer)
    page = client.get(reverse("sweep_problems")).content.decode()
    assert f"societies.registrationapplication:{bad.pk}" in page and "Failing now (1)" in page

    RegistrationApplication.objects.filter(pk=bad.pk).update(fy_end_month=3, fy_end_day=31)
    sweeps.run_all(today=date(2026, 10, 25))
    fixed = RegistrationApplication.objects.select_related("society").get(pk=bad.pk)
    assert fixed.state == AppState.DEEMED_REGISTERED
    assert fixed.society.registered_on == date(2026, 10, 1)  # the legal day, not the run that finally worked
    assert SweepProblem.objects.get(pk=problem.pk).resolved_on == date(2026, 10, 25)
    assert not SweepProblem.objects.filter(resolved_on__isnull=True).exists()
