"""Who works an application: an officer claims an unassigned one; a superior assigns or reassigns it."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar import activity
from societies.actions import SocietyAction

from .. import permissions
from ..models import RegistrationApplication
from .common import _lock, _notify_in_tx

__all__ = ["ALREADY_ASSIGNED", "ASSIGNEE_NOT_IN_JURISDICTION", "ASSIGN_CLOSED", "ASSIGN_UNCHANGED",
           "application_assign", "application_claim"]

ALREADY_ASSIGNED = _("This application is already assigned to %(officer)s. Only a superior officer can reassign it.")
ASSIGNEE_NOT_IN_JURISDICTION = _("%(officer)s has no jurisdiction over %(district)s, or their rank may not decide "
                                 "registration. Choose an officer of this district.")
ASSIGN_CLOSED = _("A decided or withdrawn application cannot be assigned.")
ASSIGN_UNCHANGED = _("The application is already assigned to %(officer)s.")


def _name(user) -> str:
    return user.get_full_name() or user.username


def _record(application: RegistrationApplication, *, actor, previous, officer, how: str):
    application.assigned_officer = officer
    application.save(update_fields=["assigned_officer"])
    entry = activity.record(SocietyAction.APPLICATION_ASSIGNED, actor=actor, target=application, data={
        "how": how, "from": previous.username if previous else None, "to": officer.username,
    })
    if officer != actor:
        _notify_in_tx(officer, key=f"application:{application.pk}:assigned:{entry.seq}",
                      subject=_("Application %(number)s assigned to you"),
                      body=_("%(by)s assigned %(name)s to you. Last day for a decision: %(due)s."),
                      params={"number": application.acknowledgement_number, "by": _name(actor),
                              "name": application.proposed_name, "due": f"{application.decision_due_on:%d %b %Y}"},
                      url=reverse("office_application_detail", args=[application.pk]))
    return application


@transaction.atomic
def application_claim(*, application_id: int, actor) -> RegistrationApplication:
    """An officer who may decide takes an unassigned open application. Taking one from a colleague is a
    reassignment, which only a superior may make (application_assign)."""
    application = _lock(application_id)
    permissions.require_decider(actor, application)
    if not application.is_open:
        raise ValidationError(ASSIGN_CLOSED)
    previous = application.assigned_officer
    if previous == actor:
        return application
    if previous is not None and not permissions.is_superior_for(actor, application):
        raise ValidationError(ALREADY_ASSIGNED, params={"officer": _name(previous)})
    return _record(application, actor=actor, previous=previous, officer=actor,
                   how="claimed" if previous is None else "reassigned")


@transaction.atomic
def application_assign(*, application_id: int, actor, officer) -> RegistrationApplication:
    """A superior (above the ARCS, with jurisdiction) assigns or reassigns an open application to an officer who
    has jurisdiction over its district, e.g. when the assigned officer is on leave or transferred."""
    application = _lock(application_id)
    permissions.require_superior(actor, application)
    if not application.is_open:
        raise ValidationError(ASSIGN_CLOSED)
    if not permissions.can_decide(officer, application):
        raise ValidationError(ASSIGNEE_NOT_IN_JURISDICTION,
                              params={"officer": _name(officer), "district": application.district.name})
    previous = application.assigned_officer
    if previous == officer:
        raise ValidationError(ASSIGN_UNCHANGED, params={"officer": _name(officer)})
    return _record(application, actor=actor, previous=previous, officer=officer,
                   how="assigned" if previous is None else "reassigned")
