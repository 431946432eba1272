"""The date input every form uses (issue 25 point 7): a text box for dd-mm-yyyy, whatever the browser's locale,
parsed on the server (DATE_INPUT_FORMATS in config/formats/*/formats.py: dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy and
ISO). static/js/day-picker.js adds a calendar button beside it; without JavaScript the box still works.
Assamese digits typed into it are read as ASCII."""

from django import forms
from django.utils.dates import MONTHS, WEEKDAYS_ABBR
from django.utils.translation import gettext_lazy as _

from .l10n import ascii_digits

DAY_FORMAT = "%d-%m-%Y"
DAY_PLACEHOLDER = _("dd-mm-yyyy")
PICK_LABEL = _("Choose a date")


class DayInput(forms.DateInput):
    input_type = "text"
    template_name = "django/forms/widgets/date.html"

    def __init__(self, attrs=None, format=None):
        attrs = dict(attrs or {})
        attrs.pop("type", None)
        super().__init__(attrs=attrs, format=format or DAY_FORMAT)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        # min/max mean nothing on a text box: the picker reads them as data attributes (ISO dates).
        for key in ("min", "max"):
            if key in widget_attrs:
                widget_attrs[f"data-{key}"] = widget_attrs.pop(key)
        widget_attrs.setdefault("placeholder", str(DAY_PLACEHOLDER))
        widget_attrs.setdefault("inputmode", "numeric")
        widget_attrs.setdefault("autocomplete", "off")
        widget_attrs.setdefault("size", "11")
        widget_attrs.setdefault("maxlength", "10")
        widget_attrs["data-day-picker"] = ""
        widget_attrs["data-pick-label"] = str(PICK_LABEL)
        widget_attrs["data-months"] = "|".join(str(MONTHS[m]) for m in range(1, 13))
        widget_attrs["data-weekdays"] = "|".join(str(WEEKDAYS_ABBR[d]) for d in range(7))
        return context

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        return ascii_digits(value.strip()) if isinstance(value, str) else value
