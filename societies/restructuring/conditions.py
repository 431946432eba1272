"""The conditions before a scheme takes effect (issue 17 point 3), as a checklist the office scheme page shows.

ss.13(4), 14(4): a division or an amalgamation takes effect only when (a) the claims of the members and creditors
who withdrew are met, (b) the Registrar has approved the scheme and (c) the new societies' certificates of
registration are issued — and, before any of it, every person's 30-day option window has closed (s.13(3),
s.14(3)). A merger into an existing society (s.15, read with s.14(3)-(6) by analogy, lifecycles.md §15 item 16)
creates no registration: it takes effect on the Registrar's approval once its windows have closed and the claims
are met. s.116: a co-operative bank's scheme needs the RBI's or NABARD's sanction first.

`conditions(scheme, today)` reads the scheme in a fixed number of queries and says, for each condition, met or
missing, what is missing, and the day it was met (the effect is dated on the last of them: rules.yaml
division_effect "the date the last resulting certificate issues", amalgamation_effect "certificate date of the
new society"; for a merger, the approval).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from membership.models import Member

from . import rules
from .assignment import member_successors, successor_for, successors_of
from .models import OptionState, SchemeKind, SchemeRole, SchemeState
from .selectors import open_windows, windows_closed

NEW_REGISTRATION = (SchemeKind.DIVISION, SchemeKind.AMALGAMATION)
MOVING = (OptionState.ASSENTED, OptionState.DEEMED_ASSENT, OptionState.VOTED_FOR)


@dataclass(frozen=True)
class Condition:
    key: str
    label: object
    met: bool
    detail: str = ""
    on: date | None = None       # the day it was met, when it has one
    before_approval: bool = True  # the approval waits for it (claims and registrations may follow it)


def _d(day) -> str:
    return f"{day:%d %b %Y}"


def _names(items, limit=5) -> str:
    items = [str(i) for i in items]
    return ", ".join(items[:limit]) + (" …" if len(items) > limit else "")


def load(scheme):
    """The scheme's parties and notices (two queries), reused by the services."""
    parties = list(scheme.parties.select_related("society", "application").order_by("role", "pk"))
    notices = list(scheme.notices.select_related("member").order_by("pk"))
    return parties, notices


def _windows(scheme, notices, today) -> Condition:
    """By the dates alone (selectors.windows_closed): every transferor served its notices and every person's last
    day is before `today`; an exercised option does not shorten a window."""
    label = _("Every member's and creditor's 30-day option window has closed")
    if windows_closed(scheme, today):
        ends = [n.window_ends_on for n in notices if n.window_ends_on]
        return Condition("windows", label, True, "", next_day(max(ends)) if ends else None)
    if not notices:
        return Condition("windows", label, False, str(_("No notice of the scheme is recorded yet.")))
    still = list(open_windows(scheme, today))
    unserved = [n for n in still if n.served_on is None]
    if unserved:
        return Condition("windows", label, False, ngettext(
            "%(count)d notice not yet served: %(names)s", "%(count)d notices not yet served: %(names)s",
            len(unserved)) % {"count": len(unserved), "names": _names(n.name for n in unserved)})
    if still:
        return Condition("windows", label, False, ngettext(
            "%(count)d window still open (the last ends on %(day)s)",
            "%(count)d windows still open (the last ends on %(day)s)", len(still))
            % {"count": len(still), "day": _d(max(n.window_ends_on for n in still))})
    return Condition("windows", label, False, str(_("A society of the scheme has served no notices yet.")))


def _sanction(scheme, parties) -> Condition | None:
    if not any(p.society and rules.needs_bank_sanction(p.society.society_type) for p in parties):
        return None
    label = _("The Reserve Bank's or NABARD's sanction is recorded (s.116)")
    if scheme.bank_sanction_on:
        return Condition("sanction", label, True, scheme.bank_sanction_reference, scheme.bank_sanction_on)
    return Condition("sanction", label, False, str(_("Not recorded.")))


def _register_covered(scheme, parties, notices) -> Condition:
    """Every current member of each old society has a notice (a member admitted after the notices were prepared
    would otherwise be left behind in a dissolved society)."""
    label = _("Every member on the old register has a notice of the scheme")
    transferor_ids = [p.society_id for p in parties if p.role == SchemeRole.TRANSFEROR]
    noticed = {n.member_id for n in notices if n.member_id}
    missing = list(Member.objects.filter(society_id__in=transferor_ids, ceased_on__isnull=True)
                   .exclude(pk__in=noticed).order_by("number").values_list("number", flat=True)[:6])
    if missing:
        return Condition("register", label, False, str(_("No notice for members %(numbers)s")
                                                      % {"numbers": _names(f"No. {n}" for n in missing)}))
    return Condition("register", label, True)


