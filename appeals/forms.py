"""Forms of appeals and disputes. The services decide; these only parse."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DayInput

from .models import DisputeKind, Outcome, Route

TEXT = {"rows": 4}


class AppealForm(forms.Form):
    route = forms.ChoiceField(label=_("What you file"), choices=Route.choices, widget=forms.RadioSelect)
    grounds = forms.CharField(label=_("Grounds"), widget=forms.Textarea(attrs=TEXT), max_length=8000)
    relief = forms.CharField(label=_("Relief sought"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    question_of_law = forms.CharField(
        label=_("Question of law (an appeal to the State Government, s.111(3))"), required=False,
        widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    delay_explanation = forms.CharField(
        label=_("If you file after the last day: why"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
        max_length=4000)
    document = forms.FileField(label=_("A document in support (PDF)"), required=False)


class PaperAppealForm(AppealForm):
    received_on = forms.DateField(label=_("Date of receipt at the office"), widget=DayInput)
    appellant_name = forms.CharField(label=_("Appellant's name"), max_length=200)
    appellant_address = forms.CharField(label=_("Appellant's address"), widget=forms.Textarea(attrs={"rows": 2}))
    appellant_phone = forms.CharField(label=_("Mobile number"), max_length=20, required=False)
    appellant_email = forms.EmailField(label=_("E-mail"), required=False)


class DelayForm(forms.Form):
    proceed = forms.TypedChoiceField(label=_("Order on the delay"), coerce=lambda v: v == "yes",
                                     choices=[("yes", _("The filing proceeds")), ("no", _("The filing does not proceed"))],
                                     widget=forms.RadioSelect)
    reasons = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


class HearingForm(forms.Form):
    on = forms.DateField(label=_("Date of hearing"), widget=DayInput)
    at = forms.TimeField(label=_("Time"), widget=forms.TimeInput(attrs={"type": "time"}))
    place = forms.CharField(label=_("Place"), max_length=200)
    video_link = forms.URLField(label=_("Video-conference link (optional)"), required=False, assume_scheme="https")


class AdjournForm(forms.Form):
    reason = forms.CharField(label=_("Reason for adjournment"), widget=forms.Textarea(attrs={"rows": 2}))
    next_on = forms.DateField(label=_("Next date"), widget=DayInput)
    next_at = forms.TimeField(label=_("Time"), widget=forms.TimeInput(attrs={"type": "time"}))


class HoldForm(forms.Form):
    record = forms.CharField(label=_("Record of the hearing"), widget=forms.Textarea(attrs=TEXT))


class StayForm(forms.Form):
    granted_on = forms.DateField(label=_("Stayed from"), widget=DayInput)
    reasons = forms.CharField(label=_("Reasons for the stay"), widget=forms.Textarea(attrs={"rows": 2}))


class VacateForm(forms.Form):
    vacated_on = forms.DateField(label=_("Stay vacated on"), widget=DayInput)


class DecideForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Outcome.choices, widget=forms.RadioSelect)
    text = forms.CharField(label=_("Order"), widget=forms.Textarea(attrs={"rows": 6}), max_length=20000)


class AmountForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount (₹)"), min_value=Decimal("0.01"), max_digits=12, decimal_places=2)
    requested_by = forms.CharField(label=_("Requested by (a certified copy)"), max_length=200, required=False)


class OutageForm(forms.Form):
    starts_on = forms.DateField(label=_("From"), widget=DayInput)
    ends_on = forms.DateField(label=_("To"), widget=DayInput)
    notice = forms.CharField(label=_("Officer's notice (number and text)"), max_length=300)


class DisputeForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of dispute"), choices=DisputeKind.choices)
    subject = forms.CharField(label=_("What the dispute is about"), widget=forms.Textarea(attrs={"rows": 3}))
    claimant_name = forms.CharField(label=_("Claimant"), max_length=200)
    respondent_name = forms.CharField(label=_("Respondent"), max_length=200)
    referred_on = forms.DateField(label=_("Referred on"), widget=DayInput)
    employee_discipline = forms.BooleanField(
        label=_("It is an employee's disciplinary matter"), required=False,
        help_text=_("Such a matter is not a dispute under s.92 and cannot be referred."))


class RouteForm(forms.Form):
    how = forms.ChoiceField(label=_("How the dispute is decided (s.93(1))"), widget=forms.RadioSelect, choices=[
        ("self", _("The Registrar decides it himself")), ("officer", _("An authorised officer decides it")),
        ("one", _("One arbitrator appointed by the Registrar")),
        ("three", _("Three arbitrators: one nominated by each party within 15 days, a chairman by the Registrar"))])
    officer_username = forms.CharField(label=_("Officer (username), when authorising one"), required=False)
    arbitrator = forms.CharField(label=_("Arbitrator or chairman"), max_length=200, required=False)
    legal_practitioner = forms.BooleanField(label=_("The person named is a legal practitioner"), required=False)


class NominateForm(forms.Form):
    for_party = forms.ChoiceField(label=_("Nominated for"), choices=[("claimant", _("The claimant")),
                                                                     ("respondent", _("The respondent"))])
    name = forms.CharField(label=_("Arbitrator"), max_length=200)
    by_registrar = forms.BooleanField(label=_("The Registrar nominates (the party did not within 15 days)"),
                                      required=False)
    legal_practitioner = forms.BooleanField(label=_("The person named is a legal practitioner"), required=False)


class AwardForm(forms.Form):
    text = forms.CharField(label=_("Award or decision"), widget=forms.Textarea(attrs={"rows": 5}))
    amount = forms.DecimalField(label=_("Money awarded to the claimant (₹), if any"), required=False,
                                min_value=Decimal("0.01"), max_digits=14, decimal_places=2)
