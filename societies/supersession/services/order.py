"""The Registrar's order superseding or suspending the Board and appointing administrators (s.125, s.4A, s.146(1)).

One service: the guard of the procedure (procedure.supersede_refusal: the society's 60 days ran out without
action, or a Reserve Bank route), the administrators checked to be officers of the department, the society's
governance status (Society.board_superseded), the case's period (periods.administrator_period_end), the order in
the register (supersession.order / .suspension / .rbi_order), an appointment letter for each administrator and
one activity entry, in one transaction. The Board's own row and directors are supervision's (issue 20, S2).
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from orders.services import order_issue
from registrar import activity
from registrar.capabilities import Act
from registrar.selectors import officer_for
from societies.models import Society

from ..actions import SupersessionAction
from ..grounds import skips_inquiry
from ..models import Administrator, Supersession
from ..orders import APPOINTMENT, RBI_ORDER, SUPERSESSION_ORDER, SUSPENSION_ORDER
from ..periods import administrator_period_end
from .procedure import lock, require, supersede_refusal

ADMINISTRATORS_NEEDED = _("Appoint at least one administrator.")
NOT_DEPARTMENTAL = _("Administrators are appointed from the department (s.125): %(names)s is not an officer in "
                     "service.")
RBI_PERIOD_AFTER = _("The Reserve Bank's end date must be after the date of the order.")
BOARD_NOT_IN_OFFICE = _("This society's governance status (%(status)s) has no Board to supersede.")


def _administrators(ids) -> list:
    ids = [int(i) for i in dict.fromkeys(ids or []) if i]
    if not ids:
        raise ValidationError({"administrators": ADMINISTRATORS_NEEDED})
    users = {u.pk: u for u in get_user_model().objects.filter(pk__in=ids).select_related("officer")}
    outsiders = [str(users[i]) if i in users else f"#{i}" for i in ids if i not in users or officer_for(users[i]) is None]
    if outsiders:
        raise ValidationError({"administrators": ValidationError(NOT_DEPARTMENTAL,
                                                                 params={"names": ", ".join(outsiders)})})
    return [users[i] for i in ids]


def order_kind(case: Supersession, suspend: bool):
    if skips_inquiry(case.ground):
        return RBI_ORDER
    return SUSPENSION_ORDER if suspend else SUPERSESSION_ORDER


def supersession_order(*, case_id: int, actor, administrator_ids, today: date, suspend: bool = False,
                       rbi_period_ends_on: date | None = None) -> Supersession:
    """Supersede (or suspend) the Board by written order and appoint the administrators, for the period of
    periods.administrator_period_end from today (the date of the order)."""
    with transaction.atomic():
        case = lock(case_id)
        require(actor, Act.SUPERSEDE_BOARD, case.district_id)
        refusal = supersede_refusal(case, today)
        if refusal is not None:
            raise refusal
        officers = _administrators(administrator_ids)
        if rbi_period_ends_on is not None:
            if rbi_period_ends_on <= today:
                raise ValidationError({"rbi_period_ends_on": RBI_PERIOD_AFTER})
            case.rbi_period_ends_on = rbi_period_ends_on
        society = Society.objects.select_for_update(of=("self",)).get(pk=case.society_id)
        try:
            society.board_superseded()
        except TransitionNotAllowed:
            raise ValidationError(BOARD_NOT_IN_OFFICE,
                                  params={"status": society.get_governance_status_display()}) from None
        society.save(update_fields=["governance_status"])
        # A suspension is possible only on the s.125 route; the Reserve Bank's orders supersede.
        suspend = suspend and not skips_inquiry(case.ground)
        case.suspend() if suspend else case.supersede()
        case.superseded_on = today
        case.period_ends_on = administrator_period_end(today, society=society, ground=case.ground,
                                                       rbi_period=case.rbi_period_ends_on)
        kind = order_kind(case, suspend)
        case.order = order_issue(kind=kind.code, subject=f"{kind.label}: {society.name}", made_on=today,
                                 target=case, society=society, district=case.district, officer=actor)
        case.save()
        # The Board leaves office on the order, with the s.140(3) bar where it applies (supervision.py, S2).
        from ..supervision import board_leaves_on_supersession

        board_left = board_leaves_on_supersession(case, actor=actor)
        letters = []
        for officer in officers:
            row = Administrator.objects.create(supersession=case, officer=officer, appointed_on=today)
            letters.append(order_issue(kind=APPOINTMENT.code, subject=f"{APPOINTMENT.label}: {society.name}",
                                       made_on=today, target=row, society=society, district=case.district,
                                       officer=actor).number)
        activity.record(SupersessionAction.SUSPENDED if suspend else SupersessionAction.SUPERSEDED, actor=actor,
                        society=society, target=case, data={
                            "order": case.order.number, "ground": case.ground, "period_ends_on": case.period_ends_on,
                            "administrators": [o.pk for o in officers], "appointments": letters,
                            "within_rbi_month": (today <= case.rbi_advice_due_on) if case.rbi_advice_due_on else None,
                            **board_left})
    return case
