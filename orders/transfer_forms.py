"""The form of the transfer page: the successor, chosen among serving officers."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.models import Officer


class SuccessorChoice(forms.ModelChoiceField):
    def label_from_instance(self, officer):
        districts = ", ".join(d.name for d in officer.districts.all())
        where = _("Directorate") if officer.is_statewide else (districts or _("no district"))
        return f"{officer.user.get_full_name() or officer.user.username}, {officer.get_rank_display()} ({where})"


class TransferForm(forms.Form):
    successor = SuccessorChoice(queryset=Officer.objects.none(), label=_("Successor"),
                                empty_label=_("Choose the officer who takes the cases"),
                                help_text=_("A serving officer whose rank and districts cover every case."))

    def __init__(self, *args, officer, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["successor"].queryset = (
            Officer.objects.filter(is_active=True).exclude(pk=officer.pk).select_related("user")
            .prefetch_related("districts").order_by("rank", "user__first_name", "user__username"))
