"""What the audit declares in the office machinery: the audit as a case an invited chartered-accountant firm works
on (parties.kinds), and the allotment letter as an order in the register (orders.kinds)."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from orders.kinds import declare_kind, office_order
from parties.kinds import CaseKind, declare
from parties.models import Role

from .models import Audit

# A firm works on the audit until its last objection is closed (issue 18 point 1): audit.services.work sets
# closed_on then, and from that day party_case_or_404 refuses it and the nightly chore ends the grant.
AUDIT_CASE = declare(CaseKind(
    name="audit", model=Audit, roles=(Role.AUDITOR_FIRM,), perms=("audit.conduct_audit",),
    closed=Q(closed_on__isnull=False), district="society__district",
    label=lambda a: f"{a.society.name} · {_('audit of accounts')} {a.fy_label}",
    url=lambda a: reverse("audit_auditor_detail", args=[a.pk]),
    verbose_name=_("Audit of a society's accounts"), related=("society__district",),
))

# s.81(1): the Registrar audits, or causes to be audited by a person he authorises or, at the society's option,
# by a panel CA. The allotment is his order, numbered in the ALT series, reviewable and appealable as any other.
ALLOTMENT = declare_kind(office_order(
    "audit.allotment", _("Order allotting the audit of accounts"), "ALT", "81(1)", "audit_every_year"))
