"""Template filters for dates, digits and money (registrar/l10n.py), loaded as a builtin in every template
(config/settings.py TEMPLATES OPTIONS builtins), so no template needs `{% load %}` for them.

- `date` replaces Django's filter of the same name: the same output, with Assamese digits on Assamese pages
  unless the format is one for machines (Y-m-d, c, U...). One central change instead of editing every page.
- `date_as`: the date in Assamese whatever the page's language (bilingual PDFs).
- `digits`: a count with Assamese digits on Assamese pages. Never for reference numbers.
- `inr` / `money`: rupees with Indian digit grouping (1,00,000.00).
"""

from django import template
from django.template.defaultfilters import date as django_date

from registrar import l10n

register = template.Library()


@register.filter(expects_localtime=True, is_safe=False)
def date(value, arg=None):
    text = django_date(value, arg)
    if not text or l10n.is_machine_format(arg):
        return text
    return l10n.local_digits(text)


@register.filter(expects_localtime=True, is_safe=False)
def date_as(value, arg="d F Y"):
    if value in (None, ""):
        return ""
    return l10n.display_date(value, arg or "d F Y", lang="as")


@register.filter(is_safe=False)
def digits(value):
    return l10n.local_digits(value)


@register.filter(is_safe=False)
def inr(value):
    return l10n.money(value)


@register.filter(is_safe=False)
def rupees(value):
    """Whole rupees, no paise: 100000 -> '1,00,000'."""
    return l10n.money(value, paise=False)
