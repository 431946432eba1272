"""Forms of Bakijai. Bounds are checked again by the services, which decide."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DayInput

from .models import Claimant, Execution, ExecutionEntry, Hearing, RequisitionDocument
from .services.filing import Particulars

MONEY = {"max_digits": 14, "decimal_places": 2}


class RequisitionForm(forms.Form):
    debtor_person = forms.IntegerField(widget=forms.HiddenInput, required=False)
    member_number = forms.IntegerField(
        label=_("Debtor's member number in the society's register"), required=False, min_value=1,
        help_text=_("For a society's own member: the name and address are then taken from the register of members."))
    debtor_name = forms.CharField(label=_("Debtor's name"), max_length=200, required=False)
    debtor_parent_name = forms.CharField(label=_("Father's or husband's name"), max_length=200, required=False)
    debtor_address = forms.CharField(label=_("Debtor's address"), required=False,
                                     widget=forms.Textarea(attrs={"rows": 2}))
    lender = forms.CharField(label=_("Lender"), max_length=200)
    loan_account = forms.CharField(label=_("Loan account number"), max_length=60)
    loan_sanctioned_on = forms.DateField(label=_("Loan sanctioned on"), required=False, widget=DayInput())
    principal = forms.DecimalField(label=_("Principal (₹)"), min_value=Decimal("0.01"), **MONEY)
    interest_rate = forms.DecimalField(label=_("Interest, % a year"), required=False, max_digits=6,
                                       decimal_places=3)
    interest_from = forms.DateField(label=_("Interest runs from"), required=False, widget=DayInput())
    interest_to = forms.DateField(label=_("Interest computed to"), required=False, widget=DayInput())
    costs = forms.DecimalField(label=_("Costs (₹)"), required=False, min_value=Decimal(0), **MONEY)
    property_schedule = forms.CharField(label=_("Scheduled property (land, dag and patta numbers)"), required=False,
                                        widget=forms.Textarea(attrs={"rows": 2}))
    prior_notice_on = forms.DateField(label=_("Prior demand notice sent on"), required=False, widget=DayInput())
    sanction = forms.FileField(label=_("Loan sanction letter (PDF)"), required=False)
    statement = forms.FileField(label=_("Loan account statement (PDF)"), required=False)
    demand_notice = forms.FileField(label=_("Prior demand notice (PDF)"), required=False)

    def particulars(self) -> Particulars:
        d = self.cleaned_data
        return Particulars(
            debtor_name=d["debtor_name"], debtor_parent_name=d["debtor_parent_name"],
            debtor_address=d["debtor_address"], debtor_person_id=d.get("debtor_person"),
            member_number=d.get("member_number"), lender=d["lender"],
            loan_account=d["loan_account"], loan_sanctioned_on=d["loan_sanctioned_on"], principal=d["principal"],
            interest_rate=d["interest_rate"], interest_from=d["interest_from"], interest_to=d["interest_to"],
            costs=d["costs"] or Decimal(0), property_schedule=d["property_schedule"],
            prior_notice_on=d["prior_notice_on"])

    def documents(self):
        return [(RequisitionDocument.Kind.SANCTION, self.cleaned_data.get("sanction")),
                (RequisitionDocument.Kind.STATEMENT, self.cleaned_data.get("statement")),
                (RequisitionDocument.Kind.DEMAND_NOTICE, self.cleaned_data.get("demand_notice"))]


class BulkForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file of requisitions"))


class HearingFixForm(forms.Form):
    hearing_on = forms.DateField(label=_("Date of hearing"), widget=DayInput())
    place = forms.CharField(label=_("Place"), max_length=200)


class HearingRecordForm(forms.Form):
    hearing = forms.IntegerField(widget=forms.HiddenInput)
    appearance = forms.ChoiceField(label=_("Appearance"), choices=Hearing.Appearance.choices)
    statements = forms.CharField(label=_("Statements heard"), widget=forms.Textarea(attrs={"rows": 3}))
    documents_seen = forms.CharField(label=_("Documents produced"), required=False,
                                     widget=forms.Textarea(attrs={"rows": 2}))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect, choices=[
        ("grant", _("Grant the demand certificate")), ("refuse", _("Refuse the requisition"))])
    reasons = forms.CharField(label=_("Reasoned order"), widget=forms.Textarea(attrs={"rows": 4}))


class ServeForm(forms.Form):
    served_on = forms.DateField(label=_("Served on the debtor on"), widget=DayInput())
    reference = forms.CharField(label=_("Process-server's or registered-post reference"), max_length=80)


class ExtendForm(forms.Form):
    days = forms.IntegerField(label=_("Extend by (days)"), min_value=1, max_value=30)
    reasons = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 2}))


class PayForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount received (₹)"), min_value=Decimal("0.01"), **MONEY)
    paid_on = forms.DateField(label=_("Paid on"), widget=DayInput())


class AttachForm(forms.Form):
    property_description = forms.CharField(label=_("Property attached"), widget=forms.Textarea(attrs={"rows": 2}))
    reasons = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 2}))


class WithdrawForm(forms.Form):
    attachment = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Why withdrawn"), max_length=300)


class ExecuteForm(forms.Form):
    mode = forms.ChoiceField(label=_("Mode of recovery"), choices=Execution.Mode.choices)
    certificate_officer = forms.CharField(label=_("Certificate Officer"), max_length=200)


class EntryForm(forms.Form):
    kind = forms.ChoiceField(label=_("Entry"), choices=ExecutionEntry.Kind.choices)
    on = forms.DateField(label=_("Date"), widget=DayInput())
    amount = forms.DecimalField(label=_("Amount (₹)"), required=False, min_value=Decimal("0.01"), **MONEY)
    case_number = forms.CharField(label=_("Certificate Officer's case number"), max_length=60, required=False)
    note = forms.CharField(label=_("Note"), required=False)


class SanctionForm(forms.Form):
    sanctioned_on = forms.DateField(label=_("Sanctioned on"), widget=DayInput())


class InstalmentsForm(forms.Form):
    schedule = forms.CharField(
        label=_("Instalments, one a line: dd-mm-yyyy amount"), widget=forms.Textarea(attrs={"rows": 3}))


class DistraintForm(forms.Form):
    instalment = forms.IntegerField(widget=forms.HiddenInput)
    produce = forms.CharField(label=_("Crop or produce distrained"), max_length=300)


class ClaimantForm(forms.Form):
    name = forms.CharField(label=_("Name of the bank or society"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=Claimant.Kind.choices)
    district = forms.ChoiceField(label=_("District"))
    address = forms.CharField(label=_("Address"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class DelegationForm(forms.Form):
    officer = forms.CharField(label=_("Officer's username"), max_length=150)
    district = forms.ChoiceField(label=_("District"), required=False)
    order_reference = forms.CharField(label=_("Notification or order number"), max_length=80)
    from_on = forms.DateField(label=_("In force from"), widget=DayInput())


class ReceiptForm(forms.Form):
    entry = forms.IntegerField(widget=forms.HiddenInput)


class InviteBranchForm(forms.Form):
    name = forms.CharField(label=_("Name of the Bakijai branch's officer"), max_length=150)
    email = forms.EmailField(label=_("Email"))
