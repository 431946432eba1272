"""The public page of one statutory rule: the Act's words and the section in plain language, in the page's
language (registrar.statute.plain). No engine fields, rule ids or engineers' notes (issue 25 point 6)."""

from django.http import Http404
from django.shortcuts import render

from registrar.statute.catalogue import yaml_rules
from registrar.statute.plain import NOT_TRANSLATED, plain_rule


def statute_rule(request, rule_id: str):
    if rule_id not in yaml_rules():
        raise Http404("unknown rule id")
    return render(request, "registrar/public/law_rule.html", {
        "rule": plain_rule(rule_id), "not_translated": NOT_TRANSLATED,
    })
