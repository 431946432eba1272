"""What every registration service shares: the messages (constants tests assert verbatim), the row lock,
notices inside the transaction, reference numbers, the dispatch check and the labels of an application."""

from datetime import date

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from orders.naming import order_subject
from registrar import bounds
from registrar.notify import notify
from registrar.numbering import next_number
from societies.models import Society

from ..models import RegistrationApplication
from ..selectors import DOCUMENTS_MISSING, NAME_NOT_LIMITED, TOO_FEW_PROMOTERS  # noqa: F401  (re-exported)

QUERY_ALREADY_ANSWERED = _("This query was already answered on %(on)s.")
ANSWER_DOCUMENT_MISSING = _("Item %(n)s asks for a corrected “%(kind)s”: upload it as a PDF.")
DECLARATION_MISSING = _("The application cannot be submitted without the applicants' declaration.")
DISPATCH_AFTER_LAST_DAY = _("The last day for a decision has passed: the Act deems the society registered. "
                            "The order can no longer be sent.")
DISPATCH_IN_FUTURE = _("The dispatch date cannot be in the future.")
DISPATCH_BEFORE_RECEIPT = _("The dispatch date cannot be before the application was received.")
REASONS_REQUIRED = _("Record the reasons for refusal.")
QUERY_EMPTY = _("A query letter needs at least one item.")
NOT_A_BANK = _("Only a co-operative bank needs RBI/NABARD clearance.")
HEARING_IN_PAST = _("The hearing date cannot be in the past.")
HEARING_AFTER_LAST_DAY = _("The hearing falls after the last day for a decision (%(due)s, day 60). A refusal sent "
                           "after that day is too late: the society will be deemed registered (proviso to s.11). "
                           "Choose an earlier date, or tick the confirmation to schedule it anyway.")
RECEIVED_IN_FUTURE = _("The date of receipt cannot be in the future.")
NOT_YOUR_DISTRICT = _("This district is outside your jurisdiction.")
PAPER_ALREADY_ENTERED = _("This paper application is already entered: %(number)s, received on %(received)s.")
ALREADY_REGISTERED = _("This application is already registered: registration number %(number)s.")
PAST_DEEMED_NOT_CONFIRMED = _("The last day for a decision has already passed for this date of receipt: the "
                              "application will be deemed registered at the next sweep. Confirm to save it.")
REVIEW_WINDOW_CLOSED = _("The refusal can no longer be reviewed: s.111(2) allows a review only within 60 days of "
                         "the order's communication (%(communicated)s), and the last day was %(last)s.")


def _lock(application_id: int) -> RegistrationApplication:
    return RegistrationApplication.objects.select_for_update(of=("self",)).select_related("district").get(pk=application_id)


def _notify_in_tx(user, *, key, subject, body, params=None, url=""):
    """In the service's transaction: the notice and its outbox rows commit with the effect, or not at all
    (issue 11 § 4; a notice made after the commit was lost when the process died in between)."""
    notify(user, key=key, subject=subject, body=body, params=params, url=url)


def _existing_max(queryset, field: str, prefix: str) -> int:
    """Highest sequence already issued under `prefix` before the locked counter existed (the counter's floor)."""
    values = queryset.filter(**{f"{field}__startswith": prefix}).values_list(field, flat=True)
    return max((int(v.rsplit("/", 1)[1]) for v in values if v.rsplit("/", 1)[1].isdigit()), default=0)


def _next_acknowledgement_number(district, year: int) -> str:
    """RCS/SNT/2026/000123, taken under a row lock (registrar.numbering) so concurrent submissions never collide."""
    prefix = f"RCS/{district.code}/{year}/"
    floor = _existing_max(RegistrationApplication.objects, "acknowledgement_number", prefix)
    return f"{prefix}{next_number('acknowledgement', district, year, floor=floor):06d}"


def _next_registration_number(district, year: int) -> str:
    prefix = f"{district.code}/REG/{year}/"
    floor = _existing_max(Society.objects, "registration_number", prefix)
    return f"{prefix}{next_number('registration', district, year, floor=floor):04d}"


def _check_dispatch(application, dispatched_on: date, today: date) -> None:
    bounds.validate_since_commencement(dispatched_on)
    if dispatched_on > today:
        raise ValidationError(DISPATCH_IN_FUTURE)
    if application.received_on and dispatched_on < application.received_on:
        raise ValidationError(DISPATCH_BEFORE_RECEIPT)
    if application.decision_due_on and dispatched_on > application.decision_due_on:
        raise ValidationError(DISPATCH_AFTER_LAST_DAY)


def _application_subject(application) -> str:
    return order_subject(application.proposed_name, application.acknowledgement_number or "")


def _detail_url(application) -> str:
    return reverse("application_detail", args=[application.pk])


# ---- applicant -----------------------------------------------------------------------------------------------
