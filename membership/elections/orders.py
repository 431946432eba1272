"""The order that declares a Board election's result (s.41(1): the Registrar conducts the election; the result
passes to supervision's Board). An order of this office, reviewable and appealable like the others (orders.kinds
office_order); the subject names the society and the poll day."""

from django.utils.translation import gettext_lazy as _

from orders.kinds import declare_kind, office_order

RESULT = declare_kind(office_order(
    "membership.election_result", _("Declaration of the result of a Board election"), "ELR", "41(1), 41(5), 44",
    "registrar_controls_electoral_rolls"))
