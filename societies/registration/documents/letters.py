"""The letters of scrutiny, A4 in English with Assamese labels: the query memo (s.10(1)), the hearing notice
before a refusal (proviso to s.10(2)) and the refusal order with its reasons and dispatch date (s.10(2))."""

import functools

from django.utils import timezone, translation

from orders import kinds as order_kinds
from orders.services import order_for, orders_for
from registrar.models import ActivityEntry
from societies.actions import SocietyAction


def _entry(application, action: str) -> ActivityEntry | None:
    """The latest activity entry of `action` for this application (who signed, and the notice's particulars)."""
    return (ActivityEntry.objects.filter(action=action, target=f"societies.registrationapplication:{application.pk}")
            .select_related("actor__officer__office").order_by("-seq").first())


def _signatory(user) -> dict:
    if user is None:
        return {"name": "", "rank": "", "office": ""}
    officer = user.officer_profile
    return {"name": user.get_full_name() or user.username,
            "rank": officer.get_rank_display() if officer else "", "office": officer.office.name if officer else ""}


def _order_number(target, kind: str) -> str:
    """The letter's or order's number in the register (the latest of its kind on the record), or ""."""
    found = [order for order in orders_for(target) if order.kind == kind]
    in_force = [order for order in found if order.in_force]
    latest = (in_force or found or [None])[-1]
    return latest.number if latest is not None else ""


def _applicant_name(application) -> str:
    if application.paper_applicant_name:
        return application.paper_applicant_name
    return application.applicant.get_full_name() or application.applicant.username


def in_english(build):
    """Letters are English with Assamese beside it, the same document whoever downloads it: the English text's
    dates are English; the Assamese parts use `date_as` (issue 25 point 7)."""
    @functools.wraps(build)
    def wrapper(*args, **kwargs):
        with translation.override("en"):
            return build(*args, **kwargs)
    return wrapper


@in_english
def query_memo_pdf(memo) -> bytes:
    from . import render_pdf

    application = memo.application
    return render_pdf("societies/pdf/query_memo.html", {
        "memo": memo, "application": application, "items": list(memo.items.all()),
        "applicant_name": _applicant_name(application), "signatory": _signatory(memo.sent_by),
        "order_number": (found.number if (found := order_for(memo, order_kinds.QUERY_MEMO.code)) else ""),
    })


def hearing_details(application) -> dict:
    """Time, place, grounds and notice date of the hearing (stored on the application when it was scheduled),
    and who scheduled it (from the activity entry)."""
    entry = _entry(application, SocietyAction.HEARING_SCHEDULED)
    return {"time": application.hearing_time.strftime("%H:%M") if application.hearing_time else "",
            "place": application.hearing_place, "grounds": application.hearing_grounds,
            "notice_on": application.hearing_notice_on,
            "after_last_day": bool(application.hearing_on and application.decision_due_on
                                   and application.hearing_on > application.decision_due_on),
            "actor": entry.actor if entry else None, "at": entry.at if entry else None}


@in_english
def hearing_notice_pdf(application) -> bytes:
    from . import render_pdf

    details = hearing_details(application)
    notice_on = details["notice_on"] or (timezone.localdate(details["at"]) if details["at"] else None)
    return render_pdf("societies/pdf/hearing_notice.html", {
        "application": application, "hearing": details, "notice_on": notice_on,
        "applicant_name": _applicant_name(application), "signatory": _signatory(details["actor"]),
        "order_number": _order_number(application, order_kinds.HEARING_NOTICE.code),
    })


@in_english
def refusal_order_pdf(application) -> bytes:
    from . import render_pdf

    entry = _entry(application, SocietyAction.APPLICATION_REFUSED)
    return render_pdf("societies/pdf/refusal_order.html", {
        "application": application, "applicant_name": _applicant_name(application),
        "recorded_on": timezone.localdate(entry.at) if entry else None, "hearing": hearing_details(application),
        "signatory": _signatory(entry.actor if entry else None),
        "order_number": _order_number(application, order_kinds.REFUSAL.code),
    })
