"""Order kinds of supersession (orders.kinds): the two letters of the procedure, the order superseding or
suspending the Board, and the administrator's appointment. The register's subject names the society and the kind
only: the grounds and the report stay in the office (nothing about a pending inquiry is public)."""

from django.utils.translation import gettext_lazy as _

from orders.kinds import OrderKind, declare_kind, letter, office_order

OBJECTIONS_CALL = declare_kind(letter(
    "supersession.objections_call", _("Letter calling for the society's objections on the report"), "SUPO", "125",
    "supersession_report_action_60d"))
REPORT_FORWARDED = declare_kind(letter(
    "supersession.report_forwarded", _("Letter forwarding the report to the society for its general meeting"),
    "SUPF", "125", "supersession_report_action_60d"))
SUPERSESSION_ORDER = declare_kind(office_order(
    "supersession.order", _("Order superseding the Board and appointing administrators"), "SUP", "125",
    "administrator_max_6m"))
SUSPENSION_ORDER = declare_kind(office_order(
    "supersession.suspension", _("Order suspending the Board and appointing administrators"), "SUP", "125",
    "administrator_max_6m"))
# s.4A(b): an order made on the Reserve Bank's requisition or with its sanction "shall not be called in question"
# (rules.yaml coop_bank_administrator_max_1y: "cannot be questioned"). A review under s.111(2) questions the order
# as surely as an appeal does (it may set it aside), and the Registrar cannot undo what the Reserve Bank required:
# so, unlike the s.125 orders above (office_order: review 60 days, appeal to the State Government), no review rule
# and no appeal, like the deemed certificate (orders.kinds). The s.146(1) order on the Reserve Bank's advice is the
# same kind of order (rbi_advice_administrator_liquidator_1m: "administrator period per s.4A(a)").
RBI_ORDER = declare_kind(OrderKind(
    "supersession.rbi_order", _("Order superseding the Board of a co-operative bank on the Reserve Bank's "
                                "requisition or advice"), "SUP", "4A, 146(1)", "coop_bank_administrator_max_1y"))
APPOINTMENT = declare_kind(letter(
    "supersession.appointment", _("Appointment of an administrator"), "SUPA", "125", "administrator_max_6m"))
