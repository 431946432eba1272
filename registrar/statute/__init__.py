"""Statute engine: the Act's time limits as a catalogue keyed by rules.yaml id (ADR 0005)."""

from .catalogue import NotCatalogued, Rule, UnknownRule, catalogue, get_rule, yaml_rules
from .engine import Due, due, later_of

__all__ = ["Due", "NotCatalogued", "Rule", "UnknownRule", "catalogue", "due", "get_rule", "later_of",
           "yaml_rules"]
