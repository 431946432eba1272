"""Compliance flags: where the Act needs a finding before an effect, a sweeper (or a filing) raises a flag and a
Registrar-level officer confirms or dismisses it by a recorded, numbered order (ComplianceFlag's docstring).

subject_key conventions (what the confirmation acts on):
- DIRECTOR_BAR_FOR_MEETINGS: "dir:<director pk>:<cessation ISO date>" (or "board:<pk>:<date>" when no
  office-holder was in office: the order is then recorded only);
- ACCOUNTS_NOT_READY: "meeting:<GeneralMeeting pk>" (or "fy:<year end ISO>", using the year's AGM date);
- AGM_ADJOURNED_PAST_DEADLINE: "fy:<year end ISO>";
- PART_YEAR_MEETINGS: "fy:<year end ISO>:board:<pk>"; OFFICER_OVERRUN: "appointment:<pk>";
- AUDIT_FOLLOWUP_NOT_FILED: "auditreport:<pk>:<ISO day the Board stands disqualified>" (the day after the three
  months, s.85(2)): confirming ends the Board in office on that day with the s.40(4)(f) bar and opens the s.41(6)
  flow (effects.board_end); INELIGIBLE_DIRECTOR: "auditreport:<pk>": the order is the outcome (s.83(2)(f)).
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from orders.kinds import FLAG_ORDER
from orders.naming import order_subject, rule_section
from orders.services import order_issue
from registrar import activity
from registrar.numbering import next_number
from societies.models import Society

from .. import rules
from ..actions import GovernanceAction
from ..models import Board, ComplianceFlag, Director, FinancialYear, GeneralMeeting
from ..permissions import require_registrar
from ..selectors import current_board
from . import effects

FLAG_NOT_OPEN = _("This flag has already been decided by order %(number)s.")
ORDER_TEXT_REQUIRED = _("Write the order: the facts found and the decision.")
NO_BOARD_TO_DISSOLVE = _("The society has no Board in office to dissolve: it has already left office.")
NO_AGM_DATE = _("No AGM date is recorded for this flag: the directors' cessation cannot be dated.")
UNKNOWN_SUBJECT = _("This flag does not say what it is about; dismiss it and raise it anew.")
BOARD_NOT_IN_OFFICE_THEN = _("The Board now in office took office on %(took)s, after the day the Board in office "
                             "stood disqualified (%(on)s): the order cannot end it.")


# Kinds whose confirmation order is printed (kind -> build(flag) -> PDF bytes), registered by the module that
# raises the flag (audit.apps: the s.85(2) disqualification order), so supervision imports no later module.
ORDER_PDF_BUILDERS: dict = {}


def register_order_pdf(kind: str, build) -> None:
    ORDER_PDF_BUILDERS[kind] = build


def flag_raise(society, kind: str, rule_id: str, subject_key: str, facts: str, today: date
               ) -> tuple[ComplianceFlag, bool]:
    """Raise a flag once per (society, kind, subject); raising it again returns the existing flag."""
    with transaction.atomic():
        flag, created = ComplianceFlag.objects.get_or_create(
            society=society, kind=kind, subject_key=subject_key[:64],
            defaults={"rule_id": rule_id, "raised_on": today, "facts": facts},
        )
        if created:
            activity.record(GovernanceAction.FLAG_RAISED, society=society, target=flag,
                            data={"kind": kind, "rule_id": rule_id, "subject": flag.subject_key, "facts": facts})
    return flag, created


def _lock(flag_id: int, actor) -> ComplianceFlag:
    flag = ComplianceFlag.objects.select_for_update(of=("self",)).select_related("society").get(pk=flag_id)
    require_registrar(actor, flag.society)
    if flag.state != ComplianceFlag.State.OPEN:
        raise ValidationError(FLAG_NOT_OPEN, params={"number": flag.order_number})
    return flag


def _order(flag: ComplianceFlag, *, actor, today: date, order_text: str, state: str) -> None:
    order_text = (order_text or "").strip()
    if not order_text:
        raise ValidationError(ORDER_TEXT_REQUIRED)
    flag.state = state
    flag.decided_on = today
    flag.decided_by = actor
    flag.order_text = order_text
    flag.order_number = f"RCS/FLAG/{today.year}/{next_number('compliance_flag', None, today.year):04d}"
    flag.save(update_fields=["state", "decided_on", "decided_by", "order_text", "order_number"])
    # The register's entry keeps the flag's own number (RCS/FLAG/...) and cites the flag's rule and its section.
    with translation.override("en"):
        subject = order_subject(flag.society.name, str(flag.get_kind_display()))
    order = order_issue(kind=FLAG_ORDER.code, subject=subject, made_on=today, target=flag, society=flag.society,
                        officer=actor, number=flag.order_number, section=rule_section(flag.rule_id),
                        rule_id=flag.rule_id)
    build = ORDER_PDF_BUILDERS.get(flag.kind) if state == ComplianceFlag.State.CONFIRMED else None
    if build is not None:  # printed with its own number and verification code
        from django.core.files.base import ContentFile

        order.pdf.save(f"{order.pk}.pdf", ContentFile(build(flag)), save=False)
        order.save(update_fields=["pdf"])


def _subject(flag: ComplianceFlag) -> list[str]:
    return flag.subject_key.split(":")


@transaction.atomic
def flag_confirm(*, flag_id: int, actor, order_text: str, today: date) -> ComplianceFlag:
    """Confirm by order and apply what the finding carries (module docstring). PermissionDenied unless a
    Registrar-level officer with jurisdiction; ValidationError when decided already, no order text, or the
    facts no longer allow the effect (the order then rolls back, number included)."""
    flag = _lock(flag_id, actor)
    _order(flag, actor=actor, today=today, order_text=order_text, state=ComplianceFlag.State.CONFIRMED)
    applied = _apply(flag, actor=actor)
    activity.record(GovernanceAction.FLAG_CONFIRMED, actor=actor, society=flag.society, target=flag,
                    data={"kind": flag.kind, "order": flag.order_number, "subject": flag.subject_key,
                          "order_text": flag.order_text, **applied})
    return flag


@transaction.atomic
def flag_dismiss(*, flag_id: int, actor, order_text: str, today: date) -> ComplianceFlag:
    flag = _lock(flag_id, actor)
    _order(flag, actor=actor, today=today, order_text=order_text, state=ComplianceFlag.State.DISMISSED)
    activity.record(GovernanceAction.FLAG_DISMISSED, actor=actor, society=flag.society, target=flag,
                    data={"kind": flag.kind, "order": flag.order_number, "subject": flag.subject_key,
                          "order_text": flag.order_text})
    return flag


def _apply(flag: ComplianceFlag, *, actor) -> dict:
    kind = flag.kind
    parts = _subject(flag)
    if kind == ComplianceFlag.Kind.DIRECTOR_BAR_FOR_MEETINGS:
        if parts[0] != "dir":
            return {"applied": "order recorded; no office-holder was in office"}
        director = Director.objects.select_for_update(of=("self",)).get(pk=int(parts[1]), board__society=flag.society)
        ceased = date.fromisoformat(parts[2])
        director.director_bar_until = rules.director_bar_until(ceased)
        director.save(update_fields=["director_bar_until"])
        return {"director": director.pk, "director_bar_until": director.director_bar_until}
    if kind == ComplianceFlag.Kind.ACCOUNTS_NOT_READY:
        agm_on = _agm_date(flag, parts)
        board = _current_board(flag.society)
        return effects.board_end(board, on=agm_on, reason=Board.EndReason.ACCOUNTS_NOT_READY,
                                 action=GovernanceAction.FLAG_CONFIRMED, actor=actor, data={"flag": flag.pk},
                                 record=False)
    if kind == ComplianceFlag.Kind.AGM_ADJOURNED_PAST_DEADLINE:
        year = FinancialYear.objects.select_for_update(of=("self",)).get(
            society=flag.society, ends_on=date.fromisoformat(parts[1]))
        board = _current_board(flag.society)
        year.agm_checked = True
        year.save(update_fields=["agm_checked"])
        return effects.board_end(board, on=rules.board_dissolved_on(year.ends_on),
                                 reason=Board.EndReason.DISSOLVED_NO_AGM, action=GovernanceAction.FLAG_CONFIRMED,
                                 actor=actor, data={"flag": flag.pk, "agm_last_day": year.agm_last_day},
                                 record=False)
    if kind == ComplianceFlag.Kind.AUDIT_FOLLOWUP_NOT_FILED:
        # s.85(2), rules.yaml audit_followup_report_3m: the flag never ends a Board by itself; this order does,
        # dated on the legal day (the day after the three months), like the s.39 dissolution.
        on = date.fromisoformat(parts[2])
        board = _current_board(flag.society)
        if board.took_office_on > on:
            raise ValidationError(BOARD_NOT_IN_OFFICE_THEN, params={"took": f"{board.took_office_on:%d %b %Y}",
                                                                    "on": f"{on:%d %b %Y}"})
        return effects.board_end(board, on=on, reason=Board.EndReason.AUDIT_FOLLOWUP_NOT_FILED,
                                 action=GovernanceAction.FLAG_CONFIRMED, actor=actor,
                                 data={"flag": flag.pk, "audit_report": int(parts[1])}, record=False)
    return {"applied": "order recorded"}  # OFFICER_OVERRUN, PART_YEAR_MEETINGS, INELIGIBLE_DIRECTOR: the order


def _agm_date(flag, parts) -> date:
    if parts[0] == "meeting":
        return GeneralMeeting.objects.get(pk=int(parts[1]), society=flag.society).held_on
    if parts[0] == "fy":
        held = FinancialYear.objects.filter(society=flag.society, ends_on=date.fromisoformat(parts[1])) \
            .values_list("agm_held_on", flat=True).first()
        if held:
            return held
        raise ValidationError(NO_AGM_DATE)
    raise ValidationError(UNKNOWN_SUBJECT)


def _current_board(society) -> Board:
    """The Board in office, with a freshly locked society (protected FSM fields cannot be refreshed in place)."""
    society = Society.objects.select_for_update(of=("self",)).get(pk=society.pk)
    board = current_board(society, lock=True)
    if board is None:
        raise ValidationError(NO_BOARD_TO_DISSOLVE)
    board.society = society
    return board
