"""Decisions of a society about its members, in the register of orders (orders.kinds): never worded as orders of
this office. The refused applicant appeals to the General Assembly within 60 days of receiving the refusal
(s.20(3)); the terminated member within 30 days of receiving the resolution (s.23(2)). The General Assembly's
decision on either appeal is final (no further window)."""

from django.utils.translation import gettext_lazy as _

from orders.kinds import FORUM_GENERAL_ASSEMBLY, RECEIPT, SOCIETY, OrderKind, declare_kind

REFUSAL = declare_kind(OrderKind(
    "membership.refusal", _("Board's refusal of membership"), "MRF", "20(1)", "membership_decision_60d",
    issuer=SOCIETY, appeal_rule="membership_refusal_appeal_60d", appeal_trigger=RECEIPT,
    appeal_forum=FORUM_GENERAL_ASSEMBLY))
TERMINATION = declare_kind(OrderKind(
    "membership.termination", _("Board's resolution terminating membership"), "MTR", "23(1)",
    "termination_three_fourths_board", issuer=SOCIETY, appeal_rule="termination_appeal_30d",
    appeal_trigger=RECEIPT, appeal_forum=FORUM_GENERAL_ASSEMBLY))
GA_APPEAL_DECISION = declare_kind(OrderKind(
    "membership.ga_appeal_decision", _("General Assembly's decision on a membership appeal"), "MGA",
    "20(3), 23(2)", "", issuer=SOCIETY))
