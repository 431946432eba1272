"""How winding up explains "in liquidation" and "dissolved" (societies.status), the same on every page:

    In liquidation since 2 Aug 2026; liquidator A. Das, District Office, Tezpur; claims until 1 Aug 2026
    Dissolved on 15 Jan 2030 (certificate DSC/SNT/2030/000001)

each with a link to the society's entry on the public liquidation board. Two queries for any list: the cases (with
their liquidator, closing and certificate) and the holidays that can move a claims deadline (a claim is a filing,
liquidation_claims_2m rolls forward)."""

from datetime import timedelta

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from appeals.outages import closed_days_between
from registrar.l10n import display_date
from societies.choices import LegalStatus
from societies.status import StatusLink, StatusNote, status_note

from .models import WindingUp, WindingUpState
from .workspace_rules import claims_last_day

IN_LIQUIDATION = _("In liquidation since %(since)s; liquidator %(liquidator)s%(address)s; claims until %(claims)s")
IN_LIQUIDATION_NO_GAZETTE = _("In liquidation since %(since)s; liquidator %(liquidator)s%(address)s")
DISSOLVED = _("Dissolved on %(day)s (certificate %(number)s)")
BOARD_LINK = _("Liquidation board")
NOT_NAMED = _("not named")


def _d(day) -> str:
    return display_date(day) if day else ""


def board_url(case) -> str:
    return reverse("liquidation_board_entry", args=[case.pk])


def _cases(societies, state):
    return {case.society_id: case for case in
            WindingUp.objects.filter(society_id__in=[s.pk for s in societies], state=state)
            .select_related("liquidator", "closing", "closing__certificate").order_by("pk")}


def liquidator_name(case) -> str:
    if case.liquidator_id is None:
        return str(NOT_NAMED)
    return case.liquidator.get_full_name() or case.liquidator.get_username()


def liquidator_address(case) -> str:
    closing = getattr(case, "closing", None)
    return closing.liquidator_address if closing is not None else ""


@status_note(legal=LegalStatus.IN_LIQUIDATION)
def explain_in_liquidation(societies, today):
    cases = _cases(societies, WindingUpState.IN_LIQUIDATION)
    published = [c.gazette_published_on for c in cases.values() if c.gazette_published_on]
    closed = closed_days_between(min(published), max(published) + timedelta(days=120)) if published else frozenset()
    notes = {}
    for society_id, case in cases.items():
        address = liquidator_address(case)
        params = {"since": _d(case.takes_effect_on), "liquidator": liquidator_name(case),
                  "address": f", {address}" if address else ""}
        if case.gazette_published_on:
            claims = claims_last_day(case.gazette_published_on, closed)
            text = IN_LIQUIDATION % {**params, "claims": _d(claims)}
        else:
            text = IN_LIQUIDATION_NO_GAZETTE % params
        closing = getattr(case, "closing", None)
        notes[society_id] = StatusNote(text, (StatusLink(BOARD_LINK, board_url(case)),),
                                       until=closing.dissolve_by if closing is not None else None)
    return notes


@status_note(legal=LegalStatus.DISSOLVED)
def explain_dissolved(societies, today):
    notes = {}
    for society_id, case in _cases(societies, WindingUpState.DISSOLVED).items():
        closing = getattr(case, "closing", None)
        number = closing.certificate.number if closing is not None and closing.certificate_id else ""
        notes[society_id] = StatusNote(DISSOLVED % {"day": _d(case.dissolved_on), "number": number},
                                       (StatusLink(BOARD_LINK, board_url(case)),))
    return notes
