"""Order kinds of inquiry, inspection, costs, surcharge and seizure (orders.kinds). Section and rule id as the Act
and rules.yaml give them. The order's subject in the register never repeats the grounds or findings: the register
and /verify/ name the society and the kind of order only (nothing about a pending inquiry is public)."""

from django.utils.translation import gettext_lazy as _

from orders.kinds import declare_kind, letter, office_order

INQUIRY_ORDER = declare_kind(office_order(
    "inquiry.order", _("Order of inquiry"), "INQ", "87(2)", "inquiry_order_or_reject_10d"))
INQUIRY_REJECTION = declare_kind(office_order(
    "inquiry.rejection", _("Order rejecting an application for inquiry"), "INQR", "87(2)",
    "inquiry_order_or_reject_10d"))
DELAY_LETTER = declare_kind(letter(
    "inquiry.delay_letter", _("Letter: reasons for delay of an inquiry"), "INQD", "87(4)(b)",
    "inquiry_delay_reasons_15d"))
REPORT_COVER = declare_kind(letter(
    "inquiry.report_cover", _("Letter communicating an inquiry report"), "INQC", "87(4)(a)",
    "inquiry_report_communication_30d"))
INSPECTION_ORDER = declare_kind(office_order(
    "inquiry.inspection_order", _("Order of inspection"), "INS", "88(1)", "inspection_report_before_next_agm"))
CREDITOR_NOTICE = declare_kind(letter(
    "inquiry.creditor_notice", _("Notice to the society of a creditor's application for inspection"), "INSN",
    "88(2)", "creditor_inspection_preconditions"))
COST_ORDER = declare_kind(office_order(
    "inquiry.cost_order", _("Order apportioning the cost of an inquiry or inspection"), "COST", "89(1)",
    "inquiry_inspection_cost_recovery"))
SURCHARGE_ORDER = declare_kind(office_order(
    "inquiry.surcharge_order", _("Surcharge order"), "SUR", "103(1)", "surcharge_lookback_4y"))
SEIZURE_LIST = declare_kind(letter(
    "inquiry.seizure_list", _("List of records seized"), "SZR", "126(2)", "seized_records_immediate_audit"))
