"""Login (throttled), citizen sign-up and email verification."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import LoginView
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from ..forms import LoginForm, SignupForm, VerifyForm
from ..services.accounts import VerificationError, citizen_sign_up, citizen_verify


class PortalLoginView(LoginView):
    form_class = LoginForm
    template_name = "registrar/accounts/login.html"
    redirect_authenticated_user = True


def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        citizen_sign_up(full_name=data["full_name"], email=data["email"], password=data["password1"],
                        phone=data["phone"], language=data["language"])
        messages.info(request, _("We have emailed a six-digit code to %(email)s. Enter it below.")
                      % {"email": data["email"]})
        return redirect(f"{reverse('verify_email')}?email={data['email']}")
    return render(request, "registrar/accounts/signup.html", {"form": form})


def verify_email(request):
    form = VerifyForm(request.POST or None, initial={"email": request.GET.get("email", "")})
    if request.method == "POST" and form.is_valid():
        try:
            user = citizen_verify(email=form.cleaned_data["email"], code=form.cleaned_data["code"])
        except VerificationError as error:
            form.add_error("code" if not error.resent else None, error.message)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Your email is verified. Welcome to the RCS Assam portal."))
            return redirect("home")
    return render(request, "registrar/accounts/verify.html", {"form": form})
