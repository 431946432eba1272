"""The office's pages of outside parties: the list of invitations, grants and open engagements in jurisdiction
(/office/parties/), the invitation form (/office/parties/invite/), and the POST-only revoke, withdraw and close."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.bounds import long_date
from registrar.capabilities import Act, rank_may
from registrar.selectors import in_jurisdiction
from societies.models import Society

from .. import kinds, services
from ..forms import NO_SOCIETY, InviteForm, ReasonForm
from ..models import Engagement, PartyGrant, PartyInvitation
from ..selectors import (
    engagement_list_for_officer,
    party_grant_list_for_officer,
    party_invitation_list_for_officer,
)

INVITED = _("Invitation sent to %(email)s. It must be accepted by %(day)s.")
REVOKED = _("Access revoked: %(name)s can no longer open the case.")
WITHDRAWN = _("Invitation to %(email)s withdrawn on %(date)s: its link no longer works.")
CLOSED = _("Engagement closed on %(date)s: its outside parties can no longer open it.")


@officer_required
def office_parties(request):
    today = clock.today()
    return render(request, "parties/office/list.html", {
        "grants": party_grant_list_for_officer(request.user, today),
        "invitations": party_invitation_list_for_officer(request.user, today),
        "engagements": engagement_list_for_officer(request.user),
        "may_invite": rank_may(request.user, Act.INVITE_OUTSIDE_PARTY),
        "reason_form": ReasonForm(), "today": today,
    })


def _named_case(request):
    """The case named in the link (?kind=&case=), within the officer's jurisdiction, or (None, None)."""
    name, pk = request.GET.get("kind", ""), request.GET.get("case", "")
    if not name and not pk:
        return None, None
    try:
        kind, pk = kinds.get(name), int(pk)
    except (KeyError, ValueError):
        raise Http404("No such case in your jurisdiction.") from None
    case = in_jurisdiction(kind.model.objects.select_related(*kind.related), request.user,
                           kind.district).filter(pk=pk).first()
    if case is None:
        raise Http404("No such case in your jurisdiction.")
    return kind, case


@officer_required
def office_party_invite(request):
    kind, case = _named_case(request)
    form = InviteForm(request.POST or None, kind=kind)
    status = 200
    if request.method == "POST":
        if not rank_may(request.user, Act.INVITE_OUTSIDE_PARTY):
            raise PermissionDenied(services.NOT_ALLOWED)
        status = 400
        if form.is_valid():
            data, today = form.cleaned_data, clock.today()
            try:
                with transaction.atomic():
                    invite_kind, invite_case = kind, case
                    if kind is None:
                        invite_kind, invite_case = _case_for_society(request.user, data, today)
                    invitation = services.party_invite(
                        actor=request.user, kind=invite_kind.name, case_id=invite_case.pk, role=data["role"],
                        email=data["email"], name=data["name"], organisation=data["organisation"], today=today)
            except (ValidationError, PermissionDenied) as exc:
                for message in (exc.messages if isinstance(exc, ValidationError) else [str(exc)]):
                    form.add_error(None, message)
            else:
                messages.success(request, INVITED % {"email": invitation.email,
                                                     "day": f"{invitation.expires_on:%d %b %Y}"})
                return redirect("office_parties")
    return render(request, "parties/office/invite.html", {
        "form": form, "kind": kind, "case": case, "case_label": kind.label(case) if kind else "",
    }, status=status)


def _case_for_society(user, data, today):
    society = in_jurisdiction(Society.objects.all(), user).filter(
        registration_number__iexact=data["registration_number"].strip()).first()
    if society is None:
        raise ValidationError(NO_SOCIETY)
    if data["role"] not in kinds.ENGAGEMENT.roles:
        return kinds.SOCIETY_CLAIMANT, society
    scope = " ".join(data["scope"].split())
    engagement = Engagement.objects.filter(society=society, role=data["role"], scope__iexact=scope,
                                           closed_on__isnull=True).first()
    if engagement is None:
        engagement = services.engagement_open(actor=user, society_id=society.pk, role=data["role"], scope=scope,
                                              today=today)
    return kinds.ENGAGEMENT, engagement


def _post_only(request):
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


@officer_required
def office_party_grant_revoke(request, pk):
    grant = get_for_officer(PartyGrant.objects.select_related("user"), request.user, pk=pk)
    if (refused := _post_only(request)) is not None:
        return refused
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a reason for revoking the access."))
        return redirect("office_parties")
    try:
        services.party_grant_revoke(actor=request.user, grant_id=grant.pk, reason=form.cleaned_data["reason"],
                                    today=clock.today())
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc))
    else:
        messages.success(request, REVOKED % {"name": grant.user.display_name()})
    return redirect("office_parties")


@officer_required
def office_party_invitation_withdraw(request, pk):
    invitation = get_for_officer(PartyInvitation.objects.all(), request.user, pk=pk)
    if (refused := _post_only(request)) is not None:
        return refused
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        services.party_invitation_withdraw(actor=request.user, invitation_id=invitation.pk, reason=reason)
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc))
    else:
        messages.success(request, WITHDRAWN % {"email": invitation.email, "date": long_date(clock.today())})
    return redirect("office_parties")


@officer_required
def office_engagement_close(request, pk):
    engagement = get_for_officer(Engagement.objects.all(), request.user, "society__district", pk=pk)
    if (refused := _post_only(request)) is not None:
        return refused
    try:
        services.engagement_close(actor=request.user, engagement_id=engagement.pk, today=clock.today())
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc))
    else:
        messages.success(request, CLOSED % {"date": long_date(clock.today())})
    return redirect("office_parties")
