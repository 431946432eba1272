"""Forms of the election pages. Forms parse; the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.widgets import DAY_FORMAT, DayInput

from ..models import Election

DAY_INPUTS = [DAY_FORMAT, "%Y-%m-%d"]

TERRITORIAL_HELP = _("One area a line: area; seats; date of the area meeting (dd-mm-yyyy). Leave empty when the "
                     "bye-laws provide no territorial seats (s.30(3)).")
TERRITORIAL_BAD_LINE = _("Line %(n)s: write the area, the number of seats and the date of the area meeting, "
                         "separated by semicolons.")


class AnnounceForm(forms.Form):
    meeting_kind = forms.ChoiceField(label=_("General meeting"), choices=Election.MeetingKind.choices)
    poll_on = forms.DateField(label=_("Date of the general meeting (the poll)"), widget=DayInput, input_formats=DAY_INPUTS,
                              help_text=_("The poll is held at this meeting, in person (s.41(5))."))
    nominations_close_on = forms.DateField(label=_("Last day for nominations"), widget=DayInput, input_formats=DAY_INPUTS)
    sanctioned_strength = forms.IntegerField(label=_("Directors to elect (sanctioned strength)"), min_value=3,
                                             max_value=21)
    returning_officer = forms.ModelChoiceField(label=_("Returning officer"), queryset=None, required=False,
                                               help_text=_("An officer of the district. Leave empty to act "
                                                           "yourself; an outside returning officer can be invited "
                                                           "from the election's page."))
    territorial = forms.CharField(label=_("Territorial seats"), widget=forms.Textarea(attrs={"rows": 3}),
                                  required=False, help_text=TERRITORIAL_HELP)

    def __init__(self, *args, officers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["returning_officer"].queryset = officers
        self.fields["returning_officer"].label_from_instance = lambda o: o.user.get_full_name() or o.user.username

    def clean_territorial(self):
        areas = []
        for n, line in enumerate(self.cleaned_data["territorial"].splitlines(), start=1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split(";")]
            try:
                area, seats, day = parts
                meeting_on = forms.DateField(input_formats=["%d-%m-%Y"]).clean(day)
                areas.append({"area": area, "seats": int(seats), "meeting_on": meeting_on})
            except (ValueError, forms.ValidationError):
                raise forms.ValidationError(TERRITORIAL_BAD_LINE, params={"n": n}) from None
            if not area or areas[-1]["seats"] < 1:
                raise forms.ValidationError(TERRITORIAL_BAD_LINE, params={"n": n})
        return areas


class NominateForm(forms.Form):
    member_number = forms.IntegerField(label=_("Member number"), min_value=1)
    group = forms.ModelChoiceField(label=_("Seat"), queryset=None)

    def __init__(self, *args, election, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = election.seat_groups.all()


class CountsForm(forms.Form):
    """One votes box per valid candidate."""

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        for c in candidates:
            self.fields[f"votes_{c.pk}"] = forms.IntegerField(label=f"{c.name} ({c.group})", min_value=0)

    def votes(self) -> dict[int, int]:
        return {int(k.split("_", 1)[1]): v for k, v in self.cleaned_data.items() if k.startswith("votes_")}


class OfficeBearersForm(forms.Form):
    president = forms.ModelChoiceField(label=_("President"), queryset=None)
    vice_president = forms.ModelChoiceField(label=_("Vice-President"), queryset=None)

    def __init__(self, *args, directors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["president"].queryset = directors
        self.fields["vice_president"].queryset = directors
        for name in ("president", "vice_president"):
            self.fields[name].label_from_instance = lambda d: d.name
