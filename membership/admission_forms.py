"""Forms of admission and leaving. They only parse; membership.services.admission / leaving check and save."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Category, CessationCause, Gender, Ground, ParentRelation

DATE = {"widget": forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})}
AGE_OR_BIRTH = _("Give the date of birth or the age.")


def _date(label, required=True):
    return forms.DateField(label=label, required=required, **DATE)


class ParticularsForm(forms.Form):
    """The applicant's particulars as the register keeps them (s.24)."""

    name = forms.CharField(label=_("Name"), max_length=120)
    parent_name = forms.CharField(label=_("Father's or husband's name"), max_length=120)
    parent_relation = forms.ChoiceField(label=_("Relation"), choices=ParentRelation.choices)
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices)
    date_of_birth = _date(_("Date of birth"), required=False)
    age_years = forms.IntegerField(label=_("Age in years (if the date of birth is not known)"), min_value=0,
                                   max_value=130, required=False)
    address = forms.CharField(label=_("Address"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}))
    occupation = forms.CharField(label=_("Occupation"), max_length=80, required=False)
    category = forms.ChoiceField(label=_("Social category (as you declare it)"), choices=Category.choices)
    shares_applied = forms.IntegerField(label=_("Shares applied for"), min_value=1, max_value=100000, initial=1)

    def clean(self):
        data = super().clean()
        if not data.get("date_of_birth") and data.get("age_years") is None:
            raise forms.ValidationError(AGE_OR_BIRTH)
        return data


class PaperApplicationForm(ParticularsForm):
    applied_on = _date(_("Date of the application"))
    received_on = _date(_("Date the society received it"))


class AdmitForm(forms.Form):
    decided_on = _date(_("Date of the Board's resolution"))
    resolution_ref = forms.CharField(label=_("Resolution number"), max_length=60, required=False)


class RefuseForm(forms.Form):
    decided_on = _date(_("Date of the Board's resolution"))
    reasons = forms.CharField(label=_("Reasons for refusal"), widget=forms.Textarea(attrs={"rows": 3}))
    communicated_on = _date(_("Refusal communicated on"))
    received_on = _date(_("Received by the applicant on"))


class AppealForm(forms.Form):
    filed_on = _date(_("Appeal filed on"))
    grounds = forms.CharField(label=_("Grounds of appeal"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class OwnAppealForm(forms.Form):
    grounds = forms.CharField(label=_("Grounds of appeal"), widget=forms.Textarea(attrs={"rows": 3}))


class GADecisionForm(forms.Form):
    general_meeting = forms.TypedChoiceField(label=_("General meeting that decided"), coerce=int)
    allowed = forms.TypedChoiceField(label=_("Decision"), coerce=lambda v: v == "yes",
                                     choices=[("yes", _("Appeal allowed")), ("no", _("Appeal rejected"))])
    applicant_heard = forms.BooleanField(label=_("The appellant was heard"), required=False)
    note = forms.CharField(label=_("The General Assembly's decision"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, meetings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["general_meeting"].choices = [
            (m.pk, f"{m.get_kind_display()} · {m.held_on:%d %b %Y}") for m in meetings]


class WithdrawForm(forms.Form):
    on = _date(_("Withdraws with effect from"))
    deficit_share_due = forms.DecimalField(label=_("Share of the deficit still unpaid (₹)"), min_value=0,
                                           max_digits=12, decimal_places=2, initial=0)
    note = forms.CharField(label=_("Note"), max_length=200, required=False)


class CeaseForm(forms.Form):
    cause = forms.ChoiceField(label=_("Cause"), choices=[(CessationCause.DEATH, CessationCause.DEATH.label),
                                                          (CessationCause.DISQUALIFICATION,
                                                           CessationCause.DISQUALIFICATION.label)])
    on = _date(_("Date of the death or of the disqualification"))
    note = forms.CharField(label=_("Disqualification under the bye-laws, or note"), max_length=200, required=False)


class TerminationForm(forms.Form):
    ground = forms.ChoiceField(label=_("Ground (s.23(1))"), choices=Ground.choices)
    ground_detail = forms.CharField(label=_("Facts of the ground"), widget=forms.Textarea(attrs={"rows": 2}))
    heard_on = _date(_("Member heard on"))
    representation = forms.CharField(label=_("The member's representation"), required=False,
                                     widget=forms.Textarea(attrs={"rows": 2}))
    decided_on = _date(_("Date of the Board's resolution"))
    present_and_voting = forms.IntegerField(label=_("Directors present and voting"), min_value=1, max_value=50)
    votes_for = forms.IntegerField(label=_("Votes for termination"), min_value=0, max_value=50)
    bar_until = _date(_("Not to be readmitted before (at most five years)"))
    communicated_on = _date(_("Resolution communicated on"))
    received_on = _date(_("Received by the member on"))
