"""Kinds of order of the audit's aftermath, declared once in the register of orders (orders.kinds)."""

from django.utils.translation import gettext_lazy as _

from orders.kinds import declare_kind, office_order

# s.85(1): the Registrar's direction (the ARCS by delegation) with the date he fixes. An order of the office:
# reviewable (s.111(2)) and appealable (s.111(3)) like any other.
RECTIFICATION_DIRECTION = declare_kind(office_order(
    "audit.rectification_direction", _("Direction to rectify the defects of an audit"), "ARD", "85(1)",
    "audit_rectification_registrar_time"))
# s.86: the Chief Auditor's order for a re-audit or recasting of the accounts (a statewide post).
REAUDIT = declare_kind(office_order(
    "audit.reaudit", _("Order for a re-audit"), "RAU", "86", "reaudit_bar_3y", statewide=True))
