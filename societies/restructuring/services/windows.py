"""The ends of the option windows: deemed assent per person (s.13(3), s.14(3)), applied by the derived sweepers
of restructuring.clocks and dated on the legal day however late they run; and the scheme's move from its notice
stage to its conditions once every window has closed (the chore schemes_close_windows)."""

from datetime import date, timedelta

from registrar import activity

from .. import rules
from ..actions import SchemeAction
from ..models import OptionState, SchemeNotice, SchemeState
from ..selectors import windows_closed


def notice_deem_assent(notice: SchemeNotice, today: date) -> str | None:
    """division_withdrawal_option_30d, amalgamation_withdrawal_option_30d (automatic): a person served who has
    not exercised the option by the last day is deemed to have assented from the next day (the legal day, not
    the day the sweeper ran). The frame gives the row locked and re-checked; a merger is never deemed here
    (merger_withdrawal_option_30d is not automatic: the Registrar's approval order records the assents)."""
    scheme = notice.scheme
    if not rules.silence_is_assent(scheme.kind) or scheme.state != SchemeState.NOTICES:
        return None
    if notice.option != OptionState.OPEN or notice.window_ends_on is None or notice.window_ends_on >= today:
        return None
    on = rules.deemed_assent_on(scheme.kind, notice.served_on)
    notice.option, notice.option_on = OptionState.DEEMED_ASSENT, on
    notice.save(update_fields=["option", "option_on"])
    activity.record(SchemeAction.ASSENT_DEEMED, society=notice.transferor.society, target=scheme, data={
        "notice": notice.pk, "recipient": notice.recipient, "served_on": notice.served_on, "on": on,
        "rule": rules.OPTION_RULE[scheme.kind]})
    return f"{scheme.society.name}: notice {notice.pk} deemed assent from {on:%d %b %Y}"


def scheme_close_windows(scheme, today: date) -> str | None:
    """Every window of the scheme has closed (selectors.windows_closed): the scheme moves to its conditions
    (R2's approval order and the effect read `Scheme.state`). Dated the day after the last window. For a division
    or an amalgamation it waits until every silent person's deemed assent is recorded (the sweepers above run
    first; a row they could not apply keeps the scheme at its notices, to be retried)."""
    if scheme.state != SchemeState.NOTICES or not windows_closed(scheme, today):
        return None
    if rules.silence_is_assent(scheme.kind) and scheme.notices.filter(option=OptionState.OPEN).exists():
        return None
    on = scheme.windows_close_on + timedelta(days=1)
    scheme.windows_closed()
    scheme.save(update_fields=["state"])
    activity.record(SchemeAction.WINDOWS_CLOSED, society=scheme.society, target=scheme, data={
        "on": on, "last_window_ends_on": scheme.windows_close_on, "rule": rules.OPTION_RULE[scheme.kind]})
    return f"{scheme.society.name}: every option window closed on {scheme.windows_close_on:%d %b %Y}"
