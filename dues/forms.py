"""Forms of the dues ledger. The bounds are checked here for a message next to the field, and again in the
services (which decide)."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from registrar import bounds
from registrar.models import User
from registrar.widgets import DayInput

from .models import Due, Payment
from .rules import DueKind

MIN_AMOUNT = Decimal("0.01")
NO_SUCH_USER = _("No portal user has this username.")


class DebtorChoice:
    SOCIETY = "society"
    PERSON = "person"
    USER = "user"


class DueForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of due"), choices=DueKind.choices)
    debtor = forms.ChoiceField(label=_("Who owes it"), widget=forms.RadioSelect, initial=DebtorChoice.SOCIETY,
                               choices=[(DebtorChoice.SOCIETY, _("The society")),
                                        (DebtorChoice.USER, _("A person with a portal account (with the society)")),
                                        (DebtorChoice.PERSON, _("Another person, by name and address (with the "
                                                                "society)"))])
    person_username = forms.CharField(label=_("Username of the person"), max_length=150, required=False)
    person_name = forms.CharField(label=_("Person's name"), max_length=200, required=False)
    person_address = forms.CharField(label=_("Person's address"), required=False,
                                     widget=forms.Textarea(attrs={"rows": 2}))
    principal = forms.DecimalField(label=_("Amount (₹)"), min_value=MIN_AMOUNT, max_digits=14, decimal_places=2)
    claimant_name = forms.CharField(
        label=_("Payable to (a claimant)"), max_length=200, required=False,
        help_text=_("Leave empty when the amount is payable to the office. A surcharge or a liquidator's call is "
                    "payable to the society unless you name another claimant."))
    order_number = forms.CharField(
        label=_("Source order number"), max_length=48, required=False,
        help_text=_("The order in the register the due rests on. Leave empty to issue an order demanding it now; "
                    "a fee paid on filing needs none."))
    raised_on = bounds.ActDateField(label=_("Raised on"), widget=DayInput())
    due_by = forms.DateField(label=_("To be paid by"), widget=DayInput())
    interest_rate = forms.DecimalField(
        label=_("Interest, % a year"), required=False, min_value=Decimal("0.001"), max_value=Decimal(100),
        max_digits=6, decimal_places=3,
        help_text=_("Only when the source order fixes interest; the Act sets no rate for these dues."))
    interest_from = forms.DateField(label=_("Interest runs from"), required=False,
                                    widget=DayInput())
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        data = super().clean()
        raised_on, due_by = data.get("raised_on"), data.get("due_by")
        if raised_on and due_by and due_by < raised_on:
            self.add_error("due_by", _("The last day to pay cannot be before the day the due is raised."))
        debtor = data.get("debtor")
        if debtor == DebtorChoice.USER:
            username = (data.get("person_username") or "").strip()
            data["person_user"] = User.objects.filter(username=username).first() if username else None
            if data["person_user"] is None:
                self.add_error("person_username", NO_SUCH_USER)
        elif debtor == DebtorChoice.PERSON:
            if not (data.get("person_name") or "").strip():
                self.add_error("person_name", _("Give the person's name."))
            if not (data.get("person_address") or "").strip():
                self.add_error("person_address", _("Give the address of the person who owes this."))
        return data


class PaymentForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount paid (₹)"), min_value=MIN_AMOUNT, max_digits=14, decimal_places=2)
    paid_on = bounds.ActDateField(label=_("Paid on"), widget=DayInput())
    reference_kind = forms.ChoiceField(label=_("Paid by"), choices=Payment.Reference.choices)
    reference_number = forms.CharField(label=_("Challan or receipt number"), max_length=60)

    def __init__(self, *args, due: Due, **kwargs):
        super().__init__(*args, **kwargs)
        self.due = due

    def clean_paid_on(self):
        paid_on = self.cleaned_data["paid_on"]
        if paid_on < self.due.raised_on:
            raise ValidationError(_("A payment cannot be dated before the due was raised (%(day)s)."),
                                  params={"day": bounds.long_date(self.due.raised_on)})
        return paid_on
