"""Forms of the supersession procedure's office pages (S1). Dates are typed dd-mm-yyyy (registrar.widgets.DayInput);
every rule of the Act is the services' (their errors land on these fields through add_service_errors)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from audit.inquiry.forms import SocietyField
from registrar import bounds
from registrar.widgets import DayInput

from .models import Ground
from .services.procedure import INQUIRY, INSPECTION

ROUTES = [(INQUIRY, _("An inquiry (s.87)")), (INSPECTION, _("An inspection (s.88)"))]


def _text(label, rows=3, required=True, help_text=""):
    return forms.CharField(label=label, required=required, help_text=help_text,
                           widget=forms.Textarea(attrs={"rows": rows}))


def _day(label, required=True, ahead=0, help_text=""):
    return bounds.ActDateField(label=label, required=required, widget=DayInput, ahead_years=ahead,
                               help_text=help_text)


class OpinionForm(forms.Form):
    society = SocietyField()
    ground = forms.ChoiceField(label=_("Ground"), choices=[("", "—"), *Ground.choices])
    opinion = _text(_("The Registrar's opinion"), rows=5,
                    help_text=_("What the Board did or failed to do, and why it is a ground of supersession."))
    route = forms.ChoiceField(label=_("The opinion opens"), choices=[("", "—"), *ROUTES], required=False,
                              help_text=_("Not for the Reserve Bank's requisition or advice: no inquiry then."))
    subject = _text(_("Subject of the inquiry or scope of the inspection"), rows=2, required=False)
    officer = forms.ModelChoiceField(label=_("Inquiry or inspecting officer"), queryset=None, required=False)
    evidence = _text(_("What the ground rests on"), rows=3, required=False,
                     help_text=_("For a PACS: the three years' figures or the meetings, where the portal holds "
                                 "none; the irregularities; or the court's direction (court, case, date)."))
    rbi_reference = forms.CharField(label=_("The Reserve Bank's reference"), max_length=120, required=False,
                                    help_text=_("Its prior approval (State Co-operative Bank, s.139(1)), "
                                                "requisition (s.4A) or advice (s.146(1))."))
    rbi_dated = _day(_("The Reserve Bank's letter dated"), required=False)
    rbi_received_on = _day(_("The Reserve Bank's advice received on"), required=False)

    def __init__(self, *args, officers=None, societies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers
        self.fields["society"].queryset = societies


class ObjectionsCallForm(forms.Form):
    objections_due_on = forms.DateField(
        label=_("Objections by"), widget=DayInput, required=False,
        help_text=_("The Act sets no time; 15 days from today if left blank (lifecycles.md §9 default)."))


class ObjectionsForm(forms.Form):
    objections = _text(_("The society's objections"), rows=5, required=False)
    none_received = forms.BooleanField(label=_("No objections were received by the day given"), required=False)


class ForwardForm(forms.Form):
    consideration = _text(_("How the objections were considered"), rows=4)


class ReceiptForm(forms.Form):
    received_on = _day(_("The society received the report on"))


class ActionForm(forms.Form):
    action_taken = _text(_("The action the society took on the report"), rows=4)
    taken_on = _day(_("Action taken on (the general meeting's date)"))
    meeting = forms.ModelChoiceField(label=_("At the general meeting of"), queryset=None, required=False)

    def __init__(self, *args, meetings=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings


class DropForm(forms.Form):
    reasons = _text(_("Reasons for dropping the case"), rows=3)


class OrderForm(forms.Form):
    administrators = forms.ModelMultipleChoiceField(
        label=_("Administrators (officers of the department)"), queryset=None,
        widget=forms.CheckboxSelectMultiple)
    suspend = forms.BooleanField(label=_("Suspend the Board instead of superseding it"), required=False)
    rbi_period_ends_on = forms.DateField(
        label=_("End of the period the Reserve Bank specified (if any)"), widget=DayInput, required=False)

    def __init__(self, *args, officers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["administrators"].queryset = officers
