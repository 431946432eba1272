"""Reads of schemes and their notices (for the pages, the PDFs and R2's conditions before effect)."""

from datetime import date

from django.db.models import Count, Q, QuerySet

from .models import OPEN_STATES, OptionState, Recipient, Scheme, SchemeNotice, SchemeRole


def _unserved_or_running(today: date) -> Q:
    """A notice whose window has not closed on `today`: not yet served, or served and its last day not passed.
    A member who voted for the resolution has no window once served (window_ends_on is empty)."""
    return Q(served_on__isnull=True) | Q(window_ends_on__gte=today)


def open_windows(scheme: Scheme, today: date) -> QuerySet[SchemeNotice]:
    """The scheme's notices whose windows are not closed on `today` (served or not), soonest end first; also
    empty while a transferor has prepared no notices at all: see windows_closed."""
    return (scheme.notices.filter(_unserved_or_running(today)).select_related("transferor__society")
            .order_by("window_ends_on", "pk"))


def windows_closed(scheme: Scheme, today: date) -> bool:
    """Every option window of the scheme has closed on `today` (s.13(4)(a), s.14(4)(a)): every transferor has
    served its notices, every notice is served, and every person's last day is before `today`. By the dates
    alone: an exercised option does not shorten the window; for a division or an amalgamation the silent are
    deemed to assent the day after their last day (the sweepers record it), for a merger the Registrar's order
    records the assents."""
    transferors = scheme.parties.filter(role=SchemeRole.TRANSFEROR).values_list("pk", flat=True)
    noticed = set(scheme.notices.values_list("transferor_id", flat=True).distinct())
    if not noticed or set(transferors) - noticed:
        return False
    return not scheme.notices.filter(_unserved_or_running(today)).exists()


def scheme_list_for_officer(user, *, state: str = "open") -> QuerySet[Scheme]:
    """Schemes of the officer's districts (registrar.selectors.in_jurisdiction), with notice counts."""
    from registrar.selectors import in_jurisdiction

    rows = in_jurisdiction(Scheme.objects.all(), user, district_field="district")
    if state == "open":
        rows = rows.filter(state__in=OPEN_STATES)
    elif state != "all":
        rows = rows.filter(state=state)
    return (rows.select_related("society", "district").annotate(**notice_counts())
            .order_by("windows_close_on", "-resolution_on", "pk"))


def notice_counts(prefix: str = "notices__") -> dict:
    """Aggregates per scheme: notices, served, open windows, withdrawals, assents (express and deemed)."""
    def count(**filters):
        return Count(f"{prefix}pk", filter=Q(**{f"{prefix}{k}": v for k, v in filters.items()}), distinct=True)

    return {
        "n_notices": Count(f"{prefix}pk", distinct=True),
        "n_unserved": count(served_on__isnull=True),
        "n_open": count(option=OptionState.OPEN),
        "n_withdrawing": count(option=OptionState.WITHDRAWING),
        "n_assented": count(option=OptionState.ASSENTED),
        "n_deemed": count(option=OptionState.DEEMED_ASSENT),
        "n_voted_for": count(option=OptionState.VOTED_FOR),
        "n_creditors": count(recipient=Recipient.CREDITOR),
    }


def scheme_counts(scheme: Scheme) -> dict:
    return Scheme.objects.filter(pk=scheme.pk).aggregate(**notice_counts())


def notices_of(scheme: Scheme, *, transferor=None, recipient: str | None = None, option: str | None = None):
    rows = scheme.notices.select_related("member", "transferor__society")
    if transferor is not None:
        rows = rows.filter(transferor=transferor)
    if recipient:
        rows = rows.filter(recipient=recipient)
    if option:
        rows = rows.filter(option=option)
    return rows.order_by("transferor_id", "recipient", "member__number", "name", "pk")


def schemes_of_society(society) -> QuerySet[Scheme]:
    """The schemes in which the society is a transferor (its own, or another's amalgamation)."""
    return (Scheme.objects.filter(parties__society=society, parties__role=SchemeRole.TRANSFEROR)
            .select_related("society").order_by("-resolution_on", "-pk").distinct())
