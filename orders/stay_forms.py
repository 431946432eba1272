"""Forms of the stay panel (templates/orders/partials/stay_panel.html): grant a stay, vacate the stay in force."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DayInput

from .windows import windows_for

OTHER = "other"
PENDING_OTHER = _("Another review or appeal (name it in the reference)")


class DateInput(DayInput):
    """dd-mm-yyyy typed in a text box with a calendar beside it (registrar.widgets, issue 25 point 7)."""


def pending_choices(order) -> list[tuple[str, str]]:
    """What a stay of `order` can be pending: its own review and appeal windows, or another proceeding named in
    the reference (an appeal under s.94(5), a revision before the court)."""
    choices = []
    for window in windows_for(order):
        forum = f" — {window.forum}" if window.forum else ""
        choices.append((window.what, f"{window.label} (s.{window.section}){forum}"))
    return [*choices, (OTHER, str(PENDING_OTHER))]


class StayGrantForm(forms.Form):
    granted_on = forms.DateField(label=_("Stayed from"), widget=DateInput)
    pending_kind = forms.ChoiceField(label=_("Pending"))
    pending_reference = forms.CharField(
        label=_("Petition or appeal reference"), max_length=120,
        help_text=_("The number and date of the review petition or appeal the stay is granted for."))
    reasons = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)

    def __init__(self, *args, order, **kwargs):
        super().__init__(*args, **kwargs)
        self.choice_labels = dict(pending_choices(order))
        self.fields["pending_kind"].choices = list(self.choice_labels.items())

    def pending_text(self) -> str:
        """The `Stay.pending` line: what the stay is pending, with its reference."""
        label = self.choice_labels[self.cleaned_data["pending_kind"]]
        if self.cleaned_data["pending_kind"] == OTHER:
            return self.cleaned_data["pending_reference"].strip()[:200]
        return f"{label}: {self.cleaned_data['pending_reference'].strip()}"[:200]


class StayVacateForm(forms.Form):
    vacated_on = forms.DateField(label=_("Stay vacated on"), widget=DateInput,
                                 help_text=_("The last day the stay is in force. A held effect falls on the later "
                                             "of its legal date and the day after this one."))
