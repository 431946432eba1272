"""Order kinds of the cancellation (ss.94-95): the order itself, the show-cause notice before a compulsory one and
the liquidator's appointment letter (orders.kinds).

The cancellation order moved here from appeals/orders.py with the same code, series and windows, so the register
of appeals keeps routing the members' appeal (s.94(5), cancellation_appeal_2m, from publication) to the State
Government. It is public (OrderKind.public): the society's page and the change feed show it.
"""

from django.utils.translation import gettext_lazy as _

from orders.kinds import PUBLICATION, declare_kind, letter, office_order

FORUM_STATE_GOVERNMENT_CANCELLATION = _("the State Government (s.94(5))")

# s.94: the members' appeal runs two months from publication (s.94(5)); its taking effect (s.94(4)) is the clock
# liquidation.clocks declares with orders.clocks.order_effect_clock.
CANCELLATION = declare_kind(office_order(
    "liquidation.cancellation", _("Order cancelling the registration of a society"), "CAN", "94", "",
    appeal_rule="cancellation_appeal_2m", appeal_trigger=PUBLICATION,
    appeal_forum=FORUM_STATE_GOVERNMENT_CANCELLATION, public=True))
# A compulsory order is preceded by a show-cause notice (natural justice; lifecycles.md §11): it decides nothing.
SHOW_CAUSE = declare_kind(letter(
    "liquidation.show_cause", _("Notice to show cause against cancellation"), "SCN", "94(2)",
    "compulsory_cancellation_after_inquiry"))
# s.95(1): the liquidator is appointed by the order; the letter tells the liquidator so. It decides nothing new.
APPOINTMENT = declare_kind(letter(
    "liquidation.liquidator_appointment", _("Letter appointing the liquidator"), "LQA", "95(1)"))
