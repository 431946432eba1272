"""The claimant as a case for invited outside parties (parties.kinds): a bank's or society's user invited to
its Claimant row sees and files that claimant's requisitions, nobody else's."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from parties.kinds import CaseKind, declare
from parties.models import Role

from .models import Claimant, Execution

CLAIMANT = declare(CaseKind(
    name="bakijai_claimant", model=Claimant, roles=(Role.CLAIMANT_BANK, Role.CLAIMANT_SOCIETY),
    perms=("recovery.file_requisitions",), closed=Q(closed_on__isnull=False), district="district",
    society="society", label=lambda c: f"{c.name} · {c.get_kind_display()} (Bakijai)",
    url=lambda c: reverse("claimant_requisitions", args=[c.pk]),
    verbose_name=_("Bakijai claimant (bank or society)"), related=("district",),
))


EXECUTION = declare(CaseKind(
    # The district's Bakijai branch (Certificate Officer) on one certificate sent for execution: enters its case
    # number, notices, objections, realisations and remittances; closed once the certificate is paid or set aside.
    name="bakijai_execution", model=Execution, roles=(Role.BAKIJAI_BRANCH,), perms=("recovery.enter_proceedings",),
    closed=Q(certificate__state__in=("paid", "withdrawn", "set_aside")), district="certificate__district",
    society="certificate__requisition__debtor_society",
    label=lambda e: f"{e.certificate.order.number} · {e.certificate.requisition.debtor_name} (Certificate Officer)",
    url=lambda e: reverse("bakijai_execution", args=[e.pk]),
    verbose_name=_("Demand certificate sent for execution"),
    related=("certificate__district", "certificate__order", "certificate__requisition"),
))
