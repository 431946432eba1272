"""Template helpers for statutory dates and money.

`{% statutory_date value "rule_id" %}` renders a date (d M Y) as a link to the public page of its rule
(`/law/<rule_id>/`) whose title names the section, the rules.yaml id and the Act's own words, so that
"wherever a statutory date is shown, its section and rule id are one hover or click away" (issue 5 item 5).

`{{ amount|inr }}` groups rupees the Indian way: 12,34,567.00.
"""

from datetime import date

from django import template
from django.urls import reverse
from django.utils.html import format_html

from registrar.l10n import display_date, group_indian, money  # noqa: F401 (group_indian: old import path)
from registrar.statute.catalogue import yaml_rules

register = template.Library()


def rule_title(rule_id: str) -> str:
    """'s.<section>: “<quote>”' for a rules.yaml id; KeyError for an unknown id. The rule id itself stays out of
    what people read (issue 25 point 6): it is in the link and in data-rule."""
    entry = yaml_rules()[rule_id]
    return f"s.{entry['section']}: “{entry['quote']}”"


@register.simple_tag
def statutory_date(value, rule_id: str, fmt: str = "d M Y"):
    """The date, linked to its rule's page with the section, id and quote as the title. Empty value -> '—'.

    An unknown rule id raises KeyError: a template naming a rule that is not in rules.yaml is a bug that the
    page tests must catch, not something to hide.
    """
    title = rule_title(rule_id)
    if not value:
        return "—"
    text = display_date(value, fmt) if isinstance(value, date) else str(value)
    return format_html(
        '<a class="law statutory-date" href="{}" title="{}" data-rule="{}">{}</a>',
        reverse("statute_rule", kwargs={"rule_id": rule_id}), title, rule_id, text,
    )


@register.filter
def inr(value) -> str:
    """Rupees with Indian digit grouping and two decimals: 1234567 -> '12,34,567.00' (registrar.l10n.money:
    Assamese digits on Assamese pages). Empty/invalid -> ''."""
    return money(value)
