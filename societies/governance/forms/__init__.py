"""Forms of supervision, one module per area. The date widget they share is here."""

from registrar.widgets import DayInput


class DateInput(DayInput):
    """dd-mm-yyyy typed in a text box with a calendar beside it (registrar.widgets, issue 25 point 7)."""
