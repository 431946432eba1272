"""Forms of registration. The FSM state is never a form field (design.md § Traps)."""

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from registrar import bounds
from registrar.widgets import DayInput
from societies.uploads import check_pdf

from .models import DocumentKind, Promoter, QueryItem, RegistrationApplication, Upload

# Promoter rows a new draft starts with (s.6(1): ten promoters), and the most one page will show.
PROMOTER_ROWS = 10
PROMOTER_ROWS_MAX = 200
PROMOTER_PREFIX = "promoters"
NO_FILE_CHOSEN = _("Choose a PDF file for “%(kind)s” first.")
DECLARATION = _("I declare, for the promoters who sign this application, that the particulars given and the "
                "documents uploaded are true and complete to the best of our knowledge, and that each promoter "
                "is an adult from a different family (sections 5, 6 and 10 of the Assam Co-operative Societies "
                "Act, 2007).")
DECLARATION_REQUIRED = _("Tick the declaration to submit the application.")


class ApplicationForm(forms.ModelForm):
    """A draft's particulars: every one may be left empty and saved (issue 25 § 2); what a submitted application
    needs is listed at submission (selectors.application_gaps). What is typed is still checked (a negative
    capital, a year end that is not a real day)."""

    class Meta:
        model = RegistrationApplication
        fields = ["proposed_name", "society_type", "district", "address", "area_of_operation",
                  "authorised_share_capital", "fy_end_month", "fy_end_day", "is_secondary", "chief_promoter_name"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"proposed_name": _('It must end with the word "Limited" (s.6(2)).')}


