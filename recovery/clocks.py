"""The clock of Bakijai, declared once (registrar.clocks):

DEMAND_CERTIFICATE (cdc_payment_30d): from service, 30 days to pay, plus extensions of at most 30 days in all
(s.114(5)). When the last day passes, the declared status change marks the certificate in default, dated the day
after the last day however late the sweep runs. A status, not a legal effect: the rule is not automatic, and
execution (s.114(1),(2)) and prosecution (s.114(6)) each need an officer's act.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks import STATUS, Clock, Expiry, declare

from .models import Certificate, CertState

LAST_DAY = _("Last day to pay a demand certificate")


def _default(certificate, today):
    from .services.decision import certificate_default

    return certificate_default(certificate, today)


DEMAND_CERTIFICATE = declare(Clock(
    name="demand_certificate_payment", rule_id="cdc_payment_30d", model=Certificate,
    due_field="pay_by", open=Q(state=CertState.SERVED),  # recovery_cdc_pay_by_idx
    district="district", society=None, related=("district", "order", "requisition"),
    subject=lambda c: f"{c.order.number} · {c.requisition.debtor_name}",
    url=lambda c: reverse("office_recovery_case", args=[c.requisition_id]),
    expiry=Expiry(
        STATUS, sweeper="demand_certificates_default", order=75, apply=_default,
        related=("district", "order", "requisition__debtor_society"),
        description="Mark in default, from the day after the last day to pay, every served demand certificate "
                    "not paid within 30 days of service and its extensions (s.114(5))."),
))
