"""The ARCS invites or replaces a society's secretary (/office/societies/<pk>/secretary/), and the invited person
accepts (/society/invitation/<token>/, logged in with the invited email; anyone else gets 404)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from registrar.access import get_for_officer, login_required_403, officer_required
from registrar.selectors import society_secretaries
from societies.models import Society

from ..forms.board import SecretaryInviteForm
from ..models import SecretaryInvitation
from ..permissions import can_supervise
from ..services import secretary as secretary_services

INVITED = _("Invitation sent to %(email)s.")
ACCEPTED = _("You now act as secretary of %(society)s.")


@officer_required
def office_society_secretary(request, pk):
    society = get_for_officer(Society.objects.select_related("district"), request.user, pk=pk)
    secretaries = sorted(society_secretaries(society), key=lambda user: user.username)
    form = SecretaryInviteForm(request.POST or None, secretaries=secretaries)
    if request.method == "POST":
        if not can_supervise(request.user, society):
            raise PermissionDenied(_("Only the ARCS of the district or an officer above may do this."))
        if form.is_valid():
            replaces = next((u for u in secretaries if u.pk == form.cleaned_data["replaces"]), None)
            try:
                secretary_services.secretary_invite(society_id=society.pk, actor=request.user, email=form.cleaned_data["email"],
                                 replaces=replaces)
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
            else:
                messages.success(request, INVITED % {"email": form.cleaned_data["email"]})
                return redirect("office_society_secretary", pk=pk)
    return render(request, "governance/board/secretary.html", {
        "society": society, "form": form, "secretaries": secretaries,
        "invitations": SecretaryInvitation.objects.filter(society=society)
        .select_related("invited_by", "accepted_by", "replaces")[:20],
    }, status=400 if request.method == "POST" else 200)


@login_required_403
def secretary_invitation_accept(request, token):
    invitation = SecretaryInvitation.objects.select_related("society__district", "replaces") \
        .filter(token=token).first()
    # Only the invited address may see the invitation: anyone else is told nothing (404).
    if invitation is None or (request.user.email or "").strip().lower() != invitation.email.lower():
        raise Http404("No such invitation.")
    used = bool(invitation.accepted_at or invitation.revoked_at)
    if request.method == "POST" and not used:
        try:
            secretary_services.secretary_invitation_accept(token=token, actor=request.user)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        except PermissionDenied:
            raise Http404("No such invitation.") from None
        else:
            messages.success(request, ACCEPTED % {"society": invitation.society.name})
            return redirect("society_board", pk=invitation.society_id)
    return render(request, "governance/board/invitation.html", {"invitation": invitation, "used": used})

