"""Forms of registration. The FSM state is never a form field (design.md § Traps)."""

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from .models import Promoter, QueryItem, RegistrationApplication, Upload
from .uploads import check_pdf


class ApplicationForm(forms.ModelForm):
    class Meta:
        model = RegistrationApplication
        fields = ["proposed_name", "society_type", "district", "address", "area_of_operation",
                  "authorised_share_capital", "fy_end_month", "fy_end_day", "is_secondary", "chief_promoter_name"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"proposed_name": _('It must end with the word "Limited" (s.6(2)).')}


PromoterFormSet = inlineformset_factory(
    RegistrationApplication, Promoter, extra=3, can_delete=True,
    fields=["name", "relation_name", "address", "family_id", "gender", "age", "occupation", "shares"],
)


class UploadForm(forms.ModelForm):
    class Meta:
        model = Upload
        fields = ["kind", "file"]
        widgets = {"file": forms.FileInput(attrs={"accept": "application/pdf"})}

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        check_pdf(uploaded)
        return uploaded


class DateInput(forms.DateInput):
    input_type = "date"


class QueryForm(forms.Form):
    subject = forms.CharField(label=_("Field or document"), max_length=120)
    reason = forms.ChoiceField(label=_("Reason"), choices=QueryItem.Reason.choices)
    note = forms.CharField(label=_("Details"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class HearingForm(forms.Form):
    hearing_on = forms.DateField(label=_("Hearing on"), widget=DateInput)


class RegisterForm(forms.Form):
    dispatched_on = forms.DateField(label=_("Certificate dispatched on"), widget=DateInput,
                                    help_text=_("The posting date stops the 60-day clock (s.11)."))


class RefuseForm(forms.Form):
    reasons = forms.CharField(label=_("Reasons for refusal"), widget=forms.Textarea(attrs={"rows": 4}))
    dispatched_on = forms.DateField(label=_("Order dispatched on (registered post)"), widget=DateInput)


class AnswerForm(forms.Form):
    def __init__(self, *args, memo, **kwargs):
        super().__init__(*args, **kwargs)
        self.memo = memo
        for item in memo.items.all():
            self.fields[f"item_{item.pk}"] = forms.CharField(
                label=f"{item.number}. {item.subject} — {item.get_reason_display()}", initial=item.answer,
                widget=forms.Textarea(attrs={"rows": 2}), help_text=item.note, required=True,
            )

    def answers(self) -> dict[int, str]:
        return {int(name.split("_", 1)[1]): value for name, value in self.cleaned_data.items()}
