"""Forms of general meetings and proceedings (the secretary's) and of the ARCS's decision on proceedings."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar import bounds
from societies.uploads import check_pdf

from ..models import GeneralMeeting
from . import DateInput

YEAR_FOR_AGM = _("Choose the financial year this AGM is for.")


class GeneralMeetingForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of meeting"), choices=GeneralMeeting.Kind.choices)
    financial_year = forms.TypedChoiceField(
        label=_("Financial year (AGM)"), coerce=int, required=False, empty_value=None,
        help_text=_("The AGM must be held within six months of the year end (s.39)."))
    requisition = forms.TypedChoiceField(
        label=_("Requisition (special meeting)"), coerce=int, required=False, empty_value=None,
        help_text=_("A requisitioned special general meeting must be held within 45 days of receipt (s.33(1))."))
    held_on = bounds.ActDateField(label=_("Date of the meeting"), widget=DateInput)
    members_eligible = forms.IntegerField(
        label=_("Members eligible to vote"), min_value=1, required=False,
        help_text=_("Read from the final voter list valid on the meeting's day when the society has one (s.26(3)); "
                    "type it only for a meeting before the society had voter lists."))
    members_present = forms.IntegerField(label=_("Members present"), min_value=0)
    delegate_body = forms.BooleanField(label=_("A body of delegates"), required=False,
                                       help_text=_("Tick if the general body is made of delegates of the members "
                                                   "rather than the members themselves."))
    adjourned_to = bounds.ActDateField(
        label=_("Adjourned to (no quorum)"), widget=DateInput, required=False,
        ahead_years=bounds.HEARING_AHEAD_YEARS,
        help_text=_("Only if the meeting lacked quorum and was adjourned (s.34(2)). The adjourned sitting, recorded "
                    "on its own date, proceeds without quorum (s.34(3))."))
    accounts_ready_on = forms.DateField(
        label=_("Accounts and annual report ready on"), widget=DateInput, required=False,
        help_text=_("They must be ready for members 15 days before the AGM (s.30(4))."))
    resolutions = forms.CharField(label=_("Resolutions passed"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))

    agenda = forms.CharField(label=_("Agenda (one item a line)"), required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))
    reports = forms.MultipleChoiceField(
        label=_("Reports placed before this meeting"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("An inquiry report (s.87(5)) or an inspection report with the action-taken report (s.88(4)) "
                    "the society has received must be placed before its next general meeting."))

    def __init__(self, *args, years, requisitions, reports=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reports"].choices = list(reports)
        if not reports:
            del self.fields["reports"]
        self.fields["financial_year"].choices = [("", "—")] + [
            (y.pk, _("%(year)s (AGM due by %(day)s)") % {"year": y.label, "day": f"{y.agm_last_day:%d %b %Y}"})
            for y in years]
        self.fields["requisition"].choices = [("", _("None (called by the Board)"))] + [
            (r.pk, _("Received %(day)s, to be held by %(by)s") % {"day": f"{r.received_on:%d %b %Y}",
                                                                  "by": f"{r.hold_by:%d %b %Y}"})
            for r in requisitions]

    def clean(self):
        data = super().clean()
        if data.get("kind") == GeneralMeeting.Kind.AGM and not data.get("financial_year"):
            self.add_error("financial_year", YEAR_FOR_AGM)
        return data


class ProceedingsForm(forms.Form):
    document = forms.FileField(label=_("Proceedings (PDF)"), widget=forms.FileInput(attrs={"accept": "application/pdf"}),
                               help_text=_("The signed proceedings as one PDF."))
    summary = forms.CharField(
        label=_("Summary of the proceedings"), widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Members present, the business transacted and each resolution with its result."))

    def clean_document(self):
        uploaded = self.cleaned_data["document"]
        check_pdf(uploaded)
        return uploaded


class ReturnForm(forms.Form):
    observations = forms.CharField(label=_("Observations"), widget=forms.Textarea(attrs={"rows": 4}),
                                   help_text=_("What the society must correct before filing again."))
