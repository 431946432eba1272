"""The cases an officer holds in registration (orders.cases): moved to the successor when the officer is
transferred (orders.transfers). Supervision declares its own in societies/governance/officer_cases.py."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from orders.cases import OfficerCaseKind, declare_case
from registrar.capabilities import Act, may
from societies.registration.models import OPEN_STATES


def _application(row) -> str:
    return f"{row.acknowledgement_number or row.pk}: {row.proposed_name}"


# An open application assigned to an officer (claimed, or assigned by a superior): the successor must be able to
# decide registration in its district (societies.registration.permissions.can_decide).
REGISTRATION_APPLICATION = declare_case(OfficerCaseKind(
    code="registration.application", label=_("Registration applications assigned"),
    model="societies.RegistrationApplication", officer_field="assigned_officer",
    open=Q(state__in=[s.value for s in OPEN_STATES]), district_path="district",
    may_hold=lambda user, district_id: may(user, Act.DECIDE_REGISTRATION, district_id),
    describe=_application, url_name="office_application_detail"))
