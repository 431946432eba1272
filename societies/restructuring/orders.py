"""The order kinds of restructuring (orders.kinds) that helper R2's part issues.

The Registrar's approval of a scheme of division (s.13(4)(b)), amalgamation (s.14(4)(b)) or merger (s.15, read with
s.14(4)(b) by analogy: lifecycles.md §15 item 16) is an order of this office: numbered, verifiable by QR at
/verify/<token>/, reviewable (s.111(2)) and appealable (s.111(3)) from its communication. It is public (the public
register shows it): the old societies' registration stands cancelled on its strength. For a merger, whose windows
are not deemed automatically (rules.yaml merger_withdrawal_option_30d is not automatic), the order records each
assent; a co-operative bank's scheme approved with the RBI's or NABARD's sanction carries Order.rbi_sanctioned
(s.111(5): no appeal lies).
"""

from django.utils.translation import gettext_lazy as _

from orders.kinds import declare_kind, office_order

APPROVAL = declare_kind(office_order(
    "restructuring.approval", _("Order approving a scheme of division, amalgamation or merger"), "RSA",
    "13(4)(b), 14(4)(b)", "division_effect", public=True))

# The section and rule each kind of scheme cites (the order row keeps its own copy: orders.services.order_issue).
SECTIONS = {"division": ("13(4)(b)", "division_effect"),
            "amalgamation": ("14(4)(b)", "amalgamation_effect"),
            "merger": ("15, 14(4)(b) by analogy", "merger_withdrawal_option_30d")}
