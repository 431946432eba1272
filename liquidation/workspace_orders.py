"""Order kinds of the liquidator's workspace (orders.kinds).

- A call on a contributory is the liquidator's decision (issuer LIQUIDATOR: appeal to the Registrar, s.111(1), no
  review); the due in the ledger rests on it (dues.rules: liquidator_call needs its order).
- Leave to sue (ss.99, 101) and the sanction of a compromise (s.115(2)) are the Registrar's orders: reviewable and
  appealable like any other (the ARCS by delegation, lifecycles.md §15 item 21).
"""

from django.utils.translation import gettext_lazy as _

from orders.kinds import FORUM_REGISTRAR, LIQUIDATOR, OrderKind, declare_kind, office_order

# Declared like appeals.orders.LIQUIDATOR_DECISION: s.111(1) gives the appeal to the Registrar no period, so no
# appeal_rule (appeal_to_registrar_no_limit is outside the statute catalogue, which holds only fixed periods):
# orders.windows opens that appeal from the forum alone, with no last day.
CALL = declare_kind(OrderKind(
    "liquidation.call", _("Liquidator's call on a contributory"), "LCL", "4(4), 28, 58",
    "dissolution_past_member_liability_2y", issuer=LIQUIDATOR, appeal_forum=FORUM_REGISTRAR))
LEAVE_TO_SUE = declare_kind(office_order(
    "liquidation.leave_to_sue", _("Order on leave to sue a society in liquidation"), "LTS", "99, 101",
    "leave_to_sue_in_liquidation"))
COMPROMISE_SANCTION = declare_kind(office_order(
    "liquidation.compromise_sanction", _("Order on a compromise with creditors"), "CMP", "115(2)",
    "creditor_compromise_three_fourths"))
