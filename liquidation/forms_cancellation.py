"""Forms of the cancellation part. Dates are typed dd-mm-yyyy (registrar.widgets.DayInput); the services check
everything the statute asks and the forms only parse."""

from django import forms
from django.utils.translation import gettext_lazy as _

from audit.inquiry.forms import SocietyField
from registrar import bounds
from registrar.widgets import DayInput

from .models import Ground, NoticePosting


def _text(label, rows=3, required=True, help_text=""):
    return forms.CharField(label=label, required=required, help_text=help_text,
                           widget=forms.Textarea(attrs={"rows": rows}))


def _day(label, required=True, ahead=0):
    return bounds.ActDateField(label=label, required=required, widget=DayInput, ahead_years=ahead)


class ResolutionForm(forms.Form):
    meeting_on = _day(_("General meeting held on"))
    members_present = forms.IntegerField(label=_("Members present"), min_value=1)
    votes_for = forms.IntegerField(label=_("Votes for dissolution"), min_value=0)
    agenda_circulated = forms.BooleanField(label=_("Dissolution was an item of the agenda circulated for the "
                                                   "meeting"), required=False)
    resolution_text = _text(_("The resolution, as passed"), rows=4)
    bank_sanction_reference = forms.CharField(label=_("RBI/NABARD sanction reference (co-operative banks, s.116)"),
                                              required=False, max_length=120)
    bank_sanction_on = _day(_("Sanctioned on"), required=False)


class ShowCauseForm(forms.Form):
    society = SocietyField()
    ground = forms.ChoiceField(label=_("Ground"), choices=Ground.choices)
    grounds = _text(_("The facts found (what the notice tells the society)"), rows=4)
    inquiry = forms.IntegerField(label=_("Inquiry number in the portal (s.87)"), required=False, min_value=1,
                                 help_text=_("The inquiry or inspection whose report the notice rests on."))
    inspection = forms.IntegerField(label=_("Inspection number in the portal (s.88)"), required=False, min_value=1)
    reply_by = _day(_("Reply to be received by"), ahead=1)

    def __init__(self, *args, societies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["society"].queryset = societies


class ReplyForm(forms.Form):
    no_reply = forms.BooleanField(label=_("No reply came by the date fixed"), required=False)
    reply_on = _day(_("Reply received on"), required=False)
    reply_text = _text(_("The society's reply"), rows=4, required=False)


class OrderForm(forms.Form):
    grounds = _text(_("Grounds of the order"), rows=4)
    liquidator = forms.ModelChoiceField(label=_("Liquidator (s.95(1))"), queryset=None)
    affiliating = forms.CharField(label=_("Registration number of the affiliating society, if any"),
                                  required=False, max_length=60)

    def __init__(self, *args, liquidators=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["liquidator"].queryset = liquidators
        self.fields["liquidator"].label_from_instance = lambda u: u.get_full_name() or u.username


class DropForm(forms.Form):
    reasons = _text(_("Reasons"), rows=3)


class PostingForm(forms.Form):
    to = forms.ChoiceField(label=_("Addressee"), choices=NoticePosting.To.choices)
    addressee = _text(_("Name and address"), rows=2)
    posted_on = _day(_("Posted on"))
    reference = forms.CharField(label=_("Registered-post reference"), max_length=80)


class GazetteForm(forms.Form):
    gazette_number = forms.CharField(label=_("Gazette number"), max_length=60,
                                     help_text=_("As printed, e.g. Assam Gazette Extraordinary No. 412"))
    published_on = _day(_("Date of publication"))


class ConfirmForm(forms.Form):
    pass
