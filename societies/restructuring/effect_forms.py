"""Forms of the conditions before effect: a payment to a withdrawing member or creditor, a new society's
registration application, the approval's remarks."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DayInput
from societies.choices import SocietyType


class ClaimMetForm(forms.Form):
    paid_on = forms.DateField(label=_("Paid on"), widget=DayInput)
    reference = forms.CharField(label=_("Voucher, cheque or transfer reference"), max_length=120)


class ApprovalForm(forms.Form):
    remarks = forms.CharField(label=_("Remarks (optional)"), required=False, max_length=500,
                              widget=forms.Textarea(attrs={"rows": 2}))


class SuccessorApplicationForm(forms.Form):
    received_on = forms.DateField(label=_("Application received on"), widget=DayInput)
    society_type = forms.ChoiceField(label=_("Type"), choices=SocietyType.choices)
    address = forms.CharField(label=_("Proposed registered address"), widget=forms.Textarea(attrs={"rows": 2}))
    area_of_operation = forms.CharField(label=_("Area of operation"), max_length=255)
    authorised_share_capital = forms.DecimalField(label=_("Authorised share capital (₹)"), min_value=0,
                                                  max_digits=14, decimal_places=2)
    chief_promoter_name = forms.CharField(label=_("Chief promoter"), max_length=120)
    applicant_name = forms.CharField(label=_("Applicant (as signed)"), max_length=120)
    applicant_email = forms.EmailField(label=_("Applicant's e-mail (optional)"), required=False)
