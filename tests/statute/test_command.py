"""`manage.py statute`: the oracle's JSON output and its error exits."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from registrar.models import Holiday

ROOT = Path(__file__).resolve().parents[2]


def run_due(rule_id: str, trigger: str) -> dict:
    out = StringIO()
    call_command("statute", "due", rule_id, "--trigger", trigger, stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_list_prints_every_catalogued_rule():
    out = StringIO()
    call_command("statute", "list", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 84
    assert "registration_deemed_60d\t11 proviso\tdeemed\ttrue" in lines
    assert "audit_within_6_months\t81(5)\tdeadline\tfalse" in lines
    assert all(len(line.split("\t")) == 4 for line in lines)


def test_due_json_deemed_registration(db):
    assert run_due("registration_deemed_60d", "2026-01-15") == {
        "rule": "registration_deemed_60d", "section": "11 proviso", "trigger": "2026-01-15",
        "last_day": "2026-03-16", "filing_last_day": "2026-03-16", "effective_on": "2026-03-17",
        "automatic": True,
    }


def test_due_json_no_effect_is_null(db):
    assert run_due("annual_returns_30d", "2026-09-20") == {
        "rule": "annual_returns_30d", "section": "129(1), 129(2), 129(3)", "trigger": "2026-09-20",
        "last_day": "2026-10-20", "filing_last_day": "2026-10-20", "effective_on": None, "automatic": False,
    }


def test_due_reads_the_holiday_table(db):
    # 10 Sep + 30 = Sat 10 Oct 2026 (2nd Saturday) -> Mon 12 Oct; with 12 Oct a holiday -> Tue 13 Oct
    assert run_due("annual_returns_30d", "2026-09-10")["filing_last_day"] == "2026-10-12"
    Holiday.objects.create(date="2026-10-12", name="Test holiday")
    assert run_due("annual_returns_30d", "2026-09-10")["filing_last_day"] == "2026-10-13"


def test_deemed_rule_ignores_the_holiday_table(db):
    Holiday.objects.create(date="2026-03-16", name="Test holiday")
    result = run_due("registration_deemed_60d", "2026-01-15")
    assert (result["filing_last_day"], result["effective_on"]) == ("2026-03-16", "2026-03-17")


@pytest.mark.parametrize(("args", "reason"), [
    (["no_such_rule", "--trigger", "2026-01-15"], "unknown rule id: no_such_rule"),
    (["member_min_age_18", "--trigger", "2026-01-15"], "member_min_age_18 is outside the catalogue"),
    (["bye_law_reconsideration_period", "--trigger", "2026-01-15"], "outside the catalogue"),
    (["cdc_payment_30d", "--trigger", "2026-02-30"], "invalid --trigger date '2026-02-30'"),
    (["cdc_payment_30d", "--trigger", "15/01/2026"], "invalid --trigger date"),
])
def test_due_errors_exit_2_with_one_line(db, args, reason):
    err = StringIO()
    with pytest.raises(SystemExit) as exc:
        call_command("statute", "due", *args, stdout=StringIO(), stderr=err)
    assert exc.value.code == 2
    lines = err.getvalue().splitlines()
    assert len(lines) == 1
    assert reason in lines[0]


@pytest.mark.parametrize("args", [
    ["no_such_rule", "--trigger", "2026-01-15"],
    ["cdc_payment_30d", "--trigger", "2026-02-30"],
])
def test_due_errors_from_the_shell_have_no_traceback(args):
    proc = subprocess.run([sys.executable, "manage.py", "statute", "due", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr
