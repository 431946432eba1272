"""The clocks of a scheme's option windows, declared once (registrar.clocks; lifecycles.md §5): one row per
member's or creditor's notice, 30 days from their own service (the frame's board, My work and sweepers read
SchemeNotice.window_ends_on, scheme_notice_open_idx).

- DIVISION_OPTIONS / AMALGAMATION_OPTIONS (division_withdrawal_option_30d, amalgamation_withdrawal_option_30d;
  automatic): silence is deemed assent from the day after the person's last day (s.13(3), s.14(3)), applied by
  the derived sweeper and dated on the legal day however late it runs.
- MERGER_OPTIONS (merger_withdrawal_option_30d): no expiry at all. The rule is not automatic (s.15 is truncated,
  lifecycles.md §15 item 16): each window's end is computed and shown, and the Registrar's approval order records
  the assents.
- The chore schemes_close_windows moves a scheme whose every window has closed to its conditions
  (Scheme.windows_close_on, scheme_windows_idx).

Not on the society's timeline: one line per member would bury the society's own last days (the scheme pages show
the last window's end).
"""

from django.db.models import Q
from django.urls import reverse

from registrar.clocks import EFFECT, Chore, Clock, Expiry, chore, declare

from .models import OptionState, Scheme, SchemeKind, SchemeNotice, SchemeState


def _notice_url(notice) -> str:
    return reverse("office_scheme_detail", args=[notice.scheme_id]) + f"#notice-{notice.pk}"


def _deem(notice, today):
    from .services.windows import notice_deem_assent

    return notice_deem_assent(notice, today)


def _close(scheme, today):
    from .services.windows import scheme_close_windows

    return scheme_close_windows(scheme, today)


def _open_windows(kind: str) -> Q:
    # scheme_notice_open_idx (window_ends_on where option = 'open') serves the due query.
    return Q(option=OptionState.OPEN, scheme__kind=kind, scheme__state=SchemeState.NOTICES)


def _subject(notice) -> str:
    # An office page, still without the person's name (personal data: the scheme page gates it).
    return f"{notice.transferor.society.name} · {notice.get_recipient_display()} notice {notice.pk}"


def _option_clock(name: str, rule_id: str, kind: str, expiry: Expiry | None = None) -> Clock:
    return declare(Clock(
        name=name, rule_id=rule_id, model=SchemeNotice, due_field="window_ends_on", open=_open_windows(kind),
        district="scheme__district", society="transferor__society",
        related=("scheme__society", "scheme__district", "transferor__society"),
        subject=_subject, url=_notice_url, met=~Q(option=OptionState.OPEN), expiry=expiry,
    ))


def _deemed_assent(sweeper: str, order: int, section: str) -> Expiry:
    return Expiry(
        EFFECT, sweeper=sweeper, order=order, apply=_deem, related=("scheme__society", "transferor__society"),
        description=f"Record deemed assent (s.{section}) for every member or creditor served who did not exercise "
                    "the option within 30 days of their own service, dated the day after their last day.")


DIVISION_OPTIONS = _option_clock("division_options", "division_withdrawal_option_30d", SchemeKind.DIVISION,
                                 _deemed_assent("division_options_deem_assent", 56, "13(3)"))
AMALGAMATION_OPTIONS = _option_clock("amalgamation_options", "amalgamation_withdrawal_option_30d",
                                     SchemeKind.AMALGAMATION,
                                     _deemed_assent("amalgamation_options_deem_assent", 57, "14(3)"))
MERGER_OPTIONS = _option_clock("merger_options", "merger_withdrawal_option_30d", SchemeKind.MERGER)


def schemes_due_to_close(today):
    """Schemes at their notices whose last window ended before today (scheme_windows_idx)."""
    return Scheme.objects.filter(state=SchemeState.NOTICES, windows_close_on__lt=today).order_by(
        "windows_close_on", "pk")


SCHEMES_CLOSE_WINDOWS = chore(Chore(
    sweeper="schemes_close_windows", order=58, model=Scheme, due_query=schemes_due_to_close, apply=_close,
    district="district", lock=Q(state=SchemeState.NOTICES), related=("society",),
    description="Move a scheme of division, amalgamation or merger to its conditions once every member's and "
                "creditor's option window has closed (after the deemed assents of s.13(3), s.14(3))."))
