"""Kinds of order, declared once (like clocks): who issues it, its series, section and rule, whether it decides
anything, and the review and appeal windows with the trigger each runs from.

Three issuers (issue 13 point 1):
- OFFICE: orders of this office. Delegated orders of an ARCS are the Registrar's orders (lifecycles.md §15
  item 21): reviewable by the office within 60 days of communication (s.111(2), registrar_review_60d) and
  appealable to the State Government on a question of law (s.111(3), appeal_state_government_60d).
- SOCIETY: decisions of a society's body (a Board refusing membership, a General Assembly). Never worded as an
  order of this office; appeal to the General Assembly (s.20(3), s.23(2)) or the Registrar (s.36(5)); no review.
- LIQUIDATOR: decisions of a liquidator; appeal to the Registrar (s.111(1), no period in the Act); no review.
- GOVERNMENT: decisions of a Government officer in another capacity (s.111(1), as a liquidator's) and the State
  Government's orders on appeal; never reviewable by this office.
Letters that decide nothing (query memos, hearing notices) are `decides=False`: same series and communication
date, no windows.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

OFFICE = "office"
SOCIETY = "society"
LIQUIDATOR = "liquidator"
# A Government officer acting in another capacity (s.111(1): appeal to the Registrar, no review), and the State
# Government's own orders on appeal (s.111(3), s.94(5)), entered in the register by this office (appeals).
GOVERNMENT = "government"
ISSUERS = (OFFICE, SOCIETY, LIQUIDATOR, GOVERNMENT)
ISSUER_LABELS = {OFFICE: _("Order of the Registrar of Co-operative Societies"),
                 SOCIETY: _("Decision of the society"), LIQUIDATOR: _("Decision of the liquidator"),
                 GOVERNMENT: _("Decision of a Government officer or the State Government")}

# What a window runs from. The field of Order holding that date.
COMMUNICATION = "communicated_on"   # most windows: the date of communication (dispatch)
RECEIPT = "received_on"             # s.20(3), s.23(2): the party's receipt of the decision
PUBLICATION = "published_on"        # s.94(5): publication of the cancellation order
RESOLUTION = "made_on"              # s.36(5): the date the resolution was passed
SALE = "sold_on"                    # s.61(3): the date of the sale (Order.sold_on: the sale is the entry's date)
TRIGGERS = (COMMUNICATION, RECEIPT, PUBLICATION, RESOLUTION, SALE)
TRIGGER_LABELS = {COMMUNICATION: _("communication"), RECEIPT: _("receipt"), PUBLICATION: _("publication"),
                  RESOLUTION: _("the resolution"), SALE: _("the sale")}

FORUM_STATE_GOVERNMENT = _("the State Government, on a question of law (s.111(3))")
FORUM_REGISTRAR = _("the Registrar (s.111(1))")
FORUM_GENERAL_ASSEMBLY = _("the General Assembly of the society")


@dataclass(frozen=True)
class OrderKind:
    code: str                     # "registration.refusal": stored on Order.kind
    label: object
    series: str                   # number prefix: REF/SNT/2026/000001
    section: str
    rule_id: str = ""
    issuer: str = OFFICE
    decides: bool = True          # False: a dispatched letter (query memo, hearing notice)
    review_rule: str | None = None
    appeal_rule: str | None = None
    appeal_trigger: str = COMMUNICATION
    appeal_forum: object = ""
    statewide: bool = False       # numbered in a statewide series (no district in the number)
    # Shown on the society's public page, in the API and the change feed (issue 24): certificates, certified
    # amendments, cancellation and dissolution. Everything else in the register of orders stays in the office.
    public: bool = False

    def __post_init__(self):
        if self.issuer not in ISSUERS:
            raise ValueError(f"{self.code}: issuer must be one of {ISSUERS}")
        if self.appeal_trigger not in TRIGGERS:
            raise ValueError(f"{self.code}: appeal_trigger must be one of {TRIGGERS}")
        if self.issuer != OFFICE and self.review_rule:
            raise ValueError(f"{self.code}: only the office's own orders are reviewable under s.111(2)")
        if not self.decides and (self.review_rule or self.appeal_rule):
            raise ValueError(f"{self.code}: a letter that decides nothing has no review or appeal")

    @property
    def reviewable(self) -> bool:
        return bool(self.review_rule)

    @property
    def appealable(self) -> bool:
        return bool(self.appeal_rule) or bool(self.appeal_forum)


def office_order(code, label, series, section, rule_id="", **extra) -> OrderKind:
    """An order of this office: s.111(2) review and s.111(3) appeal from communication, unless told otherwise."""
    extra.setdefault("review_rule", "registrar_review_60d")
    extra.setdefault("appeal_rule", "appeal_state_government_60d")
    extra.setdefault("appeal_forum", FORUM_STATE_GOVERNMENT)
    return OrderKind(code, label, series, section, rule_id, **extra)


def letter(code, label, series, section, rule_id="") -> OrderKind:
    return OrderKind(code, label, series, section, rule_id, decides=False)


_KINDS: dict[str, OrderKind] = {}


def declare_kind(kind: OrderKind) -> OrderKind:
    if kind.code in _KINDS and _KINDS[kind.code] != kind:
        raise ValueError(f"order kind {kind.code!r} declared twice")
    _KINDS[kind.code] = kind
    return kind


def get_kind(code: str) -> OrderKind:
    return _KINDS[code]


def declared_kinds() -> list[OrderKind]:
    return sorted(_KINDS.values(), key=lambda k: k.code)


def kind_choices() -> list[tuple[str, object]]:
    return [(k.code, k.label) for k in declared_kinds()]


# ---- the kinds of the modules built so far (later modules declare theirs in their own orders.py) ----------

CERTIFICATE = declare_kind(office_order(
    "registration.certificate", _("Certificate of registration"), "CRT", "11", "registration_certificate_60d",
    public=True))
# The system certificate of a deemed registration (§15 item 2): no officer decided anything, so nothing to
# review or appeal; it is in the register so that /verify/ and the numbering are one.
DEEMED_CERTIFICATE = declare_kind(OrderKind(
    "registration.deemed_certificate", _("Certificate of deemed registration"), "CRT", "11",
    "registration_deemed_60d", public=True))
REFUSAL = declare_kind(office_order(
    "registration.refusal", _("Order refusing registration"), "REF", "10(2)", "registration_refusal_60d"))
QUERY_MEMO = declare_kind(letter(
    "registration.query_memo", _("Query memo"), "QRY", "10(1)", "registration_refusal_60d"))
HEARING_NOTICE = declare_kind(letter(
    "registration.hearing_notice", _("Notice of hearing"), "HRG", "10(2) proviso", "registration_refusal_60d"))
# s.129(1): the notice to a society whose annual return is overdue. A letter: it decides nothing.
DEFAULTER_NOTICE = declare_kind(letter(
    "governance.defaulter_notice", _("Notice: annual return not filed"), "NTC", "129(1)", "annual_returns_30d"))
FLAG_ORDER = declare_kind(office_order(
    "governance.flag_order", _("Order on a compliance flag"), "FLG", "", ""))
OFFICER_IN_CHARGE = declare_kind(office_order(
    "governance.officer_in_charge", _("Order appointing an officer under s.41(6)"), "OIC", "41(6)",
    "registrar_officer_constitutes_board_90d"))
RECTIFICATION = declare_kind(office_order(
    "registrar.rectification", _("Rectification order"), "RECT", "111(2)", "registrar_review_60d",
    statewide=True))


def public_kind_codes() -> list[str]:
    """The kinds whose orders the public sees (OrderKind.public)."""
    return [k.code for k in declared_kinds() if k.public]
