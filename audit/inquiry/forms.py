"""Forms of inquiry and inspection. Dates are typed dd-mm-yyyy (registrar.widgets.DayInput)."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from registrar import bounds
from registrar.widgets import DayInput
from societies.models import Society

from .models import OWN_MOTION, Applicant

SOCIETY_NOT_FOUND = _("No registered society with that registration number.")
APPLICANT_CHOICES = [(v, label) for v, label in Applicant.choices if v not in OWN_MOTION]
OWN_MOTION_CHOICES = [(v, label) for v, label in Applicant.choices if v in OWN_MOTION]


def _text(label, rows=3, required=True, help_text=""):
    return forms.CharField(label=label, required=required, help_text=help_text,
                           widget=forms.Textarea(attrs={"rows": rows}))


def _day(label, required=True, ahead=0):
    return bounds.ActDateField(label=label, required=required, widget=DayInput, ahead_years=ahead)


class SocietyField(forms.CharField):
    """A society by its registration number (what an applicant knows from the certificate)."""

    def __init__(self, *, queryset=None, **kwargs):
        self.queryset = queryset
        kwargs.setdefault("label", _("Registration number of the society"))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value).strip()
        rows = self.queryset if self.queryset is not None else Society.objects.all()
        society = rows.filter(registration_number__iexact=value).first()
        if society is None:
            raise forms.ValidationError(SOCIETY_NOT_FOUND)
        return society


class ApplicationForm(forms.Form):
    society = SocietyField()
    applicant_kind = forms.ChoiceField(label=_("Who applies (s.87(1))"), choices=APPLICANT_CHOICES)
    applicant_name = forms.CharField(label=_("Applicant's name (or the society or creditor applying)"),
                                     max_length=200)
    applicant_address = _text(_("Applicant's address"), rows=2, required=False)
    grounds = _text(_("The violation of the Act, the rules or the bye-laws to be inquired into"), rows=4)
    signatories = _text(
        _("Signatories (Directors' or members' application)"), rows=5, required=False,
        help_text=_("One a line: the member number and the name as on the register, e.g. “17, Ranjit Bora”. For "
                    "Directors, the names."))
    declared_total = forms.IntegerField(
        label=_("Members (or Directors) the society has, if the portal has no register"), required=False,
        min_value=1)

    def __init__(self, *args, paper=False, societies=None, **kwargs):
        super().__init__(*args, **kwargs)
        if societies is not None:
            self.fields["society"].queryset = societies
        if paper:
            self.fields["received_on"] = _day(_("Received at the office on"))


class OwnMotionForm(forms.Form):
    society = SocietyField()
    basis = forms.ChoiceField(label=_("Ground"), choices=OWN_MOTION_CHOICES)
    grounds = _text(_("The opinion formed (s.125) or the seizure (s.126), and what is to be inquired into"))
    subject = _text(_("Subject of the inquiry"), rows=2)
    officer = forms.ModelChoiceField(label=_("Inquiry officer"), queryset=get_user_model().objects.none())

    def __init__(self, *args, officers, societies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers
        self.fields["officer"].label_from_instance = lambda u: u.get_full_name() or u.username
        if societies is not None:
            self.fields["society"].queryset = societies


class OrderForm(forms.Form):
    subject = _text(_("Subject of the inquiry"), rows=2)
    officer = forms.ModelChoiceField(label=_("Inquiry officer"), queryset=get_user_model().objects.none())

    def __init__(self, *args, officers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers
        self.fields["officer"].label_from_instance = lambda u: u.get_full_name() or u.username


class RejectForm(forms.Form):
    reasons = _text(_("Reasons for rejecting the application"))


class DelayForm(forms.Form):
    reasons = _text(_("Reasons why the inquiry could not be completed in 30 days"))
    expected_on = _day(_("Expected date of completion"), ahead=2)


class CompleteForm(forms.Form):
    findings = _text(_("Findings of the inquiry"), rows=6)
    completed_on = _day(_("Completed on"))


class CopyForm(forms.Form):
    name = forms.CharField(label=_("Name of the person asking for the copy"), max_length=200)
    member_number = forms.IntegerField(label=_("Member number"), required=False, min_value=1)
    fee = forms.DecimalField(label=_("Copy fee fixed by the Registrar (₹)"), min_value=0, decimal_places=2)


class CostForm(forms.Form):
    payer_is_society = forms.BooleanField(label=_("The society pays"), required=False)
    person_name = forms.CharField(label=_("Or the person who pays"), max_length=200, required=False)
    person_address = _text(_("Their address"), rows=2, required=False)
    amount = forms.DecimalField(label=_("Amount (₹)"), decimal_places=2)
    hearing_on = _day(_("Heard on"))
    hearing_note = _text(_("What was said at the hearing"), rows=2, required=False)


class SurchargeForm(forms.Form):
    person_name = forms.CharField(label=_("Person surcharged"), max_length=200)
    person_address = _text(_("Their address"), rows=2)
    act_on = _day(_("Date of the act that caused the loss"))
    loss = _text(_("The act and the loss"), rows=3)
    amount = forms.DecimalField(label=_("Amount to be repaid to the society (₹)"), decimal_places=2)
    hearing_on = _day(_("Heard on"))
    hearing_note = _text(_("What was said at the hearing"), rows=2, required=False)


class InspectionForm(forms.Form):
    society = SocietyField()
    scope = _text(_("Scope of the inspection"))
    officer = forms.ModelChoiceField(label=_("Inspecting officer"), queryset=get_user_model().objects.none())

    def __init__(self, *args, officers, societies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers
        self.fields["officer"].label_from_instance = lambda u: u.get_full_name() or u.username
        if societies is not None:
            self.fields["society"].queryset = societies


class CreditorApplicationForm(forms.Form):
    society = SocietyField()
    creditor_name = forms.CharField(label=_("Creditor"), max_length=200)
    applied_on = _day(_("Applied on"))
    deposit_required = forms.DecimalField(label=_("Security deposit fixed (₹)"), decimal_places=2)
    debt_proof = _text(_("Proof that the debt is due, was demanded and not satisfied"), required=False)
    debt_demanded_on = _day(_("Debt demanded on"), required=False)

    def __init__(self, *args, societies=None, **kwargs):
        super().__init__(*args, **kwargs)
        if societies is not None:
            self.fields["society"].queryset = societies


class PreconditionForm(forms.Form):
    deposit_paid_on = _day(_("Deposit paid on"), required=False)
    deposit_reference = forms.CharField(label=_("Challan or receipt number"), max_length=60, required=False)
    debt_proof = _text(_("Proof that the debt is due, was demanded and not satisfied"), required=False)
    debt_demanded_on = _day(_("Debt demanded on"), required=False)
    hearing_on = _day(_("Society heard on"), required=False)
    hearing_note = _text(_("What the society said"), rows=2, required=False)


class CreditorOrderForm(forms.Form):
    officer = forms.ModelChoiceField(label=_("Inspecting officer"), queryset=get_user_model().objects.none())

    def __init__(self, *args, officers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers
        self.fields["officer"].label_from_instance = lambda u: u.get_full_name() or u.username


class FindingForm(forms.Form):
    text = _text(_("Finding"))
    amount = forms.DecimalField(label=_("Amount involved (₹)"), required=False, decimal_places=2, min_value=0)


class ResultForm(forms.Form):
    result = _text(_("Result of the inspection"), rows=5)


class ActionTakenForm(forms.Form):
    action_taken = _text(_("Action-taken report (s.88(4))"), rows=5)


class BankInspectionForm(forms.Form):
    bank_name = forms.CharField(label=_("Financing bank"), max_length=200)
    scope = _text(_("Scope of the inspection (s.88(3))"))


class SeizureForm(forms.Form):
    society = SocietyField()
    seized_on = _day(_("Seized on"))
    holder_name = forms.CharField(label=_("Seized from"), max_length=200)
    items = _text(_("Inventory: one item a line"), rows=5)
    holder_signed = forms.BooleanField(label=_("The holder signed the inventory"), required=False)
    witness_1 = forms.CharField(label=_("First witness (if the holder did not sign)"), max_length=200,
                                required=False)
    witness_2 = forms.CharField(label=_("Second witness"), max_length=200, required=False)
    copy_given_to = forms.CharField(label=_("Society's copy given to"), max_length=200)

    def __init__(self, *args, societies=None, **kwargs):
        super().__init__(*args, **kwargs)
        if societies is not None:
            self.fields["society"].queryset = societies