def _allotment(scheme, parties, notices) -> Condition | None:
    if scheme.kind != SchemeKind.DIVISION:
        return None
    label = _("The scheme allots every member who stays to one of the new societies")
    mapping, problems = member_successors(scheme, parties)
    if problems:
        return Condition("allotment", label, False, str(_("Allotted twice or not numbers: %(items)s")
                                                        % {"items": _names(problems)}))
    numbers = {n.member_id: n.member.number for n in notices if n.member_id}
    transferor = next((p for p in parties if p.role == SchemeRole.TRANSFEROR), None)
    left = [numbers[n.member_id] for n in notices if n.member_id and n.option in (*MOVING, OptionState.OPEN)
            and transferor and successor_for(mapping, transferor.society_id, numbers[n.member_id]) is None]
    if left:
        return Condition("allotment", label, False, str(_("Not allotted: members %(numbers)s")
                                                        % {"numbers": _names(f"No. {n}" for n in sorted(left))}))
    return Condition("allotment", label, True)


def _claims(notices) -> Condition:
    label = _("Every withdrawing member's share and creditor's claim is paid")
    withdrawing = [n for n in notices if n.option == OptionState.WITHDRAWING]
    unpaid = [n for n in withdrawing if n.claim_met_on is None]
    if unpaid:
        return Condition("claims", label, False, ngettext(
            "%(count)d of %(total)d not yet paid: %(names)s", "%(count)d of %(total)d not yet paid: %(names)s",
            len(unpaid)) % {"count": len(unpaid), "total": len(withdrawing), "names": _names(n.name for n in unpaid)},
            before_approval=False)
    paid = [n.claim_met_on for n in withdrawing]
    return Condition("claims", label, True,
                     str(_("No one withdrew.")) if not withdrawing else "", max(paid) if paid else None,
                     before_approval=False)


def _approval(scheme) -> Condition:
    label = _("The Registrar has approved the scheme (order)")
    order = scheme.approval_order
    if order is not None and order.in_force:
        return Condition("approval", label, True, order.number, order.made_on, before_approval=False)
    return Condition("approval", label, False, str(_("Not yet approved.")), before_approval=False)


def _registrations(parties) -> Condition:
    label = _("Each new society's certificate of registration is issued (s.11)")
    new = [p for p in parties if p.role == SchemeRole.NEW_SUCCESSOR]
    if not new:
        return Condition("registrations", label, False, str(_("The scheme names no new society.")),
                         before_approval=False)
    pending = []
    for party in new:
        if party.society_id is None:
            state = party.application.get_state_display() if party.application else _("no application entered")
            pending.append(f"{party.proposed_name} ({state})")
    if pending:
        return Condition("registrations", label, False, _names(pending), before_approval=False)
    return Condition("registrations", label, True, "", max(p.society.registered_on for p in new),
                     before_approval=False)


def _existing_successor(parties) -> Condition:
    label = _("The society merged into is registered")
    successor = next((p for p in parties if p.role == SchemeRole.EXISTING_SUCCESSOR), None)
    if successor is None:
        return Condition("successor", label, False, str(_("The scheme names no society to merge into.")))
    ok = successor.society.legal_status == "registered"
    return Condition("successor", label, ok, "" if ok else successor.society.get_legal_status_display())


def conditions(scheme, today: date, *, loaded=None) -> list[Condition]:
    """Each condition before effect, met or missing, in the order the office works through them."""
    parties, notices = loaded or load(scheme)
    found = [c for c in (_sanction(scheme, parties), _windows(scheme, notices, today),
                         _register_covered(scheme, parties, notices), _allotment(scheme, parties, notices))
             if c is not None]
    if scheme.kind == SchemeKind.MERGER:
        # The merger takes effect on the approval itself: the claims come first.
        claims = _claims(notices)
        found += [Condition(claims.key, claims.label, claims.met, claims.detail, claims.on),
                  _existing_successor(parties), _approval(scheme)]
    else:
        found += [_claims(notices), _approval(scheme), _registrations(parties)]
    if not successors_of(parties):
        found.append(Condition("successors", _("The scheme names its successor societies"), False))
    return found


def missing(found: list[Condition], *, for_approval: bool = False) -> list[Condition]:
    return [c for c in found if not c.met and (c.before_approval or not for_approval)]


def effect_date(found: list[Condition]) -> date | None:
    """The day the scheme takes effect: the last day a condition was met (the last certificate, normally)."""
    days = [c.on for c in found if c.on]
    return max(days) if days else None


def scheme_is_open(scheme) -> bool:
    return scheme.state not in (SchemeState.EFFECTIVE, SchemeState.WITHDRAWN)


def next_day(day: date) -> date:
    return day + timedelta(days=1)
