"""A person's own profile (/accounts/profile/): e-mail (re-verified by a code sent to the new address), mobile
number and the language notices are sent in. Every logged-in person has one: citizen, secretary, officer."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from .. import throttle
from ..services.accounts import VerificationError
from ..services.profile import email_change_confirm, email_change_start, pending_email, profile_update

PROFILE_SAVED = _("Profile saved: mobile number %(phone)s; notices in %(language)s.")
NOTHING_CHANGED = _("Nothing changed on your profile.")
CODE_SENT = _("We have emailed a six-digit code to %(email)s. Enter it below to make it your e-mail address; until "
              "then your login and your notices stay with %(old)s.")
EMAIL_CHANGED = _("Your e-mail address is now %(email)s. Log in with it from now on.")
PASSWORD_NEEDED = _("Enter your current password to change your e-mail address.")
PASSWORD_WRONG = _("That is not your current password.")
NO_PHONE = _("none")


class ProfileForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"), help_text=_(
        "A new address is used only after you enter the code we send to it."))
    phone = forms.RegexField(label=_("Mobile number (optional)"), regex=r"^[6-9]\d{9}$", required=False,
                             error_messages={"invalid": _("Enter a 10-digit Indian mobile number.")},
                             widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "tel"}))
    language = forms.ChoiceField(label=_("Language for notices"), choices=settings.LANGUAGES,
                                 help_text=_("Notices and e-mails from the office are sent in this language."))
    current_password = forms.CharField(
        label=_("Current password (only to change the e-mail)"), required=False, strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, initial={"email": user.email, "phone": user.phone, "language": user.language},
                         **kwargs)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    @property
    def email_changed(self) -> bool:
        return self.cleaned_data.get("email", "") != (self.user.email or "").lower()

    def clean(self):
        data = super().clean()
        if "email" in data and self.email_changed and not data.get("current_password"):
            self.add_error("current_password", PASSWORD_NEEDED)
        return data  # the password itself is checked by the view, after a throttled attempt is reserved


class EmailCodeForm(forms.Form):
    code = forms.RegexField(label=_("Six-digit code"), regex=r"^\d{6}$",
                            error_messages={"invalid": _("The code has six digits.")},
                            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}))


@login_required
def profile(request):
    user = request.user
    form = ProfileForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if form.email_changed:
                # Guessing the password here is bounded like guessing a code.
                throttle.reserve("code", subject=throttle.subject_key("code", "user", str(user.pk)),
                                 address=throttle.client_address(request))
        except throttle.Throttled as refused:
            form.add_error(None, refused.message)
        else:
            if form.email_changed and not user.check_password(data["current_password"]):
                form.add_error("current_password", PASSWORD_WRONG)
        if not form.errors:
            try:
                if form.email_changed:
                    email_change_start(user_id=user.pk, new_email=data["email"])
            except VerificationError as error:
                form.add_error("email", error.message)
            else:
                _user, changed = profile_update(user_id=user.pk, phone=data["phone"], language=data["language"])
                if changed:
                    messages.success(request, PROFILE_SAVED % {
                        "phone": data["phone"] or NO_PHONE, "language": dict(settings.LANGUAGES)[data["language"]]})
                if form.email_changed:
                    messages.info(request, CODE_SENT % {"email": data["email"], "old": user.email or "—"})
                    return redirect("profile_email")
                if not changed:
                    messages.info(request, NOTHING_CHANGED)
                return redirect("profile")
    return render(request, "registrar/accounts/profile.html", {
        "form": form, "pending": pending_email(user), "languages": dict(settings.LANGUAGES),
    }, status=400 if request.method == "POST" else 200)


@login_required
def profile_email(request):
    """Enter the code sent to the new address."""
    user = request.user
    pending = pending_email(user)
    form = EmailCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            throttle.reserve("code", subject=throttle.subject_key("code", "user", str(user.pk)),
                             address=throttle.client_address(request))
            changed = email_change_confirm(user_id=user.pk, code=form.cleaned_data["code"])
        except throttle.Throttled as refused:
            form.add_error(None, refused.message)
        except VerificationError as error:
            form.add_error("code" if not error.resent else None, error.message)
        else:
            messages.success(request, EMAIL_CHANGED % {"email": changed.email})
            return redirect("profile")
    return render(request, "registrar/accounts/profile_email.html", {"form": form, "pending": pending},
                  status=400 if request.method == "POST" else 200)
