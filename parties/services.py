"""Inviting outside parties to a case, their acceptance, revocation, and the end of access when the case closes.

One pattern for every module (issue 13 point 4): an officer with INVITE_OUTSIDE_PARTY in the case's district
invites an email address to one case in one role; the person accepts with the token e-mailed to them (logged in
with that address, or setting a password for a new account on the accept page: the token proves the address);
the acceptance grants the kind's guardian permissions on the case row. An officer revokes a grant (the
permissions go at once) or withdraws a pending invitation; the sweepers in parties/chores.py end the grants of
closed cases and lapse invitations not accepted in time. Each service writes one activity entry.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from guardian.shortcuts import assign_perm, remove_perm

from registrar import activity, clock, outbox
from registrar.capabilities import Act, may
from registrar.models import EmailVerification
from registrar.notify import notify

from . import kinds
from .actions import PartyAction
from .models import Engagement, PartyGrant, PartyInvitation, Role

User = get_user_model()

NOT_ALLOWED = _("Only the ARCS of the case's district or an officer above may invite outside parties to it.")
ROLE_NOT_TAKEN = _("This kind of case does not take that role.")
CASE_CLOSED = _("The case is closed: nobody can be invited to it.")
ALREADY_INVITED = _("An invitation to this address for this case and role is already waiting to be accepted.")
ALREADY_GRANTED = _("The person with this address already has this role on this case.")
OFFICER_EMAIL = _("This address belongs to an officer of the department: officers need no invitation.")
INVITATION_ACCEPTED = _("This invitation has already been accepted.")
INVITATION_WITHDRAWN = _("This invitation was withdrawn by the office.")
INVITATION_EXPIRED = _("This invitation expired on %(day)s without being accepted. Ask the office for a new one.")
INVITATION_CASE_CLOSED = _("The case this invitation was for is closed.")
WRONG_EMAIL = _("This invitation was sent to another email address. Log out, then open the link again, or log in "
                "with the account for that address.")
ACCOUNT_EXISTS = _("An account with this email address exists. Log in with it, then open the link again.")
NOT_ACTIVE = _("This access has already ended.")
NOT_PENDING = _("This invitation is no longer waiting to be accepted.")
ENGAGEMENT_SCOPE_OPEN = _("An open engagement of this role with this scope already exists for the society.")
ENGAGEMENT_ROLE = _("An engagement is for an auditor firm or a returning officer.")
ENGAGEMENT_ALREADY_CLOSED = _("This engagement is already closed.")

INVITATION_SUBJECT = _("Invitation from the Registrar of Co-operative Societies, Assam")
INVITATION_BODY = _("Dear %(name)s,\n\nThe office of the Registrar of Co-operative Societies, %(district)s, invites "
                    "you (%(organisation)s) to act as %(role)s on: %(case)s.\n\nOpen this link by %(day)s to "
                    "accept. If you have no account on the Sahakar Registry portal, you will set a password "
                    "there; the account is for this email address only:\n%(url)s\n\nIf you did not expect this, "
                    "ignore this email: nothing happens unless the link is opened and the invitation accepted.")
ACCEPTED_SUBJECT = _("%(name)s accepted the invitation to %(case)s")
ACCEPTED_BODY = _("%(name)s (%(email)s) accepted your invitation to act as %(role)s on %(case)s.")
ENDED_SUBJECT = _("Your access to %(case)s has ended")
REVOKED_BODY = _("The office ended your access as %(role)s to %(case)s on %(day)s. Reason: %(reason)s")
CLOSED_BODY = _("The case %(case)s is closed, so your access to it as %(role)s ended on %(day)s.")


def invitation_url(invitation) -> str:
    from django.conf import settings

    return settings.SITE_URL.rstrip("/") + reverse("party_invitation_accept", args=[invitation.token])


def _lock_case(kind: kinds.CaseKind, case_id: int):
    case = (kind.model.objects.select_for_update(of=("self",)).select_related(*kind.related)
            .filter(pk=case_id).first())
    if case is None:
        raise ValidationError(_("No such case."))
    return case


def _case_of(row):
    """(kind, case) of an invitation or grant."""
    kind = kinds.for_content_type(ContentType.objects.get_for_id(row.content_type_id))
    return kind, kind.model.objects.select_related(*kind.related).get(pk=row.object_id)


def _grant_perms(kind, user, case) -> None:
    for perm in kind.perms:
        assign_perm(perm, user, case)


def _withdraw_perms(grant: PartyGrant, kind, case) -> None:
    """Remove the grant's permissions, except those another active grant of the same person on the same case
    still gives (two roles on one case share none today, but the rule belongs here)."""
    others = PartyGrant.objects.filter(user_id=grant.user_id, content_type_id=grant.content_type_id,
                                       object_id=grant.object_id, active=True).exclude(pk=grant.pk)
    still_needed = set()
    for other in others:
        still_needed.update(kinds.for_content_type(other.content_type).perms)
    for perm in kind.perms:
        if perm not in still_needed:
            remove_perm(perm, grant.user, case)


def _params(kind, case, row) -> dict:
    return {"case": kind.label(case), "role": Role(row.role).label}


# ---- engagements (the case object until the audit and election modules bring theirs) ---------------------------

@transaction.atomic
def engagement_open(*, actor, society_id: int, role: str, scope: str, today) -> Engagement:
    from societies.models import Society

    society = Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)
    if not may(actor, Act.INVITE_OUTSIDE_PARTY, society.district_id):
        raise PermissionDenied(NOT_ALLOWED)
    if role not in kinds.ENGAGEMENT.roles:
        raise ValidationError(ENGAGEMENT_ROLE)
    scope = " ".join(scope.split())
    if Engagement.objects.filter(society=society, role=role, scope__iexact=scope, closed_on__isnull=True).exists():
        raise ValidationError(ENGAGEMENT_SCOPE_OPEN)
    engagement = Engagement.objects.create(society=society, role=role, scope=scope, opened_on=today,
                                           opened_by=actor)
    activity.record(PartyAction.ENGAGEMENT_OPENED, actor=actor, society=society, target=engagement,
                    data={"role": role, "scope": scope})
    return engagement


@transaction.atomic
def engagement_close(*, actor, engagement_id: int, today) -> Engagement:
    """Close an engagement: its parties' access ends at once (parties.access refuses a closed case) and the
    sweeper removes their grants."""
    engagement = Engagement.objects.select_for_update(of=("self",)).select_related("society").get(pk=engagement_id)
    if not may(actor, Act.INVITE_OUTSIDE_PARTY, engagement.society.district_id):
        raise PermissionDenied(NOT_ALLOWED)
    if engagement.closed_on is not None:
        raise ValidationError(ENGAGEMENT_ALREADY_CLOSED)
    engagement.closed_on = today
    engagement.save(update_fields=["closed_on"])
    activity.record(PartyAction.ENGAGEMENT_CLOSED, actor=actor, society=engagement.society, target=engagement,
                    data={"closed_on": today})
    return engagement


# ---- invitation ---------------------------------------------------------------------------------------------------

@transaction.atomic
def party_invite(*, actor, kind: str, case_id: int, role: str, email: str, name: str, organisation: str = "",
                 today) -> PartyInvitation:
    """Invite `email` to act in `role` on a case; e-mails the accept link (outbox, after commit)."""
    kind = kinds.get(kind)
    case = _lock_case(kind, case_id)
    district_id = kind.district_id(case)
    if not may(actor, Act.INVITE_OUTSIDE_PARTY, district_id):
        raise PermissionDenied(NOT_ALLOWED)
    if role not in kind.roles:
        raise ValidationError(ROLE_NOT_TAKEN)
    if kind.is_closed(case, today):
        raise ValidationError(CASE_CLOSED)
    email = email.strip().lower()
    content_type = ContentType.objects.get_for_model(kind.model)
    on_case = {"content_type": content_type, "object_id": case.pk, "role": role}
    existing = User.objects.filter(email__iexact=email).select_related("officer").first()
    if existing is not None and existing.officer_profile is not None:
        raise ValidationError(OFFICER_EMAIL)
    if existing is not None and PartyGrant.objects.filter(user=existing, active=True, **on_case).exists():
        raise ValidationError(ALREADY_GRANTED)
    if PartyInvitation.objects.filter(email__iexact=email, accepted_at__isnull=True, revoked_at__isnull=True,
                                      lapsed_on__isnull=True, expires_on__gte=today, **on_case).exists():
        raise ValidationError(ALREADY_INVITED)
    society = kind.society_of(case)
    invitation = PartyInvitation.objects.create(
        **on_case, district_id=district_id, society=society, email=email, name=" ".join(name.split()),
        organisation=" ".join(organisation.split()), invited_by=actor, sent_at=clock.now(),
        expires_on=PartyInvitation.expiry_for(today))
    activity.record(PartyAction.INVITED, actor=actor, society=society, target=invitation,
                    data={"email": email, "role": role, "case": activity.target_label(case),
                          "organisation": invitation.organisation, "expires_on": invitation.expires_on})
    params = {**_params(kind, case, invitation), "name": invitation.name, "day": f"{invitation.expires_on:%d %b %Y}",
              "organisation": invitation.organisation or invitation.name, "url": invitation_url(invitation),
              "district": follow_name(kind, case)}
    # The invitee may have no account: an outbox e-mail to the address (in this transaction), in English and
    # Assamese (we do not know their language yet).
    subject, body = _bilingual(INVITATION_SUBJECT, INVITATION_BODY, params)
    outbox.email_address(email, subject=subject, body=body)
    return invitation


def follow_name(kind, case) -> str:
    from registrar.models import District

    return District.objects.get(pk=kind.district_id(case)).name


def _bilingual(subject, body, params) -> tuple[str, str]:
    texts = []
    for language in ("en", "as"):
        with translation.override(language):
            texts.append((str(subject), str(body) % params))
    (subject_en, body_en), (subject_as, body_as) = texts
    subject = subject_en if subject_en == subject_as else f"{subject_en} / {subject_as}"
    return subject, body_en if body_en == body_as else f"{body_en}\n\n----\n\n{body_as}"


def invitation_problem(invitation: PartyInvitation, today) -> str | None:
    """Why the invitation cannot be accepted now (a message for the accept page), or None."""
    if invitation.accepted_at is not None:
        return str(INVITATION_ACCEPTED)
    if invitation.revoked_at is not None:
        return str(INVITATION_WITHDRAWN)
    if invitation.lapsed_on is not None or invitation.expires_on < today:
        kind, case = _case_of(invitation)
        if kind.is_closed(case, today):
            return str(INVITATION_CASE_CLOSED)
        return str(INVITATION_EXPIRED) % {"day": f"{invitation.expires_on:%d %b %Y}"}
    kind, case = _case_of(invitation)
    if kind.is_closed(case, today):
        return str(INVITATION_CASE_CLOSED)
    return None


def account_for(email: str):
    return User.objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).first()


@transaction.atomic
def party_invitation_accept(*, token: str, actor=None, full_name: str = "", password: str = "",
                            today) -> PartyGrant:
    """Accept an invitation. `actor`: the logged-in account, whose email must be the invited one. Without an
    actor a new account is created for the invited address with `password` (validated by the form): the token
    e-mailed to that address proves it, so the address is marked verified. Grants the kind's permissions."""
    invitation = PartyInvitation.objects.select_for_update(of=("self",)).get(token=token)
    problem = invitation_problem(invitation, today)
    if problem:
        raise ValidationError(problem)
    kind, _case = _case_of(invitation)
    case = _lock_case(kind, invitation.object_id)
    now = clock.now()
    created = actor is None
    if actor is not None:
        if (actor.email or "").strip().lower() != invitation.email.lower():
            raise PermissionDenied(WRONG_EMAIL)
    else:
        if account_for(invitation.email) is not None:
            raise ValidationError(ACCOUNT_EXISTS)
        first, _sep, last = (" ".join(full_name.split()) or invitation.name).partition(" ")
        actor = User(username=invitation.email, email=invitation.email, first_name=first[:150],
                     last_name=last[:150], is_active=True, language=translation.get_language() or "en")
        actor.set_password(password)
        actor.save()
        EmailVerification.objects.create(user=actor, code_hash="invitation-token", expires_at=now, verified_at=now)
    if actor.officer_profile is not None:
        raise ValidationError(OFFICER_EMAIL)
    if PartyGrant.objects.filter(user=actor, role=invitation.role, content_type_id=invitation.content_type_id,
                                 object_id=invitation.object_id, active=True).exists():
        raise ValidationError(ALREADY_GRANTED)
    invitation.accepted_by, invitation.accepted_at = actor, now
    invitation.save(update_fields=["accepted_by", "accepted_at"])
    grant = PartyGrant.objects.create(
        user=actor, role=invitation.role, content_type_id=invitation.content_type_id, object_id=invitation.object_id,
        district_id=invitation.district_id, society_id=invitation.society_id, invitation=invitation, granted_at=now)
    _grant_perms(kind, actor, case)
    activity.record(PartyAction.INVITATION_ACCEPTED, actor=actor, society=invitation.society, target=grant,
                    data={"invitation": invitation.pk, "user": actor.pk, "role": invitation.role,
                          "case": activity.target_label(case), "account_created": created})
    params = {**_params(kind, case, invitation), "name": actor.display_name(), "email": invitation.email}
    notify(invitation.invited_by, key=f"party-accepted:{invitation.pk}", subject=ACCEPTED_SUBJECT, body=ACCEPTED_BODY,
           params=params, url=reverse("office_parties"))
    return grant


