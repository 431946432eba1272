"""Template helpers for statutory dates and money.

`{% statutory_date value "rule_id" %}` renders a date (d M Y) as a link to the public page of its rule
(`/law/<rule_id>/`) whose title names the section, the rules.yaml id and the Act's own words, so that
"wherever a statutory date is shown, its section and rule id are one hover or click away" (issue 5 item 5).

`{{ amount|inr }}` groups rupees the Indian way: 12,34,567.00.
"""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.html import format_html

from registrar.statute.catalogue import yaml_rules

register = template.Library()


def rule_title(rule_id: str) -> str:
    """'s.<section> · <rule_id>: “<quote>”' for a rules.yaml id; KeyError for an unknown id."""
    entry = yaml_rules()[rule_id]
    return f"s.{entry['section']} · {rule_id}: “{entry['quote']}”"


@register.simple_tag
def statutory_date(value, rule_id: str, fmt: str = "d M Y"):
    """The date, linked to its rule's page with the section, id and quote as the title. Empty value -> '—'.

    An unknown rule id raises KeyError: a template naming a rule that is not in rules.yaml is a bug that the
    page tests must catch, not something to hide.
    """
    title = rule_title(rule_id)
    if not value:
        return "—"
    text = date_format(value, fmt) if isinstance(value, date) else str(value)
    return format_html(
        '<a class="law statutory-date" href="{}" title="{}" data-rule="{}">{}</a>',
        reverse("statute_rule", kwargs={"rule_id": rule_id}), title, rule_id, text,
    )


def group_indian(whole: int) -> str:
    """12345678 -> '1,23,45,678': the last three digits, then groups of two."""
    digits = str(whole)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups + [tail])


@register.filter
def inr(value) -> str:
    """Rupees with Indian digit grouping and two decimals: 1234567 -> '12,34,567.00'. Empty/invalid -> ''."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return ""
    sign = "-" if amount < 0 else ""
    whole, _, paise = f"{abs(amount):.2f}".partition(".")
    return f"{sign}{group_indian(int(whole))}.{paise}"
