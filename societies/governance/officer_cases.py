"""The cases an officer holds in supervision (orders.cases): moved to the successor when the officer is
transferred (orders.transfers)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from orders.cases import OfficerCaseKind, declare_case, in_jurisdiction_of


def _appointment(row) -> str:
    return f"{row.society.name} ({row.society.registration_number}), order {row.order_number}"


# A current s.41(6) appointment: the officer acts as the Board until a new Board is constituted. Whoever may be
# put in charge may take it over (governance.services.officer.eligible_officers: an active officer of the
# district, or the Directorate); the 90 days run on from the original order.
OFFICER_IN_CHARGE = declare_case(OfficerCaseKind(
    code="governance.officer_in_charge", label=_("Societies in the officer's charge (s.41(6))"),
    model="governance.OfficerAppointment", officer_field="officer", open=Q(ended_on__isnull=True),
    district_path="society__district", may_hold=in_jurisdiction_of, describe=_appointment,
    url_name="office_society_detail", url_pk_path="society_id", related=("society",)))