# ---- revocation -------------------------------------------------------------------------------------------------

@transaction.atomic
def party_grant_revoke(*, actor, grant_id: int, reason: str, today) -> PartyGrant:
    """End a party's access to a case now: the permissions are removed in this transaction."""
    grant = PartyGrant.objects.select_for_update(of=("self",)).select_related("user").get(pk=grant_id)
    if not may(actor, Act.INVITE_OUTSIDE_PARTY, grant.district_id):
        raise PermissionDenied(NOT_ALLOWED)
    if not grant.active:
        raise ValidationError(NOT_ACTIVE)
    kind, case = _case_of(grant)
    _end(grant, kind, case, reason=PartyGrant.EndReason.REVOKED, actor=actor, note=reason)
    activity.record(PartyAction.GRANT_REVOKED, actor=actor, society=grant.society, target=grant,
                    data={"user": grant.user_id, "role": grant.role, "case": activity.target_label(case),
                          "reason": grant.reason})
    notify(grant.user, key=f"party-grant-ended:{grant.pk}", subject=ENDED_SUBJECT, body=REVOKED_BODY,
           params={**_params(kind, case, grant), "day": f"{today:%d %b %Y}", "reason": grant.reason},
           url=reverse("party_cases"))
    return grant


def _end(grant, kind, case, *, reason, actor=None, note="") -> None:
    grant.active, grant.ended_at, grant.ended_by = False, clock.now(), actor
    grant.ended_reason, grant.reason = reason, " ".join(note.split())[:300]
    grant.save(update_fields=["active", "ended_at", "ended_by", "ended_reason", "reason"])
    _withdraw_perms(grant, kind, case)


