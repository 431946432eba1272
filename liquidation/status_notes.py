"""How winding up explains a society's status (societies.status). The cancellation part: cancellation ordered
(awaiting the Gazette, or the members' appeal window open until its last day) and cancellation under appeal.
In liquidation and dissolved are the closing's (liquidation.closing_setup declares theirs).

Each provider answers for a whole list in one query: the open case of each society with its order (the appeal's
last day is the order's `takes_effect_after`: the effect falls the day after it, liquidation.services.gazette)
and, under appeal, the first appeal recorded against it."""

from django.db.models import Min
from django.utils.translation import gettext_lazy as _

from registrar.l10n import display_date
from societies.choices import LegalStatus
from societies.status import StatusNote, status_note

from .models import WindingUp, WindingUpState

AWAITING_GAZETTE = _("Cancellation ordered; awaiting publication in the Gazette")
WINDOW_OPEN = _("Cancellation ordered; the members' appeal window is open until %(date)s")
WINDOW_CLOSED = _("Cancellation ordered; the members' appeal window closed on %(date)s")
UNDER_APPEAL = _("Cancellation under appeal to the State Government since %(date)s")
DAY = "j F Y"  # "1 August 2026"
UNDER_APPEAL_NO_DATE = _("Cancellation under appeal to the State Government")


def _cases(societies, state):
    return {case.society_id: case for case in WindingUp.objects.filter(
        society__in=[s.pk for s in societies], state=state).select_related("cancellation_order")}


@status_note(legal=LegalStatus.CANCELLATION_ORDERED)
def cancellation_ordered(societies, today):
    notes = {}
    for pk, case in _cases(societies, WindingUpState.CANCELLATION_ORDERED).items():
        last_day = case.cancellation_order.takes_effect_after if case.cancellation_order_id else None
        if case.gazette_published_on is None or last_day is None:
            notes[pk] = StatusNote(AWAITING_GAZETTE)
        elif today <= last_day:
            notes[pk] = StatusNote(WINDOW_OPEN % {"date": display_date(last_day, DAY)}, until=last_day)
        else:
            notes[pk] = StatusNote(WINDOW_CLOSED % {"date": display_date(last_day, DAY)}, until=last_day)
    return notes


@status_note(legal=LegalStatus.CANCELLATION_APPEAL_PENDING)
def cancellation_under_appeal(societies, today):
    from appeals.models import Appeal, Route

    cases = _cases(societies, WindingUpState.APPEAL_PENDING)
    first = dict(Appeal.objects.filter(order_id__in=[c.cancellation_order_id for c in cases.values()],
                                       route=Route.APPEAL).values("order_id").annotate(first=Min("filed_on"))
                 .values_list("order_id", "first"))
    notes = {}
    for pk, case in cases.items():
        since = first.get(case.cancellation_order_id)
        notes[pk] = StatusNote(UNDER_APPEAL % {"date": display_date(since, DAY)} if since else UNDER_APPEAL_NO_DATE)
    return notes
