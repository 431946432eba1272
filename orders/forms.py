"""Forms of the register's pages. The bounds (never in the future, never before the order was made, once only)
are the service's (orders.services.order_record_communication); the form only parses."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DayInput


class CommunicationForm(forms.Form):
    communicated_on = forms.DateField(
        label=_("Date of communication"), widget=DayInput(),
        help_text=_("The day the order was dispatched or delivered: the review and appeal windows run from it."))
    reference = forms.CharField(
        label=_("Registered post or delivery reference"), max_length=80,
        help_text=_("The registered-post article number, or the acknowledgement of delivery by hand."))
