"""Account forms: login with throttling, citizen sign-up, email verification."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from . import clock
from .models import FailedLogin

User = get_user_model()

LOCKED_OUT = _(
    "Too many failed attempts for this account. For your security, logging in is paused for %(minutes)s "
    "minutes. You can reset your password meanwhile."
)
EMAIL_TAKEN = _("An account with this email already exists. Log in, or reset your password if you forgot it.")
PASSWORDS_DIFFER = _("The two passwords do not match.")
CODE_WRONG = _("That code is not right. Check the latest email from us and try again.")
CODE_EXPIRED = _("This code has expired. We have emailed you a new one.")
CODE_TOO_MANY = _("Too many wrong codes. We have emailed you a new one.")
NO_PENDING_SIGNUP = _("No sign-up is waiting for verification with this email. Sign up first.")


class LoginForm(AuthenticationForm):
    username = forms.CharField(label=_("Username or email"), max_length=254,
                               widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}))

    def clean(self):
        raw = (self.cleaned_data.get("username") or "").strip()
        if "@" in raw:
            match = User.objects.filter(email__iexact=raw).values_list("username", flat=True).first()
            if match:
                self.cleaned_data["username"] = match
        username = self.cleaned_data.get("username", raw)
        since = clock.now() - timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)
        if FailedLogin.objects.filter(username__iexact=username, at__gte=since).count() >= settings.LOGIN_FAILURE_LIMIT:
            raise forms.ValidationError(LOCKED_OUT, code="locked", params={"minutes": settings.LOGIN_LOCKOUT_MINUTES})
        try:
            return super().clean()
        except forms.ValidationError:
            FailedLogin.objects.create(username=username, at=clock.now(), ip=_client_ip(self.request))
            raise


def _client_ip(request):
    return request.META.get("REMOTE_ADDR") if request else None


class SignupForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    phone = forms.RegexField(label=_("Mobile number (optional)"), regex=r"^[6-9]\d{9}$", required=False,
                             error_messages={"invalid": _("Enter a 10-digit Indian mobile number.")})
    language = forms.ChoiceField(label=_("Language for notices"), choices=settings.LANGUAGES, initial="en")
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(label=_("Password again"),
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        existing = User.objects.filter(email__iexact=email).first()
        if existing and existing.is_active:
            raise forms.ValidationError(EMAIL_TAKEN, code="taken")
        return email

    def clean(self):
        data = super().clean()
        p1, p2 = data.get("password1"), data.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", PASSWORDS_DIFFER)
        elif p1:
            probe = User(username=data.get("email", ""), email=data.get("email", ""),
                         first_name=data.get("full_name", ""))
            try:
                password_validation.validate_password(p1, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class VerifyForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    code = forms.RegexField(label=_("Six-digit code"), regex=r"^\d{6}$",
                            error_messages={"invalid": _("The code has six digits.")},
                            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}))
