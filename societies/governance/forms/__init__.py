"""Forms of supervision, one module per area. The date widget they share is here."""

from django import forms


class DateInput(forms.DateInput):
    input_type = "date"
