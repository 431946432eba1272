"""The auditor's own pages: the audits allotted to them (a departmental auditor by the allotment, a panel firm by
its invitation to each audit), until the audit's last objection is closed. Anyone else: 404."""

from django.shortcuts import render

from registrar import clock
from registrar.access import login_required_403

from .. import rules
from ..permissions import audit_for_auditor_or_404
from ..selectors import audit_list_for_auditor


@login_required_403
def auditor_list(request):
    audits = list(audit_list_for_auditor(request.user)[:500])
    return render(request, "audit/auditor/list.html", {"audits": audits, "count": len(audits),
                                                        "today": clock.today()})


@login_required_403
def auditor_detail(request, pk):
    audit = audit_for_auditor_or_404(request.user, pk)
    return render(request, "audit/auditor/detail.html", {
        "audit": audit, "today": clock.today(), "internal_target": rules.audit_internal_target(audit.fy_end)})
