"""Who may see which audit: one fetch-and-check helper per audience (healthchecks' _get_check_for_user).

- Office pages: an officer sees the audits of their jurisdiction; an officer of rank auditor only the audits
  allotted to them (issue 18 point 1).
- The auditor's workspace: the departmental auditor the audit is allotted to, or the panel firm invited to it (a
  guardian grant, parties.access.party_case_or_404), until the audit's last objection is closed (closed_on).
Anything else is a 404: we do not confirm that the audit exists.
"""

from django.http import Http404

from parties.access import party_case_or_404
from registrar.models import Rank
from registrar.selectors import in_jurisdiction, officer_for

from .models import Audit

RELATED = ("society__district", "auditor_officer__user", "panel_firm", "panel_partner", "allotment_order")


def office_audits(user):
    """The audits an officer may see on the office pages (none for anyone else)."""
    officer = officer_for(user)
    if officer is None:
        return Audit.objects.none()
    audits = in_jurisdiction(Audit.objects.all(), user, "society__district")
    if officer.rank == Rank.AUDITOR:
        audits = audits.filter(auditor_officer=officer)
    return audits


def audit_office_or_404(user, pk: int) -> Audit:
    audit = office_audits(user).select_related(*RELATED).filter(pk=pk).first()
    if audit is None:
        raise Http404("No such audit.")
    return audit


def audit_for_auditor_or_404(user, pk: int) -> Audit:
    """The audit `pk` when `user` is its auditor and it is not closed; otherwise 404."""
    officer = officer_for(user)
    if officer is not None:
        audit = (Audit.objects.select_related(*RELATED)
                 .filter(pk=pk, auditor_officer=officer, closed_on__isnull=True).first())
        if audit is None:
            raise Http404("No such audit.")
        return audit
    return party_case_or_404(user, Audit, pk, "audit.conduct_audit")
