"""Forms of the audit work: they parse and bound the input; the services decide (audit.services.work, .objections,
.followup)."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DayInput

from .models import AuditReport, Severity
from .work_rules import MAX_MARKS

_TEXT = {"widget": forms.Textarea(attrs={"rows": 3}), "max_length": 4000}
_MONEY = {"max_digits": 16, "decimal_places": 2}


class DayForm(forms.Form):
    on = forms.DateField(label=_("Date"), widget=DayInput)


class BooksForm(forms.Form):
    books_produced = forms.CharField(label=_("Books and records produced (s.81(2))"), required=False, **_TEXT)
    books_produced_on = forms.DateField(label=_("Produced on"), widget=DayInput, required=False)
    accounts_written_up = forms.BooleanField(label=_("The accounts were incomplete and were written up at the "
                                                     "society's cost (s.82)"), required=False)
    write_up_cost = forms.DecimalField(label=_("Cost of writing up (₹)"), required=False, min_value=0, **_MONEY)
    write_up_note = forms.CharField(label=_("What was written up"), required=False, **_TEXT)


class ReportForm(forms.Form):
    marks = forms.IntegerField(label=_("Marks (out of 100): the class follows from the department's bands"),
                               validators=[MinValueValidator(0), MaxValueValidator(MAX_MARKS)])
    opinion = forms.CharField(label=_("The auditor's opinion"), widget=forms.Textarea(attrs={"rows": 3}),
                              max_length=8000)
    director_ineligible = forms.BooleanField(label=_("A Director has become ineligible (s.83(2)(f))"),
                                             required=False)
    director_ineligible_details = forms.CharField(label=_("Who, and why"), required=False, **_TEXT)
    udin = forms.CharField(label=_("UDIN of the signing partner (a chartered accountant's report)"),
                           required=False, max_length=18)

    def __init__(self, *args, panel: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        for name, section, label in AuditReport.CLAUSES:
            self.fields[name] = forms.CharField(label=f"s.{section}: {label}", required=False,
                                                help_text=_("Leave blank when there is nothing to report."),
                                                widget=forms.Textarea(attrs={"rows": 2}), max_length=4000)
        for name in AuditReport.SUMMARY_FIELDS:
            field = AuditReport._meta.get_field(name)
            self.fields[name] = forms.DecimalField(label=field.verbose_name, **_MONEY,
                                                   min_value=None if name == "profit_or_loss" else 0)
        if not panel:
            del self.fields["udin"]
        # the report's order: s.84's clauses, the figures, then the class, opinion and s.83(2)(f)
        self.order_fields([*(n for n, _s, _l in AuditReport.CLAUSES), *AuditReport.SUMMARY_FIELDS, "marks",
                           "opinion", "director_ineligible", "director_ineligible_details", "udin"])

    def findings(self) -> dict:
        return {name: self.cleaned_data[name] for name, _s, _l in AuditReport.CLAUSES}

    def summary(self) -> dict:
        return {name: self.cleaned_data[name] for name in AuditReport.SUMMARY_FIELDS}



class ObjectionForm(forms.Form):
    severity = forms.ChoiceField(label=_("Severity"), choices=[("", "—"), *Severity.choices], required=False)
    text = forms.CharField(label=_("Objection"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           max_length=4000)
    amount = forms.DecimalField(label=_("Amount involved (₹)"), required=False, min_value=0, **_MONEY)
    clause = forms.CharField(label=_("Clause of the Act or bye-laws"), required=False, max_length=120)

    def item(self) -> dict | None:
        """The item, or None for a row left blank."""
        data = self.cleaned_data
        if not (data.get("text") or data.get("clause") or data.get("severity") or data.get("amount") is not None):
            return None
        return {"severity": data.get("severity") or "", "text": data.get("text") or "",
                "amount": data.get("amount"), "clause": data.get("clause") or ""}


ObjectionFormSet = forms.formset_factory(ObjectionForm, extra=3, max_num=60, absolute_max=60, validate_max=True)


class TextForm(forms.Form):
    text = forms.CharField(label=_("Explanation"), **_TEXT)


class RectifyForm(forms.Form):
    text = forms.CharField(label=_("What the society did"), **_TEXT)
    evidence = forms.FileField(label=_("Evidence (PDF)"), widget=forms.ClearableFileInput(attrs={"accept": ".pdf"}))


class CloseForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), choices=[("accept", _("Accept the rectification: close")),
                                                               ("send_back", _("Not accepted: send it back"))])
    remarks = forms.CharField(label=_("Remarks"), required=False, **_TEXT)


class DirectionForm(forms.Form):
    items = forms.MultipleChoiceField(label=_("Items to rectify"), widget=forms.CheckboxSelectMultiple)
    rectify_by = forms.DateField(label=_("To be rectified by (the date you fix, s.85(1))"), widget=DayInput)
    text = forms.CharField(label=_("Direction"), widget=forms.Textarea(attrs={"rows": 3}), max_length=8000)

    def __init__(self, *args, items=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = [(str(i.pk), f"{i.number}. {i.get_severity_display()} — {i.text[:80]}")
                                        for i in items]
        self.fields["items"].initial = [str(i.pk) for i in items]


class AcceptanceForm(forms.Form):
    meeting = forms.ChoiceField(label=_("The AGM that accepted the audit report"))

    def __init__(self, *args, meetings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].choices = [(str(m.pk), f"{m.held_on:%d-%m-%Y}") for m in meetings]


class FollowupForm(forms.Form):
    text = forms.CharField(label=_("What the Board has done on each defect (s.85(2))"),
                           widget=forms.Textarea(attrs={"rows": 4}), max_length=8000)
    document = forms.FileField(label=_("The Board's report (PDF, optional)"), required=False,
                               widget=forms.ClearableFileInput(attrs={"accept": ".pdf"}))


class ReauditForm(forms.Form):
    reasons = forms.CharField(label=_("Reasons (on appeal or on inquiry)"), widget=forms.Textarea(attrs={"rows": 3}),
                              max_length=8000)
