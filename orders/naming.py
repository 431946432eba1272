"""Pure helpers shared by the services that issue orders and the data migration that entered the orders made
before the register existed (orders/migrations/0002_existing_orders.py): the number format, the subject line
and the section of a rule. No database, no clock, no app models: a migration may import this module."""

from registrar.statute.catalogue import yaml_rules

SUBJECT_MAX = 300  # Order.subject


def format_order_number(series: str, district_code: str | None, year: int, sequence: int) -> str:
    """SERIES/DISTRICT/YEAR/NNNNNN, or SERIES/RCS/YEAR/NNNNNN for a statewide series (no district)."""
    return f"{series}/{district_code or 'RCS'}/{year}/{sequence:06d}"


def counter_series(series: str) -> str:
    """The ReferenceCounter series that numbers an order series (registrar.numbering)."""
    return f"order:{series}"


def order_subject(name: str, detail: str = "") -> str:
    """The register's subject line: who the order is about, and the record it names ("Borgaon Fishery
    Co-operative Society Limited (RCS/SNT/2026/000012)"). Stored in English, like the names it holds."""
    name, detail = (name or "").strip(), (detail or "").strip()
    text = f"{name} ({detail})" if name and detail else (name or detail)
    return text[:SUBJECT_MAX]


def rule_section(rule_id: str) -> str:
    """The section rules.yaml gives `rule_id` ("" when the id is empty or not in rules.yaml)."""
    entry = yaml_rules().get(rule_id or "")
    return str(entry["section"]) if entry and entry.get("section") is not None else ""
