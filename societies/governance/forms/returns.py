"""Forms of annual returns (s.129). The form only parses: the services save, and never a filed return."""

from django import forms
from django.core.validators import MinValueValidator
from django.utils.translation import gettext_lazy as _

from societies.uploads import check_pdf

from ..models import AnnualReturn
from ..services.returns import (
    DATA_FIELDS,
    MEMBER_FIELDS,
    MONEY_FIELDS,
    UPLOAD_FIELDS,
    UPLOAD_LABELS,
    UPLOAD_REQUIRED,
    audit_facts,
    consistency_errors,
)
from . import DateInput


class ReturnForm(forms.ModelForm):
    """Every figure of s.129(1)-(2). Blank numbers count as zero on a draft; uploads are optional until filing
    (the service requires both to file)."""

    audited_accounts = forms.FileField(
        label=_("Audited accounts (PDF)"), required=False,
        widget=forms.FileInput(attrs={"accept": "application/pdf"}),
        help_text=_("The audited statements with the auditor's report (section 129(1)(b))."))
    annual_report = forms.FileField(
        label=_("Annual report (PDF)"), required=False, widget=forms.FileInput(attrs={"accept": "application/pdf"}),
        help_text=_("The annual report placed before the AGM (section 129(1)(a))."))

    class Meta:
        model = AnnualReturn
        fields = DATA_FIELDS
        widgets = {"agm_held_on": DateInput, "last_audit_on": DateInput, "last_election_on": DateInput,
                   "members_differ_reason": forms.Textarea(attrs={"rows": 2})}
        help_texts = {
            "agm_held_on": _("The return is due within 30 days of the AGM (section 129(1))."),
            "members_end_general": _("General, SC, ST and OBC together must equal the members at the end of the "
                                     "year (section 129(2))."),
            "profit_or_loss": _("Enter a loss with a minus sign, e.g. -25000."),
            "board_women": _("Section 35(2): seats reserved for women."),
            "members_differ_reason": _("Only if a member figure differs from the society's register of members "
                                       "(filled in from the register): say why."),
            "last_election_on": _("The day the results were declared. Leave blank under the promoter Board."),
        }

    def __init__(self, *args, year, today, filing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # filing: report every gap at once (the service checks the same again under the row lock).
        self.year, self.today, self.filing = year, today, filing
        for name in DATA_FIELDS:
            self.fields[name].required = False
        # The audit's class and date come from the last audit report (issue 18 point 3), shown, never typed.
        facts = audit_facts(year.society)
        for name in ("audit_class", "last_audit_on"):
            self.fields[name].disabled = True
            self.fields[name].help_text = _("From the last audit report issued on the portal.")
            self.initial[name] = facts[name]
        for name in [*MEMBER_FIELDS, *MONEY_FIELDS, "board_directors", "board_women"]:
            # Negatives are refused by consistency_errors with one clear message, not Django's generic one.
            field = self.fields[name]
            field.validators = [v for v in field.validators if not isinstance(v, MinValueValidator)]
            field.widget.attrs["min"] = "0"
        for name in MONEY_FIELDS:
            self.fields[name].widget.attrs.update({"step": "0.01", "inputmode": "decimal"})
        del self.fields["profit_or_loss"].widget.attrs["min"]

    def _post_clean(self):
        # The services validate and save; the model instance is never built from the form (it may be filed).
        pass

    def clean(self):
        cleaned = super().clean()
        for name in DATA_FIELDS:
            if name in cleaned and cleaned[name] is None and isinstance(self.fields[name], (
                    forms.IntegerField, forms.DecimalField)) and not name.startswith("board_"):
                cleaned[name] = 0  # a blank figure is nought
        if cleaned.get("audit_class") is None:
            cleaned["audit_class"] = ""
        for name in ("audited_accounts", "annual_report"):
            if cleaned.get(name):
                try:
                    check_pdf(cleaned[name])
                except forms.ValidationError as exc:
                    self.add_error(name, exc)
        errors = consistency_errors({k: v for k, v in cleaned.items() if k in DATA_FIELDS},
                                    year_end=self.year.ends_on, today=self.today, filing=self.filing)
        if self.filing:
            for name in UPLOAD_FIELDS:
                if not cleaned.get(name) and not getattr(self.instance, name) and name not in self.errors:
                    errors.setdefault(name, []).append(UPLOAD_REQUIRED % {"document": UPLOAD_LABELS[name]})
        for field, messages in errors.items():
            for message in messages:
                self.add_error(field, message)
        return cleaned

    GROUPS = [
        (_("Members at the start of the year (section 129(2))"),
         ["members_start_women", "members_start_men", "members_start_other"]),
        (_("Members at the end of the year, by gender"), ["members_end_women", "members_end_men", "members_end_other"]),
        (_("Members at the end of the year, by category"),
         ["members_end_general", "members_end_sc", "members_end_st", "members_end_obc", "members_differ_reason"]),
        (_("Finances in rupees (section 129(1))"), MONEY_FIELDS),
        (_("Meetings, audit and the Board"),
         ["agm_held_on", "last_audit_on", "audit_class", "board_directors", "board_women", "last_election_on"]),
        (_("Documents (PDF)"), ["audited_accounts", "annual_report"]),
    ]

    def groups(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.GROUPS]

    def data_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in DATA_FIELDS if name in self.cleaned_data}

    def upload_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("audited_accounts", "annual_report")
                if self.cleaned_data.get(name)}


class CorrectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the correction"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
        help_text=_("What was wrong in the filed return. The filed version stays on record with this reason."),
        error_messages={"required": _("Give the reason for the correction.")})
