"""Forms of the Registrar's orders on compliance flags and of the s.41(6) appointment."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DayInput


class FlagOrderForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), widget=forms.RadioSelect,
        choices=[("confirm", _("Confirm the finding and apply what it carries")),
                 ("dismiss", _("Dismiss the flag: nothing changes"))],
        error_messages={"required": _("Choose whether to confirm or dismiss the flag.")},
    )
    order_text = forms.CharField(
        label=_("Order"), widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The facts found and the decision, as they will appear on the numbered order."),
        error_messages={"required": _("Write the order: the facts found and the decision.")},
    )


class AppointOfficerForm(forms.Form):
    officer = forms.ModelChoiceField(
        label=_("Officer to act as the Board"), queryset=None,
        help_text=_("An officer with jurisdiction in the society's district (s.41(6))."),
        error_messages={"required": _("Choose the officer to put in charge."),
                        "invalid_choice": _("Choose an officer with jurisdiction in the society's district.")},
    )
    order_number = forms.CharField(
        label=_("Order number"), max_length=40,
        help_text=_("The number of your appointment order, e.g. ARCS/SNT/41-6/2026/12."),
        error_messages={"required": _("Enter the number of the appointment order.")},
    )
    appointed_on = forms.DateField(
        label=_("Appointed on"), widget=DayInput(),
        help_text=_("The date of the order; not in the future. The new Board is due within 90 days (s.41(6))."),
        error_messages={"required": _("Enter the date of appointment."), "invalid": _("Enter a valid date.")},
    )

    def __init__(self, *args, officers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers
        self.fields["officer"].label_from_instance = lambda o: (
            f"{o.user.get_full_name() or o.user.username} — {o.get_rank_display()}")
