"""Forms of the scheme and its notices (R1). The services decide; the forms parse and put messages by fields."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DayInput

from .models import OptionState, SchemeKind, ServiceMethod
from .services.scheme import NewSociety

NEW_SOCIETY_SLOTS = 4
MAX_UPLOAD = 2 * 1024 * 1024
UPLOAD_TOO_LARGE = _("The file is larger than 2 MB: a list of creditors is far smaller. Check the file.")
NUMBERS_HELP = _("Member numbers as on the register: \"1-120, 131, 140-145\".")


class SchemeForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of scheme"), choices=SchemeKind.choices, widget=forms.RadioSelect)
    resolution_on = forms.DateField(label=_("Date of the General Assembly's special resolution"), widget=DayInput)
    members_present = forms.IntegerField(label=_("Members present and voting"), min_value=1, max_value=10_000_000)
    votes_for = forms.IntegerField(label=_("Votes for the resolution"), min_value=0, max_value=10_000_000)
    scheme_text = forms.CharField(label=_("The scheme as resolved"), max_length=20_000,
                                  widget=forms.Textarea(attrs={"rows": 5}),
                                  help_text=_("The text of the scheme: its terms, and the assets and liabilities "
                                              "as a whole."))
    other_transferors = forms.CharField(
        label=_("Amalgamation: the other societies amalgamating (registration numbers, one a line)"),
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    merge_into = forms.CharField(label=_("Merger: registration number of the society merged into"), required=False,
                                 max_length=40)
    bank_sanction_reference = forms.CharField(label=_("Co-operative bank: RBI/NABARD sanction reference (s.116)"),
                                              required=False, max_length=120)
    bank_sanction_on = forms.DateField(label=_("Sanctioned on"), required=False, widget=DayInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for i in range(1, NEW_SOCIETY_SLOTS + 1):
            self.fields[f"new_name_{i}"] = forms.CharField(label=_("Proposed name of new society %(n)s") % {"n": i},
                                                           required=False, max_length=200)
            self.fields[f"new_allotment_{i}"] = forms.CharField(
                label=_("Division: assets and liabilities it takes"), required=False, max_length=5000,
                widget=forms.Textarea(attrs={"rows": 2}))
            self.fields[f"new_members_{i}"] = forms.CharField(
                label=_("Division: members it takes"), required=False, max_length=5000, help_text=NUMBERS_HELP,
                widget=forms.Textarea(attrs={"rows": 2}))
        slots = [f"new_{part}_{i}" for i in range(1, NEW_SOCIETY_SLOTS + 1) for part in ("name", "allotment",
                                                                                         "members")]
        self.order_fields(["kind", "resolution_on", "members_present", "votes_for", "scheme_text", *slots])

    def slots(self):
        return [(self[f"new_name_{i}"], self[f"new_allotment_{i}"], self[f"new_members_{i}"])
                for i in range(1, NEW_SOCIETY_SLOTS + 1)]

    def service_kwargs(self) -> dict:
        data = dict(self.cleaned_data)
        successors = [NewSociety(data.pop(f"new_name_{i}", ""), data.pop(f"new_allotment_{i}", ""),
                                 data.pop(f"new_members_{i}", "")) for i in range(1, NEW_SOCIETY_SLOTS + 1)]
        data["successors"] = successors
        data["other_transferors"] = [line.strip() for line in data.get("other_transferors", "").splitlines()
                                     if line.strip()]
        return data


class ButtonForm(forms.Form):
    """A button's form: no fields, so a service's refusal has a place to show."""


class SanctionForm(forms.Form):
    reference = forms.CharField(label=_("RBI/NABARD sanction reference"), max_length=120)
    sanctioned_on = forms.DateField(label=_("Sanctioned on"), widget=DayInput)


class ServiceForm(forms.Form):
    served_on = forms.DateField(label=_("Served on"), widget=DayInput)
    method = forms.ChoiceField(label=_("How"), choices=ServiceMethod.choices)
    reference = forms.CharField(label=_("Registered-post number or e-mail delivery reference"), required=False,
                                max_length=120)


class OptionForm(forms.Form):
    option = forms.ChoiceField(label=_("Option"), choices=[
        (OptionState.WITHDRAWING, _("Withdraws the share or claim")), (OptionState.ASSENTED, _("Assents"))])
    on = forms.DateField(label=_("Exercised on"), widget=DayInput)


class WithdrawForm(forms.Form):
    resolution_on = forms.DateField(label=_("Date of the General Assembly's resolution withdrawing the scheme"),
                                    widget=DayInput)
    reasons = forms.CharField(label=_("Why the scheme is withdrawn"), max_length=5000,
                              widget=forms.Textarea(attrs={"rows": 3}))


class VotedForForm(forms.Form):
    numbers = forms.CharField(label=_("Members who voted for the resolution"), required=False, max_length=100_000,
                              help_text=NUMBERS_HELP, widget=forms.Textarea(attrs={"rows": 3}))


class CreditorForm(forms.Form):
    name = forms.CharField(label=_("Creditor's name"), max_length=200)
    address = forms.CharField(label=_("Address"), required=False, max_length=1000,
                              widget=forms.Textarea(attrs={"rows": 2}))
    email = forms.EmailField(label=_("E-mail"), required=False)
    amount = forms.DecimalField(label=_("Claim (₹)"), min_value=Decimal(0), max_digits=14, decimal_places=2,
                                initial=0)


class CreditorUploadForm(forms.Form):
    file = forms.FileField(label=_("CSV (UTF-8) or XLSX with the columns name, address, email, amount"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(UPLOAD_TOO_LARGE)
        return upload
