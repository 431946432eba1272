"""Notices of the scheme and the options (issue 17 point 2): one notice to every member on the register on the
resolution day and to every creditor the society lists; the service date per person, from which that person's
30 days run; the members who voted for the resolution (no option); each option as exercised.

Each transferor serves its own members and creditors (amalgamation_withdrawal_option_30d notes), so every
service names the transferor society whose secretary acts."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from membership.selectors import on_register, register_as_at
from registrar import activity
from societies.bylaws.rules import parse_numbers

from .. import rules
from ..actions import SchemeAction
from ..models import OptionState, Recipient, Scheme, SchemeNotice, SchemeRole, SchemeState, ServiceMethod
from .common import NOT_OPEN_FOR_NOTICES, d, lock_scheme, require_sanction, require_transferor_secretary

NO_MEMBERS = _("The register of members of %(name)s shows no members on %(day)s, the day of the resolution.")
SERVED_BEFORE_RESOLUTION = _("A notice cannot be served before the resolution (%(day)s).")
SERVED_IN_FUTURE = _("The date of service cannot be after today.")
REFERENCE_NEEDED = _("Give the registered-post number or the e-mail delivery reference.")
EMAIL_NEEDED = _("This person has no e-mail address on the notice: serve by post or by hand.")
ALREADY_DECIDED = _("%(name)s has already exercised the option (%(option)s): the service can no longer change.")
NOT_OPEN = _("%(name)s has no open window (%(option)s).")
WINDOW_ENDED = _("%(name)s's window ended on %(day)s: the service can no longer change.")
OPTION_OUTSIDE = _("The option must be dated within %(name)s's window, %(start)s to %(end)s.")
OPTION_IN_FUTURE = _("The option cannot be dated after today.")
OPTION_UNKNOWN = _("Choose withdraw or assent.")
NUMBERS_UNREADABLE = _("Give member numbers separated by commas or lines (ranges as 12-15); %(token)s is not one.")
NOT_NOTICED = _("No notice of this scheme to the member number(s) %(numbers)s.")
MORE_THAN_VOTES = _("%(count)s members marked, but the resolution had only %(votes)s votes for.")
VOTED_ALREADY_OPTED = _("These members have already exercised their option: %(numbers)s.")
NO_NOTICES = _("Choose at least one notice.")
SERVICE_METHODS = frozenset(ServiceMethod.values)
# The options a secretary records; deemed assent is the sweeper's, VOTED_FOR the list's.
RECORDED_OPTIONS = frozenset({OptionState.WITHDRAWING, OptionState.ASSENTED})
DECIDED = frozenset({OptionState.WITHDRAWING, OptionState.ASSENTED, OptionState.DEEMED_ASSENT})


def _open_for_notices(scheme: Scheme) -> None:
    if scheme.state not in (SchemeState.RESOLVED, SchemeState.NOTICES):
        raise ValidationError(NOT_OPEN_FOR_NOTICES, params={"state": scheme.get_state_display()})


def refresh_windows_close_on(scheme: Scheme) -> None:
    """Scheme.windows_close_on: the last day of the last window once every transferor has its notices and every
    notice is served (the day after it, every window is closed); None before. A member who voted for the
    resolution has no window; a scheme whose notices are all to such members closes the day after the last
    service. Saved by the caller's service (inside its transaction)."""
    notices = SchemeNotice.objects.filter(scheme=scheme)
    transferors = scheme.parties.filter(role=SchemeRole.TRANSFEROR).count()
    noticed = notices.values("transferor").distinct().count()
    if noticed < transferors or notices.filter(served_on__isnull=True).exists():
        close_on = None
    else:
        last = notices.aggregate(window=Max("window_ends_on"), served=Max("served_on"))
        close_on = last["window"] or last["served"]
    if close_on != scheme.windows_close_on:
        scheme.windows_close_on = close_on
        scheme.save(update_fields=["windows_close_on"])


