"""Account forms: login and admin login with throttling, password reset, citizen sign-up, email verification.

Every form here that checks a secret or sends an e-mail reserves an attempt first (`registrar.throttle`), per
account or e-mail typed and per client address, so that a burst of parallel requests cannot exceed the limit.
No message says whether an e-mail is registered (issue 11 § 1).
"""

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import clock, throttle
from .models import FailedLogin

User = get_user_model()

LOCKED_OUT = throttle.SUBJECT_LIMITED["login"]
PASSWORDS_DIFFER = _("The two passwords do not match.")
CODE_WRONG = _("That code or password is not right. Check the latest email from us and try again.")
CODE_EXPIRED = _("This code has expired. We have emailed you a new one.")


class ThrottledLoginMixin:
    """Reserve an attempt for the account and the client address before the password is checked; record
    every failure. Used by the portal's and the admin's login forms."""

    def clean(self):
        raw = (self.cleaned_data.get("username") or "").strip()
        if not raw or not self.cleaned_data.get("password"):
            return super().clean()  # a field is missing: its own error, no password is checked
        if "@" in raw:
            match = User.objects.filter(email__iexact=raw).values_list("username", flat=True).first()
            if match:
                self.cleaned_data["username"] = match
        username = self.cleaned_data.get("username", raw)
        user_id = User.objects.filter(username=username).values_list("pk", flat=True).first()
        subject = (throttle.subject_key("login", "user", str(user_id)) if user_id is not None
                   else throttle.subject_key("login", "name", username))
        address = throttle.client_address(self.request)
        try:
            reservation = throttle.reserve("login", subject=subject, address=address)
        except throttle.Throttled as refused:
            FailedLogin.objects.create(username=username[:150], at=clock.now(), ip=address)
            raise forms.ValidationError(refused.message, code="locked")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            FailedLogin.objects.create(username=username[:150], at=clock.now(), ip=address)
            raise
        reservation.refund()
        return cleaned


class LoginForm(ThrottledLoginMixin, AuthenticationForm):
    username = forms.CharField(label=_("Username or email"), max_length=254,
                               widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}))


class AdminLoginForm(ThrottledLoginMixin, AdminAuthenticationForm):
    """`/admin/login/` was not throttled at all (issue 11 § 2)."""


class ThrottledPasswordResetForm(PasswordResetForm):
    """Reset links are e-mailed at most a few times an hour per e-mail typed and per address. The page says
    the same whether or not an account has that e-mail (Django's reset view already does)."""

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"]
        try:
            throttle.reserve("reset", subject=throttle.subject_key("reset", "email", email),
                             address=throttle.client_address(self.request))
        except throttle.Throttled as refused:
            raise forms.ValidationError(refused.message, code="throttled")
        return email


class SignupForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    phone = forms.RegexField(label=_("Mobile number (optional)"), regex=r"^[6-9]\d{9}$", required=False,
                             error_messages={"invalid": _("Enter a 10-digit Indian mobile number.")})
    language = forms.ChoiceField(label=_("Language for notices"), choices=settings.LANGUAGES, initial="en")
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(label=_("Password again"),
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Notices in the language the person is reading the page in, unless they choose otherwise (issue 25 §7).
        page_language = (get_language() or "en").split("-")[0]
        if page_language in dict(settings.LANGUAGES):
            self.fields["language"].initial = page_language

    def clean_email(self):
        # No "already registered" error: the page says the same for every e-mail, and the e-mail itself tells
        # an existing account's owner what happened (registrar.services.accounts.citizen_sign_up).
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        data = super().clean()
        check_new_password(self, data, email=data.get("email", ""))
        return data


def check_new_password(form, data, *, email: str) -> None:
    """password1/password2 of a new account: the same twice, and passing the validators (which compare it with
    the e-mail and the name). Used by sign-up and by an outside party's acceptance (parties.forms)."""
    p1, p2 = data.get("password1"), data.get("password2")
    if p1 and p2 and p1 != p2:
        form.add_error("password2", PASSWORDS_DIFFER)
    elif p1:
        probe = User(username=email, email=email, first_name=data.get("full_name", ""))
        try:
            password_validation.validate_password(p1, probe)
        except forms.ValidationError as error:
            form.add_error("password1", error)


class VerifyForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    code = forms.RegexField(label=_("Six-digit code"), regex=r"^\d{6}$",
                            error_messages={"invalid": _("The code has six digits.")},
                            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}))
    # The code proves the e-mail; the password proves the person who started this sign-up. Both are needed, so
    # someone who signs up first with another person's e-mail cannot have that person activate it for them.
    password = forms.CharField(label=_("The password you chose when signing up"),
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))


def add_service_errors(form, exc) -> None:
    """Put a service's ValidationError on the form: on its field when the form has it, else above the form.
    One helper for every office form that calls a service (dues, stays, transfers, ...)."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
    else:
        for message in exc.messages:
            form.add_error(None, message)
