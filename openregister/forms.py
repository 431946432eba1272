"""The register's search filters: one form for the page, the CSV extract and the API, so the three accept and
refuse the same things with the same messages."""

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from registrar.models import District
from societies.choices import GovernanceStatus, LegalStatus, SocietyType

from .search import BATCH_LIMIT, Criteria, parse_numbers

TOO_MANY_NUMBERS = _("Give at most %(limit)s registration numbers at once; you gave %(count)s.")
NO_NUMBERS = _("Paste at least one registration number, one per line.")


class DistrictChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, district):
        return district.name


class RegisterSearchForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False, max_length=200,
                        help_text=_("Words of the name, in any order; a spelling mistake is forgiven. Assamese "
                                    "names are found too."))
    number = forms.CharField(label=_("Registration number"), required=False, max_length=40)
    district = DistrictChoiceField(label=_("District"), queryset=District.objects.all(), required=False,
                                   to_field_name="code", empty_label=_("Every district"))
    place = forms.CharField(label=_("Village, town or area of operation"), required=False, max_length=120)
    type = forms.ChoiceField(label=_("Type"), required=False,
                             choices=[("", _("Every type"))] + list(SocietyType.choices))
    legal_status = forms.ChoiceField(label=_("Legal status"), required=False,
                                     choices=[("", _("Any legal status"))] + list(LegalStatus.choices))
    governance_status = forms.ChoiceField(label=_("Who runs it"), required=False,
                                          choices=[("", _("Anyone"))] + list(GovernanceStatus.choices))

    def criteria(self) -> Criteria:
        data = self.cleaned_data
        return Criteria(
            text=" ".join(data["q"].split()), number=data["number"].strip().upper(),
            district=data["district"].pk if data["district"] else None, place=data["place"].strip(),
            society_type=data["type"], legal_status=data["legal_status"],
            governance_status=data["governance_status"],
        )


class BatchLookupForm(forms.Form):
    numbers = forms.CharField(label=_("Registration numbers"), widget=forms.Textarea(attrs={"rows": 10}),
                              max_length=BATCH_LIMIT * 48,
                              help_text=lazy(lambda: gettext("One per line, up to %(limit)s.")
                                             % {"limit": BATCH_LIMIT}, str)())

    def clean_numbers(self):
        numbers = parse_numbers(self.cleaned_data["numbers"])
        if not numbers:
            raise forms.ValidationError(NO_NUMBERS)
        if len(numbers) > BATCH_LIMIT:
            raise forms.ValidationError(TOO_MANY_NUMBERS % {"limit": BATCH_LIMIT, "count": len(numbers)})
        return numbers
