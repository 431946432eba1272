"""The clocks of a scheme's option windows, declared once (registrar.clocks; lifecycles.md §5):

- DIVISION_OPTIONS / AMALGAMATION_OPTIONS (division_withdrawal_option_30d, amalgamation_withdrawal_option_30d;
  automatic): per person, 30 days from their own service; silence is deemed assent from the next day (s.13(3),
  s.14(3)), applied by the derived sweeper and dated on the legal day however late it runs. Each row is one
  member's or creditor's window, the person's act and not the office's work, so these rows are not on the
  deadlines board or My work (`open` matches nothing; the sweeper visits the open windows through Expiry.due):
  the office sees the scheme instead (below).
- DIVISION_WINDOWS / AMALGAMATION_WINDOWS / MERGER_WINDOWS (the same rules): one row per scheme, its last window's
  end (Scheme.windows_close_on), on the deadlines board, My work and the filing society's timeline. A merger has
  no expiry at all: merger_withdrawal_option_30d is not automatic (s.15 is truncated, §15 item 16): its end is
  shown, and the Registrar's approval order records the assents.
- The chore schemes_close_windows moves a scheme whose every window has closed to its conditions.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks import EFFECT, Chore, Clock, Expiry, chore, declare

from .models import OptionState, Scheme, SchemeKind, SchemeNotice, SchemeState

WINDOWS_END = _("Last option window of the scheme ends (members and creditors, 30 days from service)")
NOTHING = Q(pk__in=[])  # per-person rows: never on the board, My work or the timeline (see the docstring)


def _scheme_url(scheme) -> str:
    return reverse("office_scheme_detail", args=[scheme.pk])


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


def _option_clock(name: str, rule_id: str, kind: str, sweeper: str, order: int, section: str) -> Clock:
    return declare(Clock(
        name=name, rule_id=rule_id, model=SchemeNotice, due_field="window_ends_on", open=NOTHING,
        district="scheme__district", society="transferor__society",
        related=("scheme__society", "scheme__district", "transferor__society"),
        subject=lambda n: f"{n.scheme.society.name} · notice {n.pk}", url=_notice_url,
        expiry=Expiry(
            EFFECT, sweeper=sweeper, order=order, apply=_deem, due=_open_windows(kind),
            related=("scheme__society", "transferor__society"),
            description=f"Record deemed assent (s.{section}) for every member or creditor served who did not "
                        "exercise the option within 30 days of their own service, dated the day after."),
    ))


DIVISION_OPTIONS = _option_clock("division_options", "division_withdrawal_option_30d", SchemeKind.DIVISION,
                                 "division_options_deem_assent", 56, "13(3)")
AMALGAMATION_OPTIONS = _option_clock("amalgamation_options", "amalgamation_withdrawal_option_30d",
                                     SchemeKind.AMALGAMATION, "amalgamation_options_deem_assent", 57, "14(3)")


def _windows_clock(name: str, rule_id: str, kind: str) -> Clock:
    return declare(Clock(
        name=name, rule_id=rule_id, model=Scheme, due_field="windows_close_on",
        open=Q(state=SchemeState.NOTICES, kind=kind),  # scheme_windows_idx
        district="district", society="society", related=("society", "district"),
        subject=lambda s: f"{s.get_kind_display()} · {s.society.name}", url=_scheme_url,
        timeline_label=lambda s: str(WINDOWS_END), met=~Q(state=SchemeState.NOTICES),
    ))


DIVISION_WINDOWS = _windows_clock("division_windows", "division_withdrawal_option_30d", SchemeKind.DIVISION)
AMALGAMATION_WINDOWS = _windows_clock("amalgamation_windows", "amalgamation_withdrawal_option_30d",
                                      SchemeKind.AMALGAMATION)
MERGER_WINDOWS = _windows_clock("merger_windows", "merger_withdrawal_option_30d", SchemeKind.MERGER)


def schemes_due_to_close(today):
    """Schemes at their notices whose last window ended before today (scheme_windows_idx)."""
    return Scheme.objects.filter(state=SchemeState.NOTICES, windows_close_on__lt=today).order_by(
        "windows_close_on", "pk")


SCHEMES_CLOSE_WINDOWS = chore(Chore(
    sweeper="schemes_close_windows", order=58, model=Scheme, due_query=schemes_due_to_close, apply=_close,
    district="district", lock=Q(state=SchemeState.NOTICES), related=("society",),
    description="Move a scheme of division, amalgamation or merger to its conditions once every member's and "
                "creditor's option window has closed (after the deemed assents of s.13(3), s.14(3))."))