@transaction.atomic
def notices_prepare(*, actor, scheme_id: int, society_id: int, today: date) -> int:
    """A notice to every member on the transferor's register on the resolution day (membership.selectors, the
    register as at that day), with the member's share value on that day (a division's allotment of members to the
    new societies is on the scheme: assignment.member_successors). Running it again adds only members not yet
    noticed."""
    scheme = lock_scheme(scheme_id)
    party = require_transferor_secretary(actor, scheme, society_id)
    _open_for_notices(scheme)
    require_sanction(scheme)
    day = scheme.resolution_on
    rows = list(register_as_at(party.society_id, day, include_former=False).filter(on_register(day)))
    if not rows:
        raise ValidationError(NO_MEMBERS, params={"name": party.society.name, "day": d(day)})
    have = set(SchemeNotice.objects.filter(scheme=scheme, member__isnull=False).values_list("member_id", flat=True))
    new = [SchemeNotice(scheme=scheme, transferor=party, recipient=Recipient.MEMBER, member_id=row.member_id,
                        name=row.name, address=row.address, amount=row.shares_value or 0) for row in rows if row.member_id not in have]
    SchemeNotice.objects.bulk_create(new)
    refresh_windows_close_on(scheme)
    activity.record(SchemeAction.NOTICES_PREPARED, actor=actor, society=party.society, target=scheme,
                    data={"members": len(new), "as_at": day})
    return len(new)


@transaction.atomic
def notices_mark_voted_for(*, actor, scheme_id: int, society_id: int, today: date, numbers: str) -> int:
    """The members of this transferor who voted for the resolution have no option (s.13(2), s.14(2): the option
    is for a member "who did not vote in favour"). The list replaces the earlier one: a member left off it is
    given back their window (from their service date, if served)."""
    scheme = lock_scheme(scheme_id)
    party = require_transferor_secretary(actor, scheme, society_id)
    _open_for_notices(scheme)
    try:
        wanted = set(parse_numbers(numbers))
    except ValueError as exc:
        raise ValidationError({"numbers": [ValidationError(NUMBERS_UNREADABLE,
                                                           params={"token": str(exc)[:20]})]}) from None
    notices = {n.member.number: n for n in SchemeNotice.objects.select_for_update(of=("self",))
               .select_related("member").filter(scheme=scheme, transferor=party, recipient=Recipient.MEMBER)}
    unknown = wanted - set(notices)
    if unknown:
        raise ValidationError({"numbers": [ValidationError(NOT_NOTICED, params={
            "numbers": ", ".join(str(n) for n in sorted(unknown)[:30])})]})
    if party.society_id == scheme.society_id and len(wanted) > scheme.votes_for:
        raise ValidationError({"numbers": [ValidationError(MORE_THAN_VOTES, params={
            "count": len(wanted), "votes": scheme.votes_for})]})
    opted = sorted(n for n in wanted if notices[n].option in DECIDED)
    if opted:
        raise ValidationError({"numbers": [ValidationError(VOTED_ALREADY_OPTED, params={
            "numbers": ", ".join(str(n) for n in opted[:30])})]})
    changed = []
    for number, notice in notices.items():
        if number in wanted and notice.option != OptionState.VOTED_FOR:
            notice.option, notice.window_ends_on = OptionState.VOTED_FOR, None
            changed.append(notice)
        elif number not in wanted and notice.option == OptionState.VOTED_FOR:
            _open_window(scheme, notice)
            changed.append(notice)
    SchemeNotice.objects.bulk_update(changed, ["option", "window_ends_on"])
    refresh_windows_close_on(scheme)
    activity.record(SchemeAction.VOTED_FOR_MARKED, actor=actor, society=party.society, target=scheme,
                    data={"voted_for": sorted(wanted), "changed": len(changed)})
    return len(wanted)


def _open_window(scheme: Scheme, notice: SchemeNotice) -> None:
    """The person's window from their own service date (the statute engine, rules.option_last_day)."""
    if notice.served_on is None:
        notice.option, notice.window_ends_on = OptionState.NOT_SERVED, None
    else:
        notice.option = OptionState.OPEN
        notice.window_ends_on = rules.option_last_day(scheme.kind, notice.served_on)


