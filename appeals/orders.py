"""Order kinds of appeals, reviews and disputes (orders.kinds), and the decisions appealable to the Registrar or
the State Government that no module entered yet, so the register of appeals is complete (issue 23 point 1).

The outcome of a review or an appeal, the order on a delay and an award are themselves orders of this office:
numbered, verifiable, and (s.111(2)-(3)) reviewable and appealable like any other. The Registrar's decision on an
appeal under s.36(5) or s.61(3) is final ("the Registrar's decision is final"): no appeal, only his own review.
The State Government's order on an appeal is entered by this office (issuer GOVERNMENT): no window here. Hearing notices and the arbitration notice are letters (they decide nothing).
"""

from django.utils.translation import gettext_lazy as _

from orders.kinds import (
    FORUM_REGISTRAR,
    GOVERNMENT,
    LIQUIDATOR,
    RESOLUTION,
    SALE,
    SOCIETY,
    OrderKind,
    declare_kind,
    letter,
    office_order,
)

# ---- the appealed decisions (entered by an officer from the papers when no module issues them yet) ----------
PRESIDENT_REMOVAL = declare_kind(OrderKind(
    "society.president_removal", _("Resolution removing the President or Vice-President"), "PRM", "36(5)",
    "president_removal_appeal_30d", issuer=SOCIETY, appeal_rule="president_removal_appeal_30d",
    appeal_trigger=RESOLUTION, appeal_forum=FORUM_REGISTRAR))
MORTGAGE_SALE = declare_kind(OrderKind(
    "society.mortgage_sale", _("Sale of mortgaged property"), "MSL", "61(3)", "mortgage_sale_appeal_30d",
    issuer=SOCIETY, appeal_rule="mortgage_sale_appeal_30d", appeal_trigger=SALE, appeal_forum=FORUM_REGISTRAR))
GOVERNMENT_OFFICER_DECISION = declare_kind(OrderKind(
    "office.government_officer_decision", _("Decision of a Government officer under the Act"), "GOD", "111(1)",
    "appeal_to_registrar_no_limit", issuer=GOVERNMENT, appeal_forum=FORUM_REGISTRAR))
LIQUIDATOR_DECISION = declare_kind(OrderKind(
    "liquidation.liquidator_decision", _("Decision of the liquidator"), "LQD", "111(1)",
    "appeal_to_registrar_no_limit", issuer=LIQUIDATOR, appeal_forum=FORUM_REGISTRAR))
# s.94: the cancellation order (liquidation.cancellation) is declared by liquidation/orders.py.

# ---- this module's own orders ---------------------------------------------------------------------------------
REVIEW_ORDER = declare_kind(office_order(
    "appeals.review_order", _("Order on a review petition"), "RVW", "111(2)", "registrar_review_60d"))
APPEAL_ORDER = declare_kind(office_order(
    "appeals.appeal_order", _("Order on an appeal"), "APO", "111(1)", "appeal_to_registrar_no_limit"))
# "The Registrar's decision is final" (s.36(5), s.61(3)): no appeal; still an order he may review (s.111(2)).
FINAL_APPEAL_ORDER = declare_kind(office_order(
    "appeals.final_appeal_order", _("Order on an appeal (final)"), "APO", "36(5), 61(3)", "",
    appeal_rule=None, appeal_forum=""))
STATE_APPEAL_ORDER = declare_kind(OrderKind(
    "appeals.state_government_order", _("Order of the State Government on an appeal"), "SGA", "111(3), 94(5)",
    "appeal_state_government_60d", issuer=GOVERNMENT))
DELAY_ORDER = declare_kind(office_order(
    "appeals.delay_order", _("Order on a filing out of time"), "DLY", "111", ""))
ACKNOWLEDGEMENT = declare_kind(letter(
    "appeals.acknowledgement", _("Acknowledgement of an appeal"), "ACK", "111"))
HEARING_NOTICE = declare_kind(letter(
    "appeals.hearing_notice", _("Notice of hearing of an appeal"), "AHN", "111"))
ARBITRATION_NOTICE = declare_kind(letter(
    "appeals.arbitration_notice", _("Notice to nominate arbitrators"), "ARN", "93(1)(b)",
    "arbitrator_nomination_15d"))
AWARD = declare_kind(office_order(
    "appeals.award", _("Award or decision on a dispute"), "AWD", "93", ""))
