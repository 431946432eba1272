"""The order kind dues declares: an officer's order demanding a due (an audit fee assessed under s.81(3), the cost
of an inquiry or inspection apportioned under s.89(1), a surcharge under s.103). It is an order of this office,
so reviewable (s.111(2)) and appealable (s.111(3)) like every other; the section and rule id on each row are the
due's own (orders.services.order_issue takes them). A liquidator's call is the liquidator's decision, entered in
the register by liquidation, never a demand of this office."""

from django.utils.translation import gettext_lazy as _

from orders.kinds import declare_kind, office_order

DEMAND = declare_kind(office_order("dues.demand", _("Order demanding dues"), "DMD", "", ""))
