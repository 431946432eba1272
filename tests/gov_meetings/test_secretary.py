"""Inviting, accepting and replacing a society's secretary (a django-guardian grant)."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from registrar.models import ActivityEntry
from societies.governance.actions import GovernanceAction
from societies.governance.permissions import is_secretary
from societies.governance.services import secretary as svc
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def test_secretary_invite_sends_email_with_link(secretary, arcs_officer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = svc.secretary_invite(society_id=secretary.society.pk, actor=arcs_officer,
                                          email="New.Sec@Example.in")
    assert invitation.email == "new.sec@example.in"
    assert mail.outbox[-1].to == ["new.sec@example.in"]
    assert f"/society/invitation/{invitation.token}/" in mail.outbox[-1].body
    assert ActivityEntry.objects.filter(action=GovernanceAction.SECRETARY_INVITED, actor=arcs_officer).exists()


def test_secretary_invite_by_other_district_is_refused(secretary, other_district_officer):
    with pytest.raises(PermissionDenied):
        svc.secretary_invite(society_id=secretary.society.pk, actor=other_district_officer, email="a@example.in")


def test_secretary_accept_grants_and_logs(secretary, arcs_officer):
    invitation = svc.secretary_invite(society_id=secretary.society.pk, actor=arcs_officer, email="new@example.in")
    newcomer = make_user("new")
    newcomer.email = "NEW@example.in"  # the match ignores case
    svc.secretary_invitation_accept(token=invitation.token, actor=newcomer)
    assert is_secretary(newcomer, secretary.society) and is_secretary(secretary, secretary.society)
    assert ActivityEntry.objects.filter(action=GovernanceAction.SECRETARY_ACCEPTED, actor=newcomer).exists()
    with pytest.raises(ValidationError) as exc:
        svc.secretary_invitation_accept(token=invitation.token, actor=newcomer)
    assert [str(m) for m in exc.value.messages] == ["This invitation has already been used or withdrawn."]


def test_secretary_accept_with_other_email_is_refused(secretary, arcs_officer, citizen):
    invitation = svc.secretary_invite(society_id=secretary.society.pk, actor=arcs_officer, email="new@example.in")
    with pytest.raises(PermissionDenied):
        svc.secretary_invitation_accept(token=invitation.token, actor=citizen)
    assert not is_secretary(citizen, secretary.society)


def test_secretary_replaced_on_acceptance_not_before(secretary, arcs_officer):
    invitation = svc.secretary_invite(society_id=secretary.society.pk, actor=arcs_officer, email="new@example.in",
                                      replaces=secretary)
    assert is_secretary(secretary, secretary.society)  # still files while the invitation is pending
    newcomer = make_user("new")  # new@example.in
    svc.secretary_invitation_accept(token=invitation.token, actor=newcomer)
    # guardian caches permissions on the user object: reload to see the revocation
    from registrar.models import User

    assert not is_secretary(User.objects.get(pk=secretary.pk), secretary.society)
    assert is_secretary(newcomer, secretary.society)
    assert ActivityEntry.objects.filter(action=GovernanceAction.SECRETARY_REPLACED, data__replaced=secretary.pk).exists()


def test_secretary_replace_someone_not_secretary_is_refused(secretary, arcs_officer, citizen):
    with pytest.raises(ValidationError):
        svc.secretary_invite(society_id=secretary.society.pk, actor=arcs_officer, email="n@example.in",
                             replaces=citizen)
