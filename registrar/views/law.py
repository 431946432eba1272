"""The public page of one statutory rule: what rules.yaml says about it, verbatim."""

from django.http import Http404
from django.shortcuts import render

from registrar.statute.catalogue import yaml_rules


def statute_rule(request, rule_id: str):
    entry = yaml_rules().get(rule_id)
    if entry is None:
        raise Http404("unknown rule id")
    limit = entry.get("limit") or {}
    return render(request, "registrar/public/law_rule.html", {
        "rule": entry,
        "rule_id": rule_id,
        "limit_items": sorted(limit.items()) if isinstance(limit, dict) else [],
    })
