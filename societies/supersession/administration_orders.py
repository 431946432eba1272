"""The extension order (s.140(2)): the State Government extends a credit structure society's two months for the
election after a supersession, up to six. Entered in the register of orders by this office as the Government's
decision (orders.kinds GOVERNMENT: never reviewable here); its PDF in English and Assamese."""

from django.utils.translation import gettext_lazy as _

from orders.kinds import GOVERNMENT, OrderKind, declare_kind

EXTENSION = declare_kind(OrderKind(
    "supersession.extension", _("Order extending the period for the election after a supersession"), "SPX",
    "140(2)", "credit_election_after_supersession_2m", issuer=GOVERNMENT))
