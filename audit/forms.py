"""Forms of the allotment, the panel and the fee. The services decide; the forms parse."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.models import District
from registrar.widgets import DayInput

from .models import PanelApprover


class AllotForm(forms.Form):
    officer = forms.ModelChoiceField(label=_("Departmental auditor"), queryset=None, required=False)
    firm = forms.ModelChoiceField(label=_("Panel firm (the society's choice)"), queryset=None, required=False)
    partner = forms.ModelChoiceField(label=_("Signing partner"), queryset=None, required=False)
    agm_resolution_on = forms.DateField(label=_("Date of the AGM resolution choosing the firm"), required=False,
                                        widget=DayInput)
    agm_resolution_ref = forms.CharField(label=_("Resolution number"), max_length=60, required=False)
    confirm_consecutive = forms.BooleanField(
        label=_("I have read the warning and allot this auditor again"), required=False)

    def __init__(self, *args, officers, firms, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers
        self.fields["officer"].label_from_instance = lambda o: o.user.display_name()
        self.fields["firm"].queryset = firms
        self.fields["partner"].queryset = partners
        self.fields["partner"].label_from_instance = lambda p: f"{p.name} (M.No. {p.icai_number}) · {p.firm.name}"


class FeeForm(forms.Form):
    working_capital = forms.DecimalField(label=_("Working capital (₹)"), min_value=Decimal(0), max_digits=14,
                                         decimal_places=2)
    writing_up_cost = forms.DecimalField(label=_("Cost of writing up incomplete accounts, s.82 (₹)"),
                                         min_value=Decimal(0), max_digits=14, decimal_places=2, initial=0,
                                         required=False)


class PanelOrderForm(forms.Form):
    number = forms.CharField(label=_("Order number"), max_length=80)
    made_on = forms.DateField(label=_("Date of the order"), widget=DayInput)
    approver = forms.ChoiceField(label=_("Approved by"), choices=PanelApprover.choices)
    valid_from = forms.DateField(label=_("Panel valid from"), widget=DayInput)
    valid_to = forms.DateField(label=_("Panel valid to"), widget=DayInput)


class PanelFirmForm(forms.Form):
    order = forms.ModelChoiceField(label=_("Panel order"), queryset=None)
    name = forms.CharField(label=_("Firm"), max_length=200)
    frn = forms.CharField(label=_("ICAI firm registration number"), max_length=12)
    email = forms.EmailField(label=_("Email"))
    capacity = forms.IntegerField(label=_("Capacity (audits a year)"), min_value=1, max_value=1000)
    districts = forms.ModelMultipleChoiceField(label=_("Districts (none: the whole state)"),
                                               queryset=District.objects.order_by("name"), required=False)
    partners = forms.CharField(
        label=_("Partners, one a line: name, ICAI membership number"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, orders, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["order"].queryset = orders

    def clean_partners(self):
        rows = []
        for line in self.cleaned_data["partners"].splitlines():
            if not line.strip():
                continue
            name, _sep, number = line.rpartition(",")
            if not name.strip() or not number.strip().isdigit() or len(number.strip()) != 6:
                raise forms.ValidationError(_("Write each partner as: name, six-digit ICAI membership number."))
            rows.append((name.strip(), number.strip()))
        return rows
