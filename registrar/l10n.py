"""Dates, digits and money as people read them (issue 25 point 7), in one place.

- Assamese pages show dates with Assamese month names (the catalogue translates Django's own month and weekday
  msgids) and Assamese digits (০১২...); English pages show ASCII digits. Reference numbers (SNT/REG/2026/0007),
  CSV, the API and form inputs never change: only values passed through `display_date`, `local_digits` or the
  template filters (`date`, `digits`, `inr`, `date_as`; registrar/templatetags/portal_l10n.py) are localised.
- Dates are typed and shown in forms as dd-mm-yyyy whatever the browser's locale (config/formats/*/formats.py
  DATE_INPUT_FORMATS; registrar.widgets.DayInput); Assamese digits typed into a date field are read as ASCII.
- Money: Indian digit grouping (1,00,000.00) in both languages.
"""

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import translation
from django.utils.dateformat import format as date_format

ASSAMESE_DIGITS = "০১২৩৪৫৬৭৮৯"
_TO_ASSAMESE = str.maketrans("0123456789", ASSAMESE_DIGITS)
_TO_ASCII = str.maketrans(ASSAMESE_DIGITS, "0123456789")

# Date formats for machines: ISO dates and times, timestamps, RFC 5322. They keep ASCII digits in every language
# (URLs, <time datetime>, data attributes, input values).
_MACHINE_FORMAT = re.compile(r"^(?:Y-?m-?d(?:[ T\\]+H:?i(?::?s)?)?|[cUrOe]|Y|Y-m)$")


def uses_assamese_digits(lang: str | None = None) -> bool:
    return (lang or translation.get_language() or "").split("-")[0] == "as"


def local_digits(text, lang: str | None = None) -> str:
    """`text` with Assamese digits when the language (default: the active one) is Assamese; unchanged otherwise."""
    text = "" if text is None else str(text)
    return text.translate(_TO_ASSAMESE) if uses_assamese_digits(lang) else text


def ascii_digits(text: str) -> str:
    """Assamese (Bengali-script) digits to ASCII: what a date or number typed in Assamese means to the server."""
    return text.translate(_TO_ASCII)


def is_machine_format(fmt: str | None) -> bool:
    return bool(fmt) and bool(_MACHINE_FORMAT.match(fmt))


def display_date(value, fmt: str = "d M Y", lang: str | None = None) -> str:
    """A date as a reader sees it: '17 Mar 2026' in English, '১৭ মাৰ্চ ২০২৬' in Assamese. `lang` forces the
    language (bilingual PDFs print the Assamese date beside the English one); empty value -> '—'."""
    if not value:
        return "—"
    if not isinstance(value, date | datetime):
        return str(value)
    if lang is None:
        return local_digits(date_format(value, fmt))
    with translation.override(lang):
        return local_digits(date_format(value, fmt), lang)


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


def money(value, *, paise: bool = True) -> str:
    """Rupees with Indian digit grouping: 100000 -> '1,00,000.00' (in Assamese pages '১,০০,০০০.০০').
    Empty or invalid -> ''."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return ""
    sign = "-" if amount < 0 else ""
    whole, _, cents = f"{abs(amount):.2f}".partition(".")
    text = f"{sign}{group_indian(int(whole))}" + (f".{cents}" if paise else "")
    return local_digits(text)