@transaction.atomic
def notices_record_service(*, actor, scheme_id: int, society_id: int, notice_ids: list[int], today: date,
                           served_on: date, method: str, reference: str = "") -> int:
    """The date each notice was served and how (registered post, by hand, or e-mail with its delivery
    reference); the person's 30 days run from it (rules.option_last_day: division_withdrawal_option_30d,
    amalgamation_withdrawal_option_30d, merger_withdrawal_option_30d). The first service moves the scheme to
    its notice stage. A service may be corrected until the person has opted."""
    scheme = lock_scheme(scheme_id)
    party = require_transferor_secretary(actor, scheme, society_id)
    _open_for_notices(scheme)
    require_sanction(scheme)
    errors = {}
    if method not in SERVICE_METHODS:
        errors["method"] = [ValidationError(_("Choose how the notice was served."))]
    if served_on > today:
        errors["served_on"] = [ValidationError(SERVED_IN_FUTURE)]
    elif served_on < scheme.resolution_on:
        errors["served_on"] = [ValidationError(SERVED_BEFORE_RESOLUTION, params={"day": d(scheme.resolution_on)})]
    if method in (ServiceMethod.POST, ServiceMethod.EMAIL) and not reference.strip():
        errors["reference"] = [ValidationError(REFERENCE_NEEDED)]
    if errors:
        raise ValidationError(errors)
    notices = list(SchemeNotice.objects.select_for_update(of=("self",))
                   .filter(scheme=scheme, transferor=party, pk__in=notice_ids).order_by("pk"))
    if not notices:
        raise ValidationError(NO_NOTICES)
    for notice in notices:
        if notice.option in DECIDED:
            raise ValidationError(ALREADY_DECIDED, params={"name": notice.name, "option": notice.get_option_display()})
        if notice.option == OptionState.OPEN and notice.window_ends_on < today:
            # A window that has run out is not reopened by re-dating its service (deemed assent, s.13(3)).
            raise ValidationError(WINDOW_ENDED, params={"name": notice.name, "day": d(notice.window_ends_on)})
        if method == ServiceMethod.EMAIL and not notice.email:
            raise ValidationError({"method": [ValidationError(EMAIL_NEEDED)]})
        notice.served_on, notice.service_method, notice.service_reference = served_on, method, reference.strip()
        if notice.option != OptionState.VOTED_FOR:
            _open_window(scheme, notice)
    SchemeNotice.objects.bulk_update(notices, ["served_on", "service_method", "service_reference", "option",
                                               "window_ends_on"])
    if scheme.state == SchemeState.RESOLVED:
        scheme.notices_served()
        scheme.save(update_fields=["state"])
    refresh_windows_close_on(scheme)
    activity.record(SchemeAction.NOTICE_SERVED, actor=actor, society=party.society, target=scheme, data={
        "notices": [n.pk for n in notices], "served_on": served_on, "method": method,
        "reference": reference.strip(), "window_ends_on": notices[0].window_ends_on})
    return len(notices)


@transaction.atomic
def notice_record_option(*, actor, scheme_id: int, society_id: int, notice_id: int, today: date, option: str,
                         on: date) -> SchemeNotice:
    """A member who did not vote for the resolution, or a creditor, withdraws their share or claim (or assents)
    within 30 days of their own service (s.13(2), s.14(2), s.15(2)). The withdrawal is then a claim the
    society must meet before the scheme takes effect (s.13(4)(a))."""
    scheme = lock_scheme(scheme_id)
    party = require_transferor_secretary(actor, scheme, society_id)
    notice = (SchemeNotice.objects.select_for_update(of=("self",))
              .filter(scheme=scheme, transferor=party, pk=notice_id).first())
    if notice is None:
        raise ValidationError(NO_NOTICES)
    if option not in RECORDED_OPTIONS:
        raise ValidationError({"option": [ValidationError(OPTION_UNKNOWN)]})
    if notice.option != OptionState.OPEN or scheme.state != SchemeState.NOTICES:
        raise ValidationError(NOT_OPEN, params={"name": notice.name, "option": notice.get_option_display()})
    if on > today:
        raise ValidationError({"on": [ValidationError(OPTION_IN_FUTURE)]})
    if not notice.served_on <= on <= notice.window_ends_on:
        raise ValidationError({"on": [ValidationError(OPTION_OUTSIDE, params={
            "name": notice.name, "start": d(notice.served_on), "end": d(notice.window_ends_on)})]})
    notice.option, notice.option_on = option, on
    notice.save(update_fields=["option", "option_on"])
    activity.record(SchemeAction.OPTION_RECORDED, actor=actor, society=party.society, target=scheme, data={
        "notice": notice.pk, "recipient": notice.recipient, "option": option, "on": on, "amount": notice.amount})
    return notice
