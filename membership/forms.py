"""Forms of the register. They only parse; the services check and save."""

from django import forms
from django.utils.translation import gettext_lazy as _

from societies.governance.forms import DateInput


class NominationForm(forms.Form):
    nominee_name = forms.CharField(label=_("Nominee's name"), max_length=120)
    relation = forms.CharField(label=_("Relation to the member"), max_length=60, required=False)
    address = forms.CharField(label=_("Nominee's address"), max_length=500, required=False,
                              widget=forms.Textarea(attrs={"rows": 2}))
    on = forms.DateField(label=_("Nominated on"), widget=DateInput)
