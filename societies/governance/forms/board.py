"""Forms of the Board pages (sanctioned strength, election result, office-bearers, Board meetings, requisitions)
and of the ARCS's secretary invitation. Forms parse; the services in ..services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar import bounds

from .. import rules
from ..models import Director, Requisition
from . import DateInput

STRENGTH_LABEL = _("Sanctioned strength (bye-laws)")
STRENGTH_HELP = _("The number of Directors the bye-laws fix, 3 to 21 (s.35(2)). The Board quorum is half of it, "
                  "rounded up (s.43(5)).")


def _strength_field():
    return forms.IntegerField(label=STRENGTH_LABEL, help_text=STRENGTH_HELP, min_value=3,
                              max_value=rules.MAX_BOARD_STRENGTH)


class StrengthForm(forms.Form):
    strength = _strength_field()


class ElectionForm(forms.Form):
    result_on = forms.DateField(label=_("Results declared on"), widget=DateInput,
                                help_text=_("The new Board takes office on this date for five years (s.42(1))."))
    sanctioned_strength = _strength_field()


class DirectorForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    # A blank first choice: an unused row posts nothing that differs from its initial values and is skipped.
    gender = forms.ChoiceField(label=_("Gender"), choices=[("", "—"), *Director.Gender.choices])
    category = forms.ChoiceField(label=_("Category"), choices=Director.Category.choices,
                                 initial=Director.Category.GENERAL)
    office = forms.ChoiceField(label=_("Office"), choices=Director.Office.choices, initial=Director.Office.DIRECTOR)
    is_coopted = forms.BooleanField(label=_("Co-opted expert (s.42(4))"), required=False)


def director_formset(rows: int):
    """A formset of `rows` rows (at least three Directors, s.35(2)); empty rows are ignored."""
    return forms.formset_factory(DirectorForm, extra=max(rows - 3, 0), min_num=3, validate_min=True,
                                 max_num=rules.MAX_BOARD_STRENGTH + rules.MAX_COOPTED_EXPERTS, validate_max=True)


def director_choices(directors):
    return [(d.pk, d.name) for d in directors]


class OfficeBearersForm(forms.Form):
    president = forms.TypedChoiceField(label=_("President"), coerce=int)
    vice_president = forms.TypedChoiceField(label=_("Vice-President"), coerce=int)

    def __init__(self, *args, directors, **kwargs):
        super().__init__(*args, **kwargs)
        choices = director_choices(directors)
        self.fields["president"].choices = choices
        self.fields["vice_president"].choices = choices
        for d in directors:
            if d.office == Director.Office.PRESIDENT:
                self.fields["president"].initial = d.pk
            elif d.office == Director.Office.VICE_PRESIDENT:
                self.fields["vice_president"].initial = d.pk


class BoardMeetingForm(forms.Form):
    held_on = bounds.ActDateField(label=_("Date of the meeting"), widget=DateInput)
    present = forms.TypedMultipleChoiceField(
        label=_("Directors present"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick every Director who attended. Without quorum the meeting is recorded but not held "
                    "(s.43(5))."))
    agenda = forms.CharField(label=_("Business transacted"), required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))
    requisition = forms.TypedChoiceField(
        label=_("Held on a requisition?"), coerce=int, required=False, empty_value=None,
        help_text=_("If this is the special Board meeting requisitioned under s.43(2), choose the requisition."))

    def __init__(self, *args, directors, requisitions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = director_choices(directors)
        self.fields["requisition"].choices = [("", _("No"))] + [
            (r.pk, _("Received %(day)s, to be held by %(by)s") % {"day": f"{r.received_on:%d %b %Y}",
                                                                  "by": f"{r.hold_by:%d %b %Y}"})
            for r in requisitions]


class RequisitionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Meeting requisitioned"), choices=Requisition.Kind.choices,
                             help_text=_("A special general meeting must be held within 45 days of receipt "
                                         "(s.33(1)); a special Board meeting within 15 days (s.43(2))."))
    requisitioned_by = forms.ChoiceField(label=_("Requisitioned by"), choices=Requisition.From.choices)
    received_on = bounds.ActDateField(label=_("Received on"), widget=DateInput)
    agenda = forms.CharField(label=_("Agenda and reasons"), widget=forms.Textarea(attrs={"rows": 3}))
    signatures = forms.IntegerField(
        label=_("Members with a vote who signed"), min_value=0, required=False,
        help_text=_("For a members' requisition of a special general meeting: at least a quarter of the members "
                    "on the final voter list must sign (s.33(1))."))


class SecretaryInviteForm(forms.Form):
    email = forms.EmailField(label=_("Email of the new secretary"),
                             help_text=_("They receive a link; the grant is made when they log in with this email "
                                         "and accept."))
    replaces = forms.TypedChoiceField(
        label=_("Replace the current secretary?"), coerce=int, required=False, empty_value=None,
        help_text=_("The current secretary's access ends when the invitation is accepted."))

    def __init__(self, *args, secretaries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["replaces"].choices = [("", _("No, add a secretary"))] + [
            (u.pk, f"{u.get_full_name() or u.username} ({u.email})") for u in secretaries]
