"""Every rules.yaml id is either catalogued or explained in docs/statute-coverage.md."""

import re
from pathlib import Path

import pytest
import yaml

from registrar.statute import catalogue
from registrar.statute.catalogue import RULES_YAML, has_act_period

ROOT = Path(__file__).resolve().parents[2]
COVERAGE_DOC = ROOT / "docs" / "statute-coverage.md"
SHARED_RULES = Path("/work/shared/statute/rules.yaml")


def yaml_ids() -> list[str]:
    return [entry["id"] for entry in yaml.safe_load(RULES_YAML.read_text(encoding="utf-8"))]


def documented_ids() -> list[str]:
    return re.findall(r"^\| `([a-z0-9_]+)` \|", COVERAGE_DOC.read_text(encoding="utf-8"), flags=re.M)


def test_every_rule_is_catalogued_or_documented():
    ids = yaml_ids()
    assert len(ids) == len(set(ids)) == 179
    missing = set(ids) - set(catalogue()) - set(documented_ids())
    assert not missing, f"neither catalogued nor in docs/statute-coverage.md: {sorted(missing)}"


def test_coverage_doc_names_only_real_uncatalogued_ids():
    documented = documented_ids()
    assert len(documented) == len(set(documented))
    assert not set(documented) - set(yaml_ids())
    assert not set(documented) & set(catalogue())


def test_every_period_fixed_by_the_act_is_catalogued():
    entries = yaml.safe_load(RULES_YAML.read_text(encoding="utf-8"))
    assert {e["id"] for e in entries if has_act_period(e)} == set(catalogue())


@pytest.mark.skipif(not SHARED_RULES.exists(), reason="no shared statute pack on this machine")
def test_vendored_rules_match_the_shared_statute_pack():
    assert RULES_YAML.read_bytes() == SHARED_RULES.read_bytes()


def test_enforced_rows_name_a_test_file_that_names_the_rule():
    """A row that says a rule is enforced points at its tests, and those tests name the rule id."""
    rows = re.findall(r"^\| `([a-z0-9_]+)` \|.*tested in (.*) \|$", COVERAGE_DOC.read_text(encoding="utf-8"), flags=re.M)
    assert len(rows) >= 8
    for rule_id, where in rows:
        files = re.findall(r"`(tests/[^`]+\.py)`", where)
        assert files, f"{rule_id}: no test file named"
        texts = [(ROOT / f).read_text(encoding="utf-8") for f in files]
        assert any(rule_id in text for text in texts), f"{rule_id}: none of {files} names the id"
