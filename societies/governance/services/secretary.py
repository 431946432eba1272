"""Inviting and replacing a society's secretary (a django-guardian grant, societies.act_as_secretary).

The ARCS invites a person by email; the grant is made when that person, logged in with the same email, accepts.
Replacing a secretary revokes the old grant at acceptance, not at invitation: the society is never left without
someone who can file while the invitation is pending, and an invitation that is never accepted changes nothing.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from guardian.shortcuts import assign_perm, remove_perm

from registrar import activity, clock, outbox
from registrar.notify import notify
from registrar.selectors import society_secretaries

from .. import permissions
from ..actions import GovernanceAction
from ..models import SecretaryInvitation
from .board import lock_society

NOT_A_SECRETARY = _("The person to replace is not a secretary of this society.")
INVITATION_USED = _("This invitation has already been used or withdrawn.")
WRONG_EMAIL = _("This invitation was sent to another email address. Log in with the account for that address.")
INVITATION_SUBJECT = _("Invitation to act as secretary of %(society)s")
INVITATION_BODY = _("The office of the Assistant Registrar of Co-operative Societies, %(district)s, invites you to "
                    "act as secretary of %(society)s on the Sahakar Registry portal. Sign up or log in with this "
                    "email address and open: %(url)s")
REPLACED_SUBJECT = _("You no longer act as secretary of %(society)s")
REPLACED_BODY = _("A new secretary of %(society)s accepted the ARCS's invitation on %(on)s.")


def invitation_url(invitation) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("secretary_invitation_accept", args=[invitation.token])


@transaction.atomic
def secretary_invite(*, society_id: int, actor, email: str, replaces=None) -> SecretaryInvitation:
    """The ARCS (or above) invites `email` to be secretary, optionally replacing `replaces` on acceptance."""
    society = lock_society(society_id)
    permissions.require_supervisor(actor, society)
    if replaces is not None and not permissions.is_secretary(replaces, society):
        raise ValidationError(NOT_A_SECRETARY)
    email = email.strip().lower()
    invitation = SecretaryInvitation.objects.create(society=society, email=email, invited_by=actor,
                                                    replaces=replaces)
    activity.record(GovernanceAction.SECRETARY_INVITED, actor=actor, society=society, target=invitation,
                    data={"email": email, "replaces": replaces.pk if replaces else None})
    params = {"society": society.name, "district": society.district.name, "url": invitation_url(invitation)}
    # The invitee may have no account yet: plain email, not an inbox notice.
    outbox.email_address(email, subject=str(INVITATION_SUBJECT % params), body=str(INVITATION_BODY % params))
    return invitation


@transaction.atomic
def secretary_invitation_accept(*, token: str, actor) -> SecretaryInvitation:
    """Accept an invitation: grants act_as_secretary to `actor`, whose email must be the invited one; revokes the
    replaced secretary's grant."""
    invitation = SecretaryInvitation.objects.select_for_update(of=("self",)).get(token=token)
    society = lock_society(invitation.society_id)
    if (actor.email or "").strip().lower() != invitation.email.lower():
        raise PermissionDenied(WRONG_EMAIL)
    if invitation.accepted_at or invitation.revoked_at:
        raise ValidationError(INVITATION_USED)
    now = clock.now()
    invitation.accepted_by, invitation.accepted_at = actor, now
    invitation.save(update_fields=["accepted_by", "accepted_at"])
    assign_perm(permissions.SECRETARY_PERM, actor, society)
    activity.record(GovernanceAction.SECRETARY_ACCEPTED, actor=actor, society=society, target=invitation,
                    data={"user": actor.pk})
    replaced = invitation.replaces
    if replaced is not None and replaced.pk != actor.pk and replaced in society_secretaries(society):
        remove_perm(permissions.SECRETARY_PERM, replaced, society)
        activity.record(GovernanceAction.SECRETARY_REPLACED, actor=actor, society=society, target=invitation,
                        data={"replaced": replaced.pk, "by": actor.pk})
        on = clock.today()
        # In this transaction: the notice's outbox rows commit with the replacement (issue 11 § 4).
        notify(replaced, key=f"secretary-replaced:{invitation.pk}", subject=REPLACED_SUBJECT, body=REPLACED_BODY,
               params={"society": society.name, "on": f"{on:%d %b %Y}"})
    return invitation
