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


def run_due(rule_id: str, trigger: str, *extra: str) -> dict:
    out = StringIO()
    call_command("statute", "due", rule_id, "--trigger", trigger, *extra, stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_list_prints_every_catalogued_rule():
    out = StringIO()
    call_command("statute", "list", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 84 + 9
    assert "registration_deemed_60d\t11 proviso\tdeemed\ttrue\t60 days" in lines
    assert "audit_within_6_months\t81(5)\tdeadline\tfalse\t6 months" in lines
    assert all(len(line.split("\t")) == 5 for line in lines)


def test_list_shows_the_december_2026_corrections():
    out = StringIO()
    call_command("statute", "list", stdout=out)
    lines = out.getvalue().splitlines()
    assert "audit_followup_report_3m\t85(2), 40(4)(f)\tcessation\tfalse\t3 months" in lines
    assert "audit_report_to_government_210d\t84(h)\tdeadline\tfalse\tafter 210 days" in lines
    assert "dissolution_past_member_liability_2y\t4(4)\tlook_back\ttrue\t2 years back" in lines
    assert "seized_records_immediate_audit\t126(2), 126(3)\tdeadline\tfalse\tno period" in lines
    assert "formation_disputes_decided_by_registrar\t8(1)\teffect\tfalse\tno period" in lines
    assert "bye_law_reconsideration_period\t12(7) proviso\tdeadline\tfalse\tno period" in lines


def test_due_json_deemed_registration(db):
    assert run_due("registration_deemed_60d", "2026-01-15") == {
        "rule": "registration_deemed_60d", "section": "11 proviso", "trigger": "2026-01-15",
        "last_day": "2026-03-16", "filing_last_day": "2026-03-16", "earliest_day": None,
        "effective_on": "2026-03-17", "automatic": True,
    }


def test_due_json_no_effect_is_null(db):
    assert run_due("annual_returns_30d", "2026-09-20") == {
        "rule": "annual_returns_30d", "section": "129(1), 129(2), 129(3)", "trigger": "2026-09-20",
        "last_day": "2026-10-20", "filing_last_day": "2026-10-20", "earliest_day": None, "effective_on": None,
        "automatic": False,
    }


def test_due_json_earliest_day_has_no_last_day(db):
    # s.84(h): 31 Mar 2026 + 210 = Tue 27 Oct; the report goes from Wed 28 Oct, and there is no last day
    assert run_due("audit_report_to_government_210d", "2026-03-31") == {
        "rule": "audit_report_to_government_210d", "section": "84(h)", "trigger": "2026-03-31",
        "last_day": None, "filing_last_day": None, "earliest_day": "2026-10-28", "effective_on": None,
        "automatic": False,
    }


def test_due_review_window_ignores_the_holiday_table(db):
    # communicated 14 Apr 2026 -> Sat 13 Jun (2nd Saturday), Mon 15 Jun a holiday: the Registrar's power ends
    # on 13 Jun all the same
    Holiday.objects.create(date="2026-06-15", name="Test holiday")
    result = run_due("registrar_review_60d", "2026-04-14")
    assert (result["last_day"], result["filing_last_day"], result["effective_on"]) == (
        "2026-06-13", "2026-06-13", "2026-06-14")


def test_due_audit_followup_has_no_effective_date(db):
    result = run_due("audit_followup_report_3m", "2026-09-25")
    assert (result["filing_last_day"], result["effective_on"], result["automatic"]) == ("2026-12-25", None, False)


def test_due_deletion_hold_with_the_appeal_window(db):
    # decided 15 Sep 2026; termination received 18 Sep -> appeal by Sun 18 Oct -> Mon 19 Oct, a holiday ->
    # Tue 20 Oct -> the name may be deleted from Wed 21 Oct (decision + 30 alone would give 16 Oct)
    Holiday.objects.create(date="2026-10-19", name="Test holiday")
    assert run_due("register_deletion_hold_30d", "2026-09-15", "--window", "termination_appeal_30d=2026-09-18") == {
        "rule": "register_deletion_hold_30d", "section": "24(2) proviso", "trigger": "2026-09-15",
        "last_day": "2026-10-15", "filing_last_day": "2026-10-15", "earliest_day": None,
        "effective_on": "2026-10-21", "automatic": True,
        "window": {"rule": "termination_appeal_30d", "trigger": "2026-09-18"},
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
    (["audit_rectification_registrar_time", "--trigger", "2026-01-15"],
     "audit_rectification_registrar_time is outside the catalogue"),
    (["cdc_payment_30d", "--trigger", "2026-02-30"], "invalid --trigger date '2026-02-30'"),
    (["cdc_payment_30d", "--trigger", "15/01/2026"], "invalid --trigger date"),
    (["seized_records_immediate_audit", "--trigger", "2026-01-15"],
     "seized_records_immediate_audit has no period fixed by the Act (no number of days"),
    (["bye_law_reconsideration_period", "--trigger", "2026-01-15"],
     "bye_law_reconsideration_period has no period fixed by the Act (no number of days: the Registrar fixes"),
    (["register_deletion_hold_30d", "--trigger", "2026-01-15"],
     "name the window and its trigger: membership_refusal_appeal_60d=YYYY-MM-DD or termination_appeal_30d="),
    (["register_deletion_hold_30d", "--trigger", "2026-01-15", "--window", "termination_appeal_30d=2026-02-30"],
     "invalid --window date '2026-02-30'"),
    (["register_deletion_hold_30d", "--trigger", "2026-01-15", "--window", "cdc_payment_30d=2026-01-20"],
     "does not wait on cdc_payment_30d"),
    (["annual_returns_30d", "--trigger", "2026-01-15", "--window", "termination_appeal_30d=2026-01-20"],
     "annual_returns_30d waits on no other window"),
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