@transaction.atomic
def party_invitation_withdraw(*, actor, invitation_id: int, reason: str) -> PartyInvitation:
    """Withdraw an invitation not yet accepted: its link then shows that it was withdrawn."""
    invitation = PartyInvitation.objects.select_for_update(of=("self",)).get(pk=invitation_id)
    if not may(actor, Act.INVITE_OUTSIDE_PARTY, invitation.district_id):
        raise PermissionDenied(NOT_ALLOWED)
    if not invitation.is_pending:
        raise ValidationError(NOT_PENDING)
    invitation.revoked_at, invitation.revoked_by = clock.now(), actor
    invitation.reason = " ".join(reason.split())[:300]
    invitation.save(update_fields=["revoked_at", "revoked_by", "reason"])
    activity.record(PartyAction.INVITATION_WITHDRAWN, actor=actor, society=invitation.society, target=invitation,
                    data={"email": invitation.email, "reason": invitation.reason})
    return invitation


# ---- the sweepers' per-row effects (declared in parties/chores.py) ----------------------------------------------

def grant_end_for_closed_case(grant: PartyGrant, today):
    """The case closed: end the grant and remove its permissions (access already stopped at the closure)."""
    kind, case = _case_of(grant)
    if not kind.is_closed(case, today):
        return None
    _end(grant, kind, case, reason=PartyGrant.EndReason.CASE_CLOSED)
    activity.record(PartyAction.GRANT_ENDED, society=grant.society, target=grant,
                    data={"user": grant.user_id, "role": grant.role, "case": activity.target_label(case)})
    notify(grant.user, key=f"party-grant-ended:{grant.pk}", subject=ENDED_SUBJECT, body=CLOSED_BODY,
           params={**_params(kind, case, grant), "day": f"{today:%d %b %Y}"}, url=reverse("party_cases"))
    return f"{kind.label(case)}: {grant.user.username}'s access as {grant.role} ended (case closed)"


def invitation_lapse(invitation: PartyInvitation, today):
    """Not accepted by its last day, or its case closed first: the invitation lapses."""
    kind, case = _case_of(invitation)
    closed = kind.is_closed(case, today)
    if not closed and invitation.expires_on >= today:
        return None
    invitation.lapsed_on = today
    invitation.save(update_fields=["lapsed_on"])
    activity.record(PartyAction.INVITATION_LAPSED, society=invitation.society, target=invitation,
                    data={"email": invitation.email, "why": "case_closed" if closed else "not_accepted",
                          "expires_on": invitation.expires_on})
    return f"invitation to {invitation.email} lapsed ({'case closed' if closed else 'not accepted in time'})"
