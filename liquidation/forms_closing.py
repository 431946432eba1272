"""Forms of the closing (office and liquidator). Dates are typed dd-mm-yyyy (registrar.widgets.DayInput); the
services check everything the statute says, the forms only the shape."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar import bounds
from registrar.widgets import DayInput

from .models import ExtensionBy


def day(label, *, required=True, ahead=0):
    return bounds.ActDateField(label=label, required=required, widget=DayInput, ahead_years=ahead)


def money(label, *, required=True):
    return forms.DecimalField(label=label, required=required, min_value=0, max_digits=16, decimal_places=2)


class AccountForm(forms.Form):
    fee_amount = money(_("Liquidator's fee (₹)"), required=False)
    fee_fixed_on = day(_("Fee fixed on"), required=False)
    bank_name = forms.CharField(label=_("Bank and branch of the liquidation's account"), max_length=160,
                                required=False)
    bank_account = forms.CharField(label=_("Account number"), max_length=40, required=False)
    bank_opened_on = day(_("Account opened on"), required=False)
    liquidator_address = forms.CharField(label=_("Liquidator's office address (for claims)"), max_length=300,
                                         required=False)


class FinalReportForm(forms.Form):
    filed_on = day(_("Filed on"))
    summary = forms.CharField(label=_("Final report"), widget=forms.Textarea(attrs={"rows": 4}))
    assets_realised = money(_("Assets realised (₹)"))
    liabilities_paid = money(_("Liabilities paid (₹)"))
    surplus_amount = money(_("Surplus left (₹)"))
    bye_law_object = forms.CharField(
        label=_("Object the bye-laws name for a surplus (leave empty if none)"), max_length=300, required=False)


class ReturnForm(forms.Form):
    reasons = forms.CharField(label=_("Why the report goes back"), widget=forms.Textarea(attrs={"rows": 3}))


class ExtensionForm(forms.Form):
    made_on = day(_("Date of the order"))
    new_last_day = day(_("Extended to"), ahead=3)
    reasons = forms.CharField(label=_("Reasons (in writing)"), widget=forms.Textarea(attrs={"rows": 3}))
    government_reference = forms.CharField(label=_("Government's order number"), max_length=80, required=False)

    def __init__(self, *args, by: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.by = by
        if by == ExtensionBy.REGISTRAR:
            del self.fields["government_reference"]


class DissolveForm(forms.Form):
    dissolved_on = day(_("Date of dissolution (shown in the certificate)"))
    records_custody = forms.CharField(label=_("Where the society's records are to be kept"),
                                      widget=forms.Textarea(attrs={"rows": 2}))


class NoticeForm(forms.Form):
    published_on = day(_("Published in the Gazette on"))
    gazette_number = forms.CharField(label=_("Gazette number"), max_length=60)


class MembersChoiceForm(forms.Form):
    chosen_on = day(_("Members chose on"))
    object_chosen = forms.CharField(label=_("Object of local public utility chosen"), max_length=300)


class SurplusApplyForm(forms.Form):
    object_applied = forms.CharField(label=_("Object the surplus is applied to"), max_length=300)
