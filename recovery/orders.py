"""The order kinds of Bakijai, in the one register of orders (orders.kinds)."""

from django.utils.translation import gettext_lazy as _

from orders.kinds import declare_kind, letter, office_order

HEARING_NOTICE = declare_kind(letter(
    "recovery.hearing_notice", _("Notice of hearing on a requisition for a demand certificate"), "BHN", "102(1)"))
REFUSAL = declare_kind(office_order(
    "recovery.requisition_refused", _("Order refusing a demand certificate"), "BRF", "102(1)"))
# The certificate itself (Schedule C): an order of this office, reviewable and appealable like every other; set
# aside on review or appeal it frees the loan for a fresh certificate (cdc_one_per_loan).
CERTIFICATE = declare_kind(office_order(
    "recovery.demand_certificate", _("Cooperative Demand Certificate (Schedule C)"), "CDC", "114, Schedule C",
    "cdc_one_per_loan"))
DEMAND_NOTICE = declare_kind(letter(
    "recovery.demand_notice", _("Demand notice with the demand certificate"), "BDN", "114(5)", "cdc_payment_30d"))
EXTENSION = declare_kind(office_order(
    "recovery.extension", _("Order extending the time to pay a demand certificate"), "BEX", "114(5)",
    "cdc_payment_30d"))
CO_REQUISITION = declare_kind(letter(
    "recovery.certificate_officer_requisition", _("Requisition to the Certificate Officer"), "BCO", "114(1), 114(2)"))
ATTACHMENT = declare_kind(office_order(
    "recovery.attachment", _("Order of conditional attachment"), "BAT", "112",
    "conditional_attachment_until_withdrawn"))
SANCTION = declare_kind(office_order(
    "recovery.prosecution_sanction", _("Sanction to prosecute for default on a demand certificate"), "BPS",
    "108, 114(6)", "prosecution_needs_registrar_sanction"))
DISTRAINT = declare_kind(office_order(
    "recovery.distraint", _("Order of distraint of crop or produce"), "BDS", "102(2)", "distraint_after_30d_unpaid"))
CLOSURE = declare_kind(letter(
    "recovery.no_dues", _("No-dues certificate (demand certificate paid)"), "BND", "114"))
