"""Forms of the liquidator's workspace and the Registrar's orders on it. Fields only: the rules are the services'."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DayInput

from .models import ClaimClass, ClaimSource

MONEY = {"max_digits": 14, "decimal_places": 2, "min_value": 0}


class ClaimForm(forms.Form):
    claimant_name = forms.CharField(label=_("Claimant"), max_length=200)
    claimant_address = forms.CharField(label=_("Claimant's address"), widget=forms.Textarea(attrs={"rows": 2}),
                                       required=False)
    amount = forms.DecimalField(label=_("Amount claimed (₹)"), **MONEY)
    claim_class = forms.ChoiceField(label=_("Class"), choices=ClaimClass.choices, initial=ClaimClass.UNSECURED)
    source = forms.ChoiceField(label=_("Source"), choices=ClaimSource.choices, initial=ClaimSource.FILED,
                               widget=forms.RadioSelect)
    particulars = forms.CharField(label=_("Particulars (loan, deposit, bill)"), max_length=300, required=False)
    received_on = forms.DateField(label=_("Received on (a liability in the books: the balance sheet's date)"),
                                  widget=DayInput)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("The list of creditors (CSV or Excel .xlsx)"))


class DecideForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), choices=(("admit", _("Admit")), ("reject", _("Reject"))),
                                 widget=forms.RadioSelect)
    admitted_amount = forms.DecimalField(label=_("Amount admitted (₹; leave empty to admit in full)"),
                                         required=False, **MONEY)
    reasons = forms.CharField(label=_("Reasons (required to reject or to admit in part)"),
                              widget=forms.Textarea(attrs={"rows": 3}), required=False)


class PayForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount paid (₹)"), **MONEY)
    paid_on = forms.DateField(label=_("Paid on"), widget=DayInput)


class CallForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount called (₹)"), **MONEY)
    called_on = forms.DateField(label=_("Called on"), widget=DayInput)
    due_by = forms.DateField(label=_("To be paid by"), widget=DayInput)
    note = forms.CharField(label=_("Note"), required=False, max_length=300)


class AssetForm(forms.Form):
    description = forms.CharField(label=_("Asset"), max_length=200)
    book_value = forms.DecimalField(label=_("Value in the books (₹)"), required=False, **MONEY)
    realised_amount = forms.DecimalField(label=_("Amount realised (₹)"), **MONEY)
    realised_on = forms.DateField(label=_("Realised on"), widget=DayInput)
    how = forms.CharField(label=_("How (auction, sale, recovery)"), required=False, max_length=200)


class CompromiseForm(forms.Form):
    terms = forms.CharField(label=_("Terms of the compromise or arrangement"), widget=forms.Textarea(attrs={"rows": 3}))
    creditor_class = forms.ChoiceField(label=_("Creditors of"), required=False,
                                       choices=[("", _("All the creditors")), *ClaimClass.choices])
    meeting_on = forms.DateField(label=_("Meeting held on"), widget=DayInput)
    creditors = forms.IntegerField(label=_("Number of creditors (of the class)"), min_value=1)
    debts = forms.DecimalField(label=_("Their debts (₹)"), **MONEY)
    assenting = forms.IntegerField(label=_("Number agreeing"), min_value=0)
    assenting_debts = forms.DecimalField(label=_("Debts of those agreeing (₹)"), **MONEY)


class ReportForm(forms.Form):
    progress = forms.CharField(label=_("What was done in the quarter"), widget=forms.Textarea(attrs={"rows": 5}))


class DistributionForm(forms.Form):
    available = forms.DecimalField(label=_("Amount available for distribution (₹)"), **MONEY)


class LeaveForm(forms.Form):
    applicant = forms.CharField(label=_("Applicant"), max_length=200)
    against = forms.CharField(label=_("Proceeding against (the society, the liquidator or a member)"), max_length=200)
    particulars = forms.CharField(label=_("The suit or proceeding"), widget=forms.Textarea(attrs={"rows": 3}))
    applied_on = forms.DateField(label=_("Applied on"), widget=DayInput)


class LeaveDecideForm(forms.Form):
    decision = forms.ChoiceField(label=_("Order"), choices=(("grant", _("Grant leave")), ("refuse", _("Refuse leave"))),
                                 widget=forms.RadioSelect)
    conditions = forms.CharField(label=_("Conditions"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class SanctionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Order"), widget=forms.RadioSelect,
                                 choices=(("sanction", _("Sanction the compromise")), ("refuse", _("Refuse"))))
