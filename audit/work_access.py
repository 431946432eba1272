"""Who may act on an audit's work, report and objections: one fetch-and-check helper per (object, audience), used
by every view and service of the audit work (healthchecks' `_get_check_for_user`).

- The auditor of an audit: the departmental officer it is allotted to, or a user holding the direct guardian
  grant audit.conduct_audit on it (the invited panel firm, parties case kind "audit"); only until the audit is
  closed (its last objection accepted). Anyone else, including the auditor of another audit: 404.
- The office: an officer with jurisdiction over the society's district (capabilities for the acts).
- The society: its secretary (the guardian grant societies.act_as_secretary).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from guardian.models import UserObjectPermission

from registrar.capabilities import Act, may
from registrar.selectors import in_jurisdiction, officer_for, society_secretaries
from societies.choices import LegalStatus
from societies.governance.permissions import is_secretary

from .models import Audit, AuditorKind

NOT_THE_AUDITOR = _("Only the auditor of this audit may do this.")
NOT_THE_SECRETARY = _("Only the secretary of the society may answer its audit objections.")
NOT_AN_OFFICER = _("Only the ARCS of the district or an officer above may do this.")
MAY_NOT_CLOSE = _("Only the auditor of this audit or the ARCS of the district (or an officer above) may accept a "
                  "rectification.")

_RELATED = ("society__district", "auditor_officer__user", "panel_firm")


def is_auditor_of(user, audit: Audit) -> bool:
    """The allotted auditor, while the audit is not closed."""
    if not (getattr(user, "is_authenticated", False) and user.is_active) or audit.closed_on is not None:
        return False
    if audit.auditor_kind == AuditorKind.DEPARTMENTAL:
        officer = officer_for(user)
        return officer is not None and officer.pk == audit.auditor_officer_id
    if audit.auditor_kind == AuditorKind.PANEL:
        # A direct grant only: not a group's and not a superuser's (parties.access).
        return UserObjectPermission.objects.filter(
            user=user, permission__codename="conduct_audit",
            content_type=ContentType.objects.get_for_model(Audit), object_pk=str(audit.pk)).exists()
    return False


def require_auditor(user, audit: Audit) -> None:
    if not is_auditor_of(user, audit):
        raise PermissionDenied(NOT_THE_AUDITOR)


def speaks_for(user, society) -> bool:
    """Who answers for the society on its audit: its secretary; for a society in liquidation, its liquidator
    instead (s.94(4): the society acts only through him, lifecycles.md §15 item 22; s.81(1): its audit goes on)."""
    if society.legal_status == LegalStatus.IN_LIQUIDATION:
        from liquidation.workspace_access import liquidators_of

        return any(u.pk == user.pk for u in liquidators_of(society)) if getattr(user, "pk", None) else False
    return is_secretary(user, society)


def society_representatives(society) -> list:
    """The users the audit writes to for the society (the report, the reminders it sends itself)."""
    if society.legal_status == LegalStatus.IN_LIQUIDATION:
        from liquidation.workspace_access import liquidators_of

        return liquidators_of(society)
    return society_secretaries(society)


def require_secretary_of(user, audit: Audit) -> None:
    if not speaks_for(user, audit.society):
        raise PermissionDenied(NOT_THE_SECRETARY)


def require_office(user, act: Act, audit: Audit) -> None:
    if not may(user, act, audit.society.district_id):
        raise PermissionDenied(NOT_AN_OFFICER)


def may_close(user, audit: Audit) -> bool:
    return is_auditor_of(user, audit) or may(user, Act.CLOSE_AUDIT_OBJECTION, audit.society.district_id)


def require_may_close(user, audit: Audit) -> None:
    if not may_close(user, audit):
        raise PermissionDenied(MAY_NOT_CLOSE)


def audit_for_auditor_or_404(user, pk: int) -> Audit:
    audit = Audit.objects.select_related(*_RELATED).filter(pk=pk).first()
    if audit is None or not is_auditor_of(user, audit):
        raise Http404("No such audit among yours.")
    return audit


def audit_for_office_or_404(user, pk: int) -> Audit:
    """Officers only (a citizen gets 403 from the view's officer check first); outside the district: 404."""
    audit = in_jurisdiction(Audit.objects.select_related(*_RELATED), user, "society__district").filter(pk=pk).first()
    if audit is None:
        raise Http404("No such audit in your districts.")
    return audit


def audit_for_secretary_or_404(user, pk: int) -> Audit:
    audit = Audit.objects.select_related(*_RELATED).filter(pk=pk).first()
    if audit is None or not speaks_for(user, audit.society):
        raise Http404("No such audit of your society.")
    return audit
