"""Forms of bye-laws and amendments. The services decide; the forms parse and give a message beside the field."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DayInput
from societies.uploads import check_pdf

from .models import AmendmentKind

PDF = {"accept": "application/pdf"}
CLAUSE_HELP = _("One clause a line, numbered: \"4. Any person who ...\"; a line \"# 3\" starts the clauses under "
                "Schedule B heading 3. Other lines continue the clause above.")


class PdfField(forms.FileField):
    widget = forms.FileInput(attrs=PDF)

    def clean(self, data, initial=None):
        uploaded = super().clean(data, initial)
        if uploaded:
            check_pdf(uploaded)
        return uploaded


class VersionForm(forms.Form):
    effective_from = forms.DateField(label=_("In force from"), widget=DayInput)
    pdf = PdfField(label=_("Registered copy (PDF)"), required=False)
    text = forms.CharField(label=_("Clauses (if already transcribed)"), required=False, help_text=CLAUSE_HELP,
                           widget=forms.Textarea(attrs={"rows": 8}))
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class TranscribeForm(forms.Form):
    text = forms.CharField(label=_("Clauses"), help_text=CLAUSE_HELP, widget=forms.Textarea(attrs={"rows": 16}))


class AmendmentForm(forms.Form):
    kind = forms.ChoiceField(label=_("What the resolution amends"), choices=AmendmentKind.choices,
                             widget=forms.RadioSelect, initial=AmendmentKind.CLAUSES)
    clause_text = forms.CharField(
        label=_("The clauses, as amended"), required=False, widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_("Edit the clauses in place. If the bye-laws are only a PDF, write each changed clause as "
                    "\"N. new text\" (clause N substituted by it) under its heading; \"N. omitted\" deletes it."))
    new_name = forms.CharField(label=_("New name"), max_length=200, required=False)
    banking_permission = forms.CharField(label=_("Banking Regulation Act permission (number)"), max_length=80,
                                         required=False)
    new_address = forms.CharField(label=_("New head office address"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}))
    moved_on = forms.DateField(label=_("Date of the physical move (if already moved)"), required=False,
                               widget=DayInput)
    meeting_on = forms.DateField(label=_("Date of the general meeting"), widget=DayInput)
    resolution_on = forms.DateField(label=_("Date of the resolution"), widget=DayInput)
    resolution_text = forms.CharField(label=_("The resolution"), widget=forms.Textarea(attrs={"rows": 3}))
    members_on_register = forms.IntegerField(label=_("Members on the register on the meeting's day"), min_value=1)
    attended = forms.CharField(label=_("Members who attended (member numbers)"),
                               widget=forms.Textarea(attrs={"rows": 2}),
                               help_text=_("Separated by commas or lines; ranges as 12-15."))
    voted_for = forms.CharField(label=_("Members who voted for"), widget=forms.Textarea(attrs={"rows": 2}))
    voted_against = forms.CharField(label=_("Members who voted against"), required=False,
                                    widget=forms.Textarea(attrs={"rows": 2}))
    employees = forms.CharField(
        label=_("Members who are employees of the society"), required=False,
        widget=forms.Textarea(attrs={"rows": 1}),
        help_text=_("Employees cannot vote on bye-laws (s.26(3) proviso): their votes are not counted. When the "
                    "society's register of members is on the portal, it is read instead."))
    president_signed = forms.BooleanField(label=_("The copy is signed by the President"), required=False)
    signing_directors = forms.CharField(label=_("Directors who signed the copy (one a line)"),
                                        widget=forms.Textarea(attrs={"rows": 2}))
    resolution_copy = PdfField(label=_("Signed copy of the resolution (PDF)"))


class ReplyForm(forms.Form):
    text = forms.CharField(label=_("The society's reply"), widget=forms.Textarea(attrs={"rows": 5}))


class NoticeForm(forms.Form):
    given_on = forms.DateField(label=_("Notice given on"), widget=DayInput)


class DirectionForm(forms.Form):
    directions = forms.CharField(label=_("Directions to reconsider"), widget=forms.Textarea(attrs={"rows": 4}))
    reconsider_by = forms.DateField(label=_("Reconsider by"), widget=DayInput,
                                    help_text=_("The period is yours to fix (s.12(7)); 30 days unless you change it."))


class RegisterForm(forms.Form):
    consistent = forms.BooleanField(
        label=_("Not inconsistent with the Act, with existing societies of similar objects, or with the society's "
                "aims (s.12(6)(a))"), required=False)
    schedule_a = forms.BooleanField(label=_("In conformity with the co-operative principles of Schedule A "
                                            "(s.12(6)(b))"), required=False)
    fee = forms.DecimalField(label=_("Amendment fee (₹), raised in the dues ledger"), min_value=0, max_digits=12,
                             decimal_places=2, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = getattr(settings, "BYE_LAW_AMENDMENT_FEE", None)
        if default is not None:
            self.fields["fee"].initial = default


class RefuseForm(forms.Form):
    reasons = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 4}))


class CutoffForm(forms.Form):
    cutoff = forms.DateField(label=_("Cut-off: commencement of the amending Act"), widget=DayInput, required=False)