class PromoterForm(forms.ModelForm):
    """A promoter row: a draft keeps a half-filled row (a name alone, say). An untouched empty row is left out;
    a row with something typed needs the name, which says who the row is."""

    class Meta:
        model = Promoter
        fields = ["name", "relation_name", "address", "family_id", "gender", "age", "occupation", "shares"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["shares"].required = False

    def clean_shares(self):
        return self.cleaned_data.get("shares") or 1


def promoter_formset(data=None, *, instance, rows: int = PROMOTER_ROWS):
    """The promoters with empty rows up to `rows` (at least one empty row)."""
    saved = instance.promoters.count() if instance.pk else 0
    formset_class = inlineformset_factory(
        RegistrationApplication, Promoter, form=PromoterForm, can_delete=True,
        extra=max(min(rows, PROMOTER_ROWS_MAX) - saved, 1))
    return formset_class(data, instance=instance, prefix=PROMOTER_PREFIX)


class UploadForm(forms.ModelForm):
    class Meta:
        model = Upload
        fields = ["kind", "file"]
        widgets = {"file": forms.FileInput(attrs={"accept": "application/pdf"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].error_messages["required"] = NO_FILE_CHOSEN

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        check_pdf(uploaded)
        return uploaded

    def clean(self):
        cleaned = super().clean()
        if "file" in self.errors and self.errors["file"].as_data()[0].code == "required":
            kind = cleaned.get("kind") or DocumentKind.OTHER
            self.errors["file"] = self.error_class([NO_FILE_CHOSEN % {"kind": DocumentKind(kind).label}])
        return cleaned


class DeclarationForm(forms.Form):
    declared = forms.BooleanField(label=DECLARATION, error_messages={"required": DECLARATION_REQUIRED})


class DateInput(DayInput):
    """dd-mm-yyyy typed in a text box with a calendar beside it (registrar.widgets, issue 25 point 7)."""


class QueryForm(forms.Form):
    subject = forms.CharField(label=_("Field or document"), max_length=120)
    reason = forms.ChoiceField(label=_("Reason"), choices=QueryItem.Reason.choices)
    note = forms.CharField(label=_("Details"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    document_kind = forms.ChoiceField(
        label=_("Document asked for"), required=False, choices=[("", "—"), *DocumentKind.choices],
        help_text=_("If the item asks for a corrected document, the applicants answer it with a new copy."))


class TimeInput(forms.TimeInput):
    input_type = "time"


class HearingForm(forms.Form):
    """Proviso to s.10(2): the notice of a proposed refusal. Warns (and needs a tick) when the hearing falls after
    the last day for a decision, since a refusal sent after day 60 is too late (s.11 proviso)."""

    hearing_on = bounds.ActDateField(label=_("Hearing on"), widget=DateInput,
                                     ahead_years=bounds.HEARING_AHEAD_YEARS)
    hearing_time = forms.TimeField(label=_("Time"), required=False, widget=TimeInput)
    place = forms.CharField(label=_("Place"), max_length=200, required=False,
                            help_text=_("Leave empty for the office of the ARCS of the district."))
    grounds = forms.CharField(label=_("Grounds of the proposed refusal"), widget=forms.Textarea(attrs={"rows": 3}))
    confirm_after_last_day = forms.BooleanField(
        label=_("I confirm: the hearing falls after the last day for a decision."), required=False)

    def __init__(self, *args, application=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        self.after_last_day = False
        # The confirmation appears only once the warning does.
        self.fields["confirm_after_last_day"].widget = forms.HiddenInput()
        if application is not None and application.decision_due_on:
            self.fields["hearing_on"].help_text = _("Last day for a decision: %(due)s (day 60).") % {
                "due": f"{application.decision_due_on:%d %b %Y}"}

    def clean(self):
        from .services import HEARING_AFTER_LAST_DAY, hearing_after_last_day

        cleaned = super().clean()
        hearing_on = cleaned.get("hearing_on")
        if self.application is not None and hearing_on and hearing_after_last_day(self.application, hearing_on):
            self.after_last_day = True
            self.fields["confirm_after_last_day"].widget = forms.CheckboxInput()
            if not cleaned.get("confirm_after_last_day"):
                self.add_error("confirm_after_last_day", HEARING_AFTER_LAST_DAY % {
                    "due": f"{self.application.decision_due_on:%d %b %Y}"})
        return cleaned


class RegisterForm(forms.Form):
    dispatched_on = bounds.ActDateField(label=_("Certificate dispatched on"), widget=DateInput,
                                        help_text=_("The posting date stops the 60-day clock (s.11)."))


class RefuseForm(forms.Form):
    reasons = forms.CharField(label=_("Reasons for refusal"), widget=forms.Textarea(attrs={"rows": 4}))
    dispatched_on = bounds.ActDateField(label=_("Order dispatched on (registered post)"), widget=DateInput)


ANSWER_DOCUMENT_REQUIRED = _("Item %(n)s asks for a corrected “%(kind)s”: upload it as a PDF.")


class AnswerForm(forms.Form):
    """The answer to a query memo, item by item: a text for each item, and a PDF for each item that asks for a
    document (QueryItem.document_kind). The text is optional beside a document."""

    def __init__(self, *args, memo, **kwargs):
        super().__init__(*args, **kwargs)
        self.memo = memo
        self.items = list(memo.items.all())
        for item in self.items:
            asks = bool(item.document_kind)
            self.fields[f"item_{item.pk}"] = forms.CharField(
                label=f"{item.number}. {item.subject} — {item.get_reason_display()}", initial=item.answer,
                widget=forms.Textarea(attrs={"rows": 2}), help_text=item.note, required=not asks,
            )
            if asks:
                field = forms.FileField(
                    label=_("Corrected document for item %(n)s: %(kind)s") % {
                        "n": item.number, "kind": item.get_document_kind_display()},
                    widget=forms.FileInput(attrs={"accept": "application/pdf"}),
                    help_text=_("PDF only."))
                field.error_messages["required"] = ANSWER_DOCUMENT_REQUIRED % {
                    "n": item.number, "kind": item.get_document_kind_display()}
                self.fields[f"document_{item.pk}"] = field

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if name.startswith("document_") and value:
                try:
                    check_pdf(value)
                except forms.ValidationError as exc:
                    self.add_error(name, exc)
        return cleaned

    def answers(self) -> dict[int, str]:
        return {int(name.split("_", 1)[1]): value or "" for name, value in self.cleaned_data.items()
                if name.startswith("item_")}

    def documents(self) -> dict[int, object]:
        return {int(name.split("_", 1)[1]): value for name, value in self.cleaned_data.items()
                if name.startswith("document_") and value}


class PaperApplicationForm(forms.ModelForm):
    """An officer enters a paper application received by hand or post. The paper file holds the promoter list."""

    received_on = forms.DateField(label=_("Received on"), widget=DateInput,
                                  validators=[bounds.validate_since_commencement],
                                  help_text=_("The date the paper application reached the office."))
    applicant_name = forms.CharField(label=_("Applicant (who handed in or posted it)"), max_length=120)
    applicant_email = forms.EmailField(label=_("Applicant's email (optional)"), required=False,
                                       help_text=_("If the applicant has an account with this email, it is linked."))
    confirm_past_last_day = forms.BooleanField(
        label=_("I confirm: the last day for a decision has already passed; the application will be deemed "
                "registered at the next sweep."), required=False)

    class Meta:
        model = RegistrationApplication
        fields = ["district", "proposed_name", "society_type", "address", "area_of_operation",
                  "authorised_share_capital", "is_secondary", "chief_promoter_name"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"proposed_name": _('It must end with the word "Limited" (s.6(2)).')}

    def __init__(self, *args, districts, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.past_last_day = False
        self.fields["district"].queryset = districts
        self.fields["district"].empty_label = None if districts.count() == 1 else self.fields["district"].empty_label

    def clean_received_on(self):
        from .services import RECEIVED_IN_FUTURE

        received_on = self.cleaned_data["received_on"]
        if received_on > self.today:
            raise forms.ValidationError(RECEIVED_IN_FUTURE)
        return received_on

    def clean(self):
        from . import rules
        from .services import PAST_DEEMED_NOT_CONFIRMED, paper_is_past_last_day

        cleaned = super().clean()
        received_on = cleaned.get("received_on")
        name = cleaned.get("proposed_name")
        if name and not rules.name_ends_limited(name):
            self.add_error("proposed_name", _('The name of the society must end with the word "Limited".'))
        if received_on and paper_is_past_last_day(received_on, self.today):
            self.past_last_day = True
            if not cleaned.get("confirm_past_last_day"):
                self.add_error("confirm_past_last_day", PAST_DEEMED_NOT_CONFIRMED)
        return cleaned


class AssignForm(forms.Form):
    """A superior picks the officer to work an application. Any officer parses (so that an officer without
    jurisdiction gets the service's clear message, not "select a valid choice"); the list offers only officers
    with jurisdiction over the district."""

    officer = forms.ModelChoiceField(label=_("Assign to"), queryset=None)

    def __init__(self, *args, application, **kwargs):
        from django.contrib.auth import get_user_model

        from .selectors import application_assignable_officers

        super().__init__(*args, **kwargs)
        field = self.fields["officer"]
        field.queryset = get_user_model().objects.filter(officer__isnull=False)
        eligible = application_assignable_officers(application)
        field.widget.choices = [("", "---------")] + [
            (o.user.pk, f"{o.user.get_full_name() or o.user.username} — {o.get_rank_display()}") for o in eligible
            if o.user_id != application.assigned_officer_id]
