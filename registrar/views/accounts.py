"""Login (throttled), citizen sign-up and email verification, password reset (throttled), unlocking a
colleague's paused login."""

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.views import LoginView, PasswordResetView
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import throttle
from ..access import officer_required
from ..forms import LoginForm, SignupForm, ThrottledPasswordResetForm, VerifyForm
from ..models import FailedLogin
from ..services.accounts import (
    VerificationError,
    account_unlock,
    can_unlock,
    citizen_sign_up,
    citizen_verify,
)

User = get_user_model()


class PortalLoginView(LoginView):
    form_class = LoginForm
    template_name = "registrar/accounts/login.html"
    redirect_authenticated_user = True


class PortalPasswordResetView(PasswordResetView):
    form_class = ThrottledPasswordResetForm
    template_name = "registrar/accounts/form_page.html"
    email_template_name = "emails/password_reset.txt"
    subject_template_name = "emails/password_reset_subject.txt"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            throttle.reserve("signup", subject=throttle.subject_key("signup", "email", data["email"]),
                             address=throttle.client_address(request))
        except throttle.Throttled as refused:
            form.add_error(None, refused.message)
        else:
            # The same page whatever became of it (new account, code re-sent, or an e-mail to an existing
            # account's owner): the page never tells whether the e-mail is registered.
            citizen_sign_up(full_name=data["full_name"], email=data["email"], password=data["password1"],
                            phone=data["phone"], language=data["language"])
            messages.info(request, _("We have emailed a six-digit code to %(email)s. Enter it below.")
                          % {"email": data["email"]})
            return redirect(f"{reverse('verify_email')}?{urlencode({'email': data['email']})}")
    return render(request, "registrar/accounts/signup.html", {"form": form})


def verify_email(request):
    form = VerifyForm(request.POST or None, initial={"email": request.GET.get("email", "")})
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        try:
            throttle.reserve("code", subject=throttle.subject_key("code", "email", email),
                             address=throttle.client_address(request))
            user = citizen_verify(email=email, code=form.cleaned_data["code"],
                                  password=form.cleaned_data["password"])
        except throttle.Throttled as refused:
            form.add_error(None, refused.message)
        except VerificationError as error:
            form.add_error("code" if not error.resent else None, error.message)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Your email is verified. Welcome to the RCS Assam portal."))
            return redirect("home")
    return render(request, "registrar/accounts/verify.html", {"form": form})


@officer_required
def locked_accounts(request):
    """Colleagues whose login is paused after repeated failures, with a button to unlock each."""
    paused = throttle.locked_user_ids()
    users = User.objects.filter(pk__in=paused, officer__isnull=False).select_related("officer__office")
    rows = [{"user": user, "minutes": max(1, -(-paused[user.pk] // 60)),
             "failures": FailedLogin.objects.filter(username=user.username).order_by("-at").first()}
            for user in users.order_by("username") if can_unlock(request.user, user)]
    return render(request, "registrar/office/locked_accounts.html", {"rows": rows})


@officer_required
@require_POST
def unlock_account(request, user_id: int):
    try:
        account_unlock(user_id=user_id, actor=request.user)
    except User.DoesNotExist:
        messages.error(request, _("No such account."))
    except VerificationError as error:
        messages.info(request, error.message)
    else:
        messages.success(request, _("Login unlocked. The officer can log in again now."))
    return redirect("locked_accounts")
