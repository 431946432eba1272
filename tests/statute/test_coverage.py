"""Every rules.yaml id is either catalogued or explained in docs/statute-coverage.md."""

import re
from pathlib import Path

import pytest
import yaml

from registrar.statute import catalogue
from registrar.statute.catalogue import RULES_YAML, has_act_period

ROOT = Path(__file__).resolve().parents[2]
COVERAGE_DOC = ROOT / "docs" / "statute-coverage.md"
# The shared statute pack lives in the checkout's sibling folder `shared/` (as CI clones it), not at a fixed path.
SHARED_RULES = ROOT.parent / "shared" / "statute" / "rules.yaml"
ROW = re.compile(r"^\| `([a-z0-9_]+)` \| ([^|]*) \| ([^|]*) \|", flags=re.M)


def yaml_ids() -> list[str]:
    return [entry["id"] for entry in yaml.safe_load(RULES_YAML.read_text(encoding="utf-8"))]


def documented_ids() -> list[str]:
    return re.findall(r"^\| `([a-z0-9_]+)` \|", COVERAGE_DOC.read_text(encoding="utf-8"), flags=re.M)


def test_every_rule_is_catalogued_or_documented():
    ids = yaml_ids()
    assert len(ids) == len(set(ids)) == 187
    missing = set(ids) - set(catalogue()) - set(documented_ids())
    assert not missing, f"neither catalogued nor in docs/statute-coverage.md: {sorted(missing)}"


def test_coverage_doc_names_only_real_uncatalogued_ids():
    documented = documented_ids()
    assert len(documented) == len(set(documented))
    assert not set(documented) - set(yaml_ids())
    assert not set(documented) & set(catalogue())


def test_every_period_fixed_by_the_act_is_catalogued():
    entries = yaml.safe_load(RULES_YAML.read_text(encoding="utf-8"))
    assert {e["id"] for e in entries if has_act_period(e)} == {r.id for r in catalogue().values() if r.has_period}


def test_coverage_doc_counts_match_the_catalogue():
    text = COVERAGE_DOC.read_text(encoding="utf-8")
    clocks = sum(1 for r in catalogue().values() if r.has_period)
    duties = [r.id for r in catalogue().values() if not r.has_period]
    assert (clocks, len(duties), len(documented_ids())) == (84, 9, 94)
    assert f"rules.yaml has {len(yaml_ids())} ids" in text
    assert f"catalogues {len(catalogue())} of them" in text
    assert f"- {clocks} clocks" in text and f"- {len(duties)} duties with no number of days" in text
    assert f"The other {len(documented_ids())} ids are listed here" in text
    assert all(f"`{rule_id}`" in text for rule_id in duties)


def test_coverage_doc_section_and_kind_match_rules_yaml():
    entries = {e["id"]: e for e in yaml.safe_load(RULES_YAML.read_text(encoding="utf-8"))}
    stale = [(rule_id, section, kind) for rule_id, section, kind in ROW.findall(COVERAGE_DOC.read_text(encoding="utf-8"))
             if (section, kind) != (str(entries[rule_id]["section"]), entries[rule_id]["kind"])]
    assert not stale, f"rows whose section or kind differ from rules.yaml: {stale}"


def test_coverage_doc_names_only_paths_that_exist():
    paths = set(re.findall(r"`((?:[a-z_]+/)+[a-z_0-9]*(?:\.py)?)`", COVERAGE_DOC.read_text(encoding="utf-8")))
    assert "societies/governance/sweepers/office_holders.py" in paths
    assert not [path for path in sorted(paths) if not (ROOT / path).exists()]


@pytest.mark.skipif(not SHARED_RULES.exists(), reason="no shared statute pack beside this checkout (../shared)")
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
