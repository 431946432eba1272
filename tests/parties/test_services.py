"""Outside parties: invitation, acceptance, revocation and the sweepers (issue 13 point 4)."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from guardian.shortcuts import get_perms

from parties import chores, services
from parties.access import party_case_or_404
from parties.models import Engagement, PartyGrant, PartyInvitation
from registrar.models import ActivityEntry, User
from registrar.models.notifications import OutboxMessage

from .helpers import TODAY, accept_new, engagement, invite, society

pytestmark = pytest.mark.django_db
PERM = "parties.work_on_engagement"


def _entries(code):
    return ActivityEntry.objects.filter(action=code).count()


@pytest.fixture
def audit(arcs_officer, sonitpur):
    return engagement(arcs_officer, society(sonitpur))


def test_invite_writes_one_entry_and_emails_the_address_through_the_outbox(arcs_officer, audit,
                                                                          django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invite(arcs_officer, audit)
    assert _entries("parties.invited") == 1
    assert invitation.expires_on == TODAY + timedelta(days=14)
    assert invitation.district_id == audit.society.district_id and invitation.society_id == audit.society_id
    mail = OutboxMessage.objects.get(to="partner@dasandco.in")
    assert mail.notification_id is None and mail.sent_at is not None
    assert f"/parties/invitation/{invitation.token}/" in mail.body
    assert "accounts 2025-26" in mail.body


def test_invite_is_refused_outside_the_officers_district(other_district_officer, audit):
    with pytest.raises(PermissionDenied):
        invite(other_district_officer, audit)
    assert not PartyInvitation.objects.exists()


def test_invite_is_refused_for_a_role_the_case_does_not_take_or_a_closed_case(arcs_officer, audit):
    with pytest.raises(ValidationError, match="does not take that role"):
        invite(arcs_officer, audit, role="claimant_bank")
    services.engagement_close(actor=arcs_officer, engagement_id=audit.pk, today=TODAY)
    with pytest.raises(ValidationError, match="The case is closed"):
        invite(arcs_officer, audit)


def test_invite_twice_to_the_same_address_is_refused(arcs_officer, audit):
    invite(arcs_officer, audit)
    with pytest.raises(ValidationError, match="already waiting"):
        invite(arcs_officer, audit, email="Partner@DasAndCo.in")


def test_accept_new_account_is_verified_granted_and_logged_once(arcs_officer, audit):
    grant = accept_new(invite(arcs_officer, audit))
    user = User.objects.get(email="partner@dasandco.in")
    assert grant.user == user and user.is_active and user.check_password("Tezpur-Ledger-2026")
    assert user.verification.verified_at is not None
    assert get_perms(user, audit) == ["work_on_engagement"]
    assert _entries("parties.invitation_accepted") == 1
    assert arcs_officer.notifications.filter(key__startswith="party-accepted:").count() == 1


def test_accept_by_a_logged_in_account_needs_the_invited_address(arcs_officer, audit, citizen):
    invitation = invite(arcs_officer, audit, email=citizen.email)
    with pytest.raises(PermissionDenied):
        services.party_invitation_accept(token=invitation.token, actor=User.objects.create_user(
            "someone", email="someone@example.in", password="x"), today=TODAY)
    grant = services.party_invitation_accept(token=invitation.token, actor=citizen, today=TODAY)
    assert grant.user == citizen and citizen.has_perm(PERM, audit)


def test_accept_without_login_when_the_account_exists_is_refused(arcs_officer, audit, citizen):
    invitation = invite(arcs_officer, audit, email=citizen.email)
    with pytest.raises(ValidationError, match="account with this email address exists"):
        accept_new(invitation)


def test_invited_auditor_sees_only_their_case(arcs_officer, audit, sonitpur):
    other = engagement(arcs_officer, society(sonitpur, "SNT/REG/2024/0102", "Other Dairy Co-operative Society Ltd"))
    user = accept_new(invite(arcs_officer, audit)).user
    assert party_case_or_404(user, Engagement, audit.pk, PERM) == audit
    from django.http import Http404

    with pytest.raises(Http404):
        party_case_or_404(user, Engagement, other.pk, PERM)


def test_superuser_is_not_an_outside_party(arcs_officer, audit):
    admin = User.objects.create_superuser("admin", email="admin@example.in", password="x")
    from django.http import Http404

    with pytest.raises(Http404):
        party_case_or_404(admin, Engagement, audit.pk, PERM)


def test_revoke_removes_the_permission_at_once_and_logs_once(arcs_officer, audit):
    grant = accept_new(invite(arcs_officer, audit))
    services.party_grant_revoke(actor=arcs_officer, grant_id=grant.pk, reason="Firm replaced", today=TODAY)
    grant.refresh_from_db()
    assert not grant.active and grant.ended_reason == "revoked" and grant.ended_by == arcs_officer
    assert get_perms(grant.user, audit) == []
    assert _entries("parties.grant_revoked") == 1
    with pytest.raises(ValidationError):
        services.party_grant_revoke(actor=arcs_officer, grant_id=grant.pk, reason="again", today=TODAY)


def test_revoke_is_refused_outside_the_officers_district(arcs_officer, other_district_officer, audit):
    grant = accept_new(invite(arcs_officer, audit))
    with pytest.raises(PermissionDenied):
        services.party_grant_revoke(actor=other_district_officer, grant_id=grant.pk, reason="x", today=TODAY)
    assert PartyGrant.objects.get(pk=grant.pk).active


def test_closed_case_refuses_access_at_once_and_the_sweeper_ends_the_grant_once(arcs_officer, audit):
    from django.http import Http404

    grant = accept_new(invite(arcs_officer, audit))
    services.engagement_close(actor=arcs_officer, engagement_id=audit.pk, today=TODAY)
    assert _entries("parties.engagement_closed") == 1
    with pytest.raises(Http404):
        party_case_or_404(grant.user, Engagement, audit.pk, PERM)
    result = chores.party_grants_end_for_closed_cases(today=TODAY + timedelta(days=1))
    assert result.count == 1 and not result.problems
    grant.refresh_from_db()
    assert not grant.active and grant.ended_reason == "case_closed"
    assert get_perms(grant.user, audit) == []
    assert chores.party_grants_end_for_closed_cases(today=TODAY + timedelta(days=2)).count == 0
    assert _entries("parties.grant_ended") == 1


def test_invitation_expired_before_acceptance_cannot_be_accepted_and_lapses_once(arcs_officer, audit):
    invitation = invite(arcs_officer, audit)
    late = invitation.expires_on + timedelta(days=1)
    with pytest.raises(ValidationError, match="expired on"):
        accept_new(invitation, today=late)
    assert not User.objects.filter(email="partner@dasandco.in").exists()
    assert chores.party_invitations_lapse(today=late).count == 1
    assert chores.party_invitations_lapse(today=late).count == 0
    invitation.refresh_from_db()
    assert invitation.lapsed_on == late and _entries("parties.invitation_lapsed") == 1


def test_invitation_can_be_accepted_on_its_last_day(arcs_officer, audit):
    invitation = invite(arcs_officer, audit)
    assert accept_new(invitation, today=invitation.expires_on).active


def test_withdrawn_or_used_invitation_cannot_be_accepted(arcs_officer, audit):
    invitation = invite(arcs_officer, audit)
    services.party_invitation_withdraw(actor=arcs_officer, invitation_id=invitation.pk, reason="Wrong firm")
    assert _entries("parties.invitation_withdrawn") == 1
    with pytest.raises(ValidationError, match="withdrawn"):
        accept_new(invitation)
    second = invite(arcs_officer, audit, email="other@firm.in")
    accept_new(second)
    with pytest.raises(ValidationError, match="already been accepted"):
        accept_new(second)


def test_claimant_bank_on_a_society_loses_access_when_it_is_dissolved(arcs_officer, sonitpur):
    from django.http import Http404

    from societies.models import Society

    row = society(sonitpur)
    grant = accept_new(invite(arcs_officer, row, kind="society", role="claimant_bank", email="loans@apexbank.in"))
    assert party_case_or_404(grant.user, Society, row.pk, "societies.follow_as_claimant") == row
    Society.objects.filter(pk=row.pk).update(legal_status="dissolved")
    with pytest.raises(Http404):
        party_case_or_404(grant.user, Society, row.pk, "societies.follow_as_claimant")
    assert chores.party_grants_end_for_closed_cases(today=TODAY).count == 1
    assert get_perms(grant.user, row) == []


def test_officer_address_cannot_be_invited(arcs_officer, audit, auditor):
    with pytest.raises(ValidationError, match="officer of the department"):
        invite(arcs_officer, audit, email=auditor.email)
