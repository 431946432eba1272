"""The order kinds of bye-law amendments (orders.kinds).

- The acknowledgement of a filing and the direction to reconsider (s.12(7) proviso) are letters: they decide
  nothing, so no review or appeal; they are numbered and dated in the register like every letter.
- The certified copy of a registered amendment is "conclusive evidence" (s.12(3)): an order with QR
  verification at /verify/<token>/; as an order of this office it is reviewable (s.111(2)) and appealable
  (s.111(3)).
- A refusal (s.12(7), (8)) and a rejection under s.141(2) are orders with their review and appeal windows.
"""

from django.utils.translation import gettext_lazy as _

from orders.kinds import declare_kind, letter, office_order

ACKNOWLEDGEMENT = declare_kind(letter(
    "bylaws.acknowledgement", _("Acknowledgement of a bye-law amendment"), "BLA", "12(2)",
    "bye_law_amendment_decision_60d"))
DIRECTION = declare_kind(letter(
    "bylaws.direction", _("Direction to reconsider a bye-law amendment"), "BLD", "12(7)",
    "bye_law_reconsideration_period"))
CERTIFIED_COPY = declare_kind(office_order(
    "bylaws.certified_copy", _("Certified copy of a registered bye-law amendment"), "BLC", "12(3)",
    "bye_law_amendment_effective_on_registration", public=True))
REFUSAL = declare_kind(office_order(
    "bylaws.refusal", _("Order refusing a bye-law amendment"), "BLR", "12(7), 12(8)",
    "bye_law_decision_after_reconsideration_30d"))
CREDIT_REJECTION = declare_kind(office_order(
    "bylaws.credit_rejection", _("Order rejecting a bye-law amendment (s.141)"), "BLR", "141(2)",
    "credit_bye_law_rejection_30d"))
