"""Forms of outside parties: the officer's invitation, the party's acceptance (with a password when new)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrar.forms import check_new_password

from . import kinds
from .models import Role

SCOPE_NEEDED = _("Say what the engagement covers, for example: accounts 2025-26.")
NO_SOCIETY = _("No society with this registration number in your jurisdiction.")


class InviteForm(forms.Form):
    """Either about a case named in the link (`kind` and `case`, from the case's own page), or about a society
    by its registration number: an auditor firm or returning officer on a new or open engagement of the society
    with the scope given, a claimant on the society itself."""

    role = forms.ChoiceField(label=_("Role"))
    registration_number = forms.CharField(label=_("Society's registration number"), max_length=40, required=False)
    scope = forms.CharField(label=_("Scope of the engagement"), max_length=120, required=False,
                            help_text=_("Auditor firm or returning officer: for example accounts 2025-26, or Board "
                                        "election 2026."))
    name = forms.CharField(label=_("Name of the person"), max_length=150)
    organisation = forms.CharField(label=_("Firm, bank or society"), max_length=200, required=False)
    email = forms.EmailField(label=_("Email"))

    def __init__(self, *args, kind: kinds.CaseKind | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        if kind is not None:
            self.fields["role"].choices = [(r, Role(r).label) for r in kind.roles]
            del self.fields["registration_number"], self.fields["scope"]
        else:
            self.fields["role"].choices = kinds.roles_for_invitation()
            self.fields["registration_number"].required = True

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        data = super().clean()
        if self.kind is None and data.get("role") in kinds.ENGAGEMENT.roles and not (data.get("scope") or "").strip():
            self.add_error("scope", SCOPE_NEEDED)
        return data


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=300)


class NewAccountForm(forms.Form):
    """A person with no account accepts an invitation: the token proves the address, they choose a password."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(label=_("Password again"),
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        data = super().clean()
        check_new_password(self, data, email=self.email)
        return data
