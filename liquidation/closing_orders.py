"""Order kinds of the closing of a liquidation (ss.96-100; orders.kinds).

- The closing order (s.97, s.100(2)-(4)) and the certificate of dissolution (s.100(5)) are issued together
  (lifecycles.md §11 DEFAULT: one closing workflow producing both); both are public (OrderKind.public), like the
  other certificates, and verify by QR at /verify/<token>/. The closing order's Gazette notice is its
  publication (Order.published_on).
- The Registrar's one extension of the eight years (s.100(5) first proviso) is an order of this office; the
  Government's further extensions, a year at a time, are entered by this office with issuer GOVERNMENT (never
  reviewable here, like the State Government's orders on appeal).
- The Registrar's order applying the surplus (s.96) where the bye-laws name no object and the members chose none.
"""

from django.utils.translation import gettext_lazy as _

from orders.kinds import GOVERNMENT, OrderKind, declare_kind, office_order

CLOSING_ORDER = declare_kind(office_order(
    "liquidation.closing_order", _("Order closing the liquidation of a society"), "LQC", "97, 100(2)-(4)",
    "dissolution_certificate_effect", public=True))
DISSOLUTION_CERTIFICATE = declare_kind(office_order(
    "liquidation.dissolution_certificate", _("Certificate of dissolution"), "DSC", "100(5)",
    "dissolution_certificate_effect", public=True))
REGISTRAR_EXTENSION = declare_kind(office_order(
    "liquidation.limit_extension", _("Order extending the period of a liquidation (Registrar)"), "LQX",
    "100(5) first proviso", "liquidation_max_8y"))
GOVERNMENT_EXTENSION = declare_kind(OrderKind(
    "liquidation.government_extension", _("Order of the State Government extending the period of a liquidation"),
    "LQXG", "100(5) second proviso", "liquidation_max_8y", issuer=GOVERNMENT))
SURPLUS_ORDER = declare_kind(office_order(
    "liquidation.surplus_order", _("Order applying the surplus of a dissolved society"), "LQS", "96",
    "surplus_object_selection_3m"))
