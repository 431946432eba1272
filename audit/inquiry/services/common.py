"""What the services share: messages, locking, permission checks and the order's register entry."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from orders.services import order_issue
from registrar.capabilities import Act, may

NOT_ALLOWED = _("Only the ARCS of the district or an officer above may do this.")
NOT_REGISTRAR = _("Only the Registrar, an Additional, Joint or Deputy Registrar may make a surcharge order.")
WRONG_STATE = _("That cannot be done at this stage of the case.")
REASONS_NEEDED = _("Give the reasons.")
SUBJECT_NEEDED = _("Give the subject of the inquiry.")
OFFICER_NEEDED = _("Name the inquiry officer: an officer of the district.")
DATE_IN_FUTURE = _("The date cannot be after today.")


def require(actor, act: Act, district_id: int, message=NOT_ALLOWED) -> None:
    if not may(actor, act, district_id):
        raise PermissionDenied(message)


def issue(kind, case, *, actor, today, subject: str):
    """Enter the order or letter in the register, about `case`, communicated the day it is made (the case's
    letters go out by the portal and registered post the same day; a later dispatch is recorded on the order)."""
    return order_issue(kind=kind.code, subject=subject, made_on=today, target=case, society=case.society,
                       district=case.district, officer=actor)
