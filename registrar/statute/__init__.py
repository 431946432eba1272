"""Statute engine: the Act's time limits as a catalogue keyed by rules.yaml id (ADR 0005, ADR 0015)."""

from .catalogue import NotCatalogued, Rule, UnknownRule, catalogue, get_rule, yaml_rules
from .engine import Due, NoPeriod, WindowNeeded, due, later_of

__all__ = ["Due", "NoPeriod", "NotCatalogued", "Rule", "UnknownRule", "WindowNeeded", "catalogue", "due",
           "get_rule", "later_of", "yaml_rules"]
