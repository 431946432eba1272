"""The Registrar's office issues and revokes API keys (issue 24 point 2). A key is shown once, when issued; the
portal keeps only its hash. Both acts are in the activity log."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from registrar import activity, clock
from registrar.access import officer_required
from registrar.capabilities import Act, rank_may

from .actions import OpenRegisterAction
from .models import KEY_PREFIX_LENGTH, ApiClient, hash_key, new_key


class ApiClientForm(forms.ModelForm):
    class Meta:
        model = ApiClient
        fields = ["name", "contact_email", "purpose", "requests_per_window"]


class RevokeForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Why is the key revoked?"), max_length=300)


def api_client_issue(*, actor, name, contact_email, purpose, requests_per_window) -> tuple[ApiClient, str]:
    key = new_key()
    with transaction.atomic():
        client = ApiClient.objects.create(
            name=name, contact_email=contact_email, purpose=purpose, requests_per_window=requests_per_window,
            key_prefix=key[:KEY_PREFIX_LENGTH + 3], key_hash=hash_key(key), issued_by=actor, issued_at=clock.now())
        activity.record(OpenRegisterAction.API_CLIENT_ISSUED, actor=actor, target=client,
                        data={"client": client.name, "limit": requests_per_window})
    return client, key


def api_client_revoke(*, actor, client_id: int, reason: str) -> ApiClient:
    with transaction.atomic():
        client = ApiClient.objects.select_for_update().get(pk=client_id)
        if client.revoked_at is None:
            client.revoked_at, client.revoked_by, client.revoked_reason = clock.now(), actor, reason
            client.save(update_fields=["revoked_at", "revoked_by", "revoked_reason"])
            activity.record(OpenRegisterAction.API_CLIENT_REVOKED, actor=actor, target=client,
                            data={"client": client.name, "reason": reason})
    return client


def _require(request):
    if not rank_may(request.user, Act.ISSUE_API_KEY):
        raise PermissionDenied(_("Only the Registrar's office issues API keys."))


@officer_required
def office_api_clients(request):
    """Any officer sees who holds a key (names of organisations, no key); only the Directorate issues one."""
    if request.method == "POST":
        _require(request)
    form = ApiClientForm(request.POST or None)
    new_key_shown = None
    if request.method == "POST" and form.is_valid():
        client, new_key_shown = api_client_issue(actor=request.user, **form.cleaned_data)
        messages.success(request, _("Key issued to %(name)s. Copy it now: it is shown only once.")
                         % {"name": client.name})
        form = ApiClientForm()
    return render(request, "openregister/office/api_clients.html", {
        "form": form, "clients": ApiClient.objects.select_related("issued_by", "revoked_by"),
        "new_key": new_key_shown, "may_issue": rank_may(request.user, Act.ISSUE_API_KEY),
    })


@officer_required
def office_api_client_revoke(request, pk):
    if request.method != "POST":
        return redirect("office_api_clients")  # the list, where the revocation form is
    _require(request)
    client = get_object_or_404(ApiClient, pk=pk)
    form = RevokeForm(request.POST)
    if form.is_valid():
        api_client_revoke(actor=request.user, client_id=client.pk, reason=form.cleaned_data["reason"])
        messages.success(request, _("The key of %(name)s is revoked.") % {"name": client.name})
    else:
        messages.error(request, _("Give the reason for revoking the key."))
    return redirect("office_api_clients")
