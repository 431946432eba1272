"""The second-factor page: enrol an authenticator app, or enter its code after the password (issue 11 § 8)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import second_factor


class CodeForm(forms.Form):
    code = forms.RegexField(
        label=gettext_lazy("6-digit code from your authenticator app"), regex=r"^\s*\d{3}\s?\d{3}\s*$",
        max_length=8, error_messages={"invalid": gettext_lazy("Enter the 6 digits your authenticator app shows.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("home")


@login_required
def second_factor_page(request):
    user = request.user
    next_url = _next_url(request)
    if user.is_verified():
        if "next" in request.GET or "next" in request.POST:
            return redirect(next_url)
        return render(request, "registrar/accounts/second_factor.html", {
            "active": True, "device": user.otp_device, "required": second_factor.required_by_rank(user)})
    device = second_factor.confirmed_device(user)
    enrolling = device is None
    if enrolling:
        if not second_factor.may_enrol(user):
            messages.info(request, second_factor.NOT_FOR_YOU)
            return redirect("home")
        device = second_factor.pending_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = second_factor.check_code(user=user, device_id=device.pk, code=form.cleaned_data["code"])
        except second_factor.CodeRefused as refused:
            form.add_error("code", refused.message)
        else:
            second_factor.complete(request, device)
            if enrolling:
                messages.success(request, _("Your second factor is on. You will be asked for a code at every login."))
            return redirect(next_url)
    context = {
        "form": form, "next": next_url, "enrolling": enrolling,
        "required": second_factor.required_by_rank(user),
    }
    if enrolling:
        context.update(secret=second_factor.secret_of(device), qr=second_factor.qr_svg(device))
    return render(request, "registrar/accounts/second_factor.html", context)
