"""The officer in charge under s.41(6): when the Board has ceased, the Registrar (the ARCS of the district or an
officer above) appoints a departmental officer to act as the Board and constitute a new one within 90 days."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from orders.kinds import OFFICER_IN_CHARGE
from orders.models import Order
from orders.naming import order_subject
from orders.services import order_issue
from registrar import activity
from registrar.models import Officer
from registrar.notify import notify
from registrar.selectors import officers_in_district, society_secretaries
from societies.choices import GovernanceStatus
from societies.models import Society

from .. import rules
from ..actions import GovernanceAction
from ..models import OfficerAppointment
from ..permissions import require_supervisor

NOT_CEASED = _("An officer can be appointed only when the society's Board has ceased or been dissolved "
               "(s.41(6)). This society's Board is: %(status)s.")
APPOINTED_IN_FUTURE = _("The date of appointment cannot be in the future.")
APPOINTED_BEFORE_CEASING = _("The date of appointment cannot be before the Board ceased (%(on)s).")
NOT_AN_OFFICER_HERE = _("Choose an officer with jurisdiction in the society's district.")
ORDER_NUMBER_TAKEN = _("Order number %(number)s is already used for another appointment.")
ORDER_NUMBER_REQUIRED = _("Enter the number of the appointment order.")

APPOINTED_SUBJECT = _("%(society)s: officer in charge under s.41(6)")
APPOINTED_BODY = _("By order %(number)s dated %(on)s, %(officer)s acts as the Board of %(society)s and is to "
                   "constitute a new Board by %(due)s (s.41(6)).")


def eligible_officers(society):
    """Officers who may be put in charge: active officers posted with jurisdiction in the district, and the
    Directorate (state-wide ranks)."""
    from django.db.models import Q

    from registrar.models.office import STATEWIDE_RANKS

    in_district = officers_in_district(society.district_id).values_list("pk", flat=True)
    return (Officer.objects.filter(is_active=True).filter(Q(pk__in=list(in_district)) | Q(rank__in=STATEWIDE_RANKS))
            .select_related("user").order_by("rank", "user__first_name", "pk"))


@transaction.atomic
def officer_appoint(*, society_id: int, actor, officer: Officer, appointed_on: date, order_number: str,
                    today: date) -> OfficerAppointment:
    """Appoint `officer` as officer in charge. PermissionDenied unless the actor supervises the society;
    ValidationError for a bad date, officer, order number or a society whose Board has not ceased."""
    society = Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)
    require_supervisor(actor, society)
    if society.governance_status != GovernanceStatus.BOARD_CEASED:
        raise ValidationError(NOT_CEASED, params={"status": society.get_governance_status_display()})
    if appointed_on > today:
        raise ValidationError(APPOINTED_IN_FUTURE)
    last_board = society.boards.exclude(ended_on__isnull=True).order_by("-ended_on").first()
    if last_board and appointed_on < last_board.ended_on:
        raise ValidationError(APPOINTED_BEFORE_CEASING, params={"on": f"{last_board.ended_on:%d %b %Y}"})
    if not eligible_officers(society).filter(pk=officer.pk).exists():
        raise ValidationError(NOT_AN_OFFICER_HERE)
    order_number = (order_number or "").strip()
    if not order_number:
        raise ValidationError(ORDER_NUMBER_REQUIRED)
    # The number is typed from the paper order; it is also its number in the register of orders (unique there).
    if (OfficerAppointment.objects.filter(order_number=order_number).exists()
            or Order.objects.filter(number=order_number).exists()):
        raise ValidationError(ORDER_NUMBER_TAKEN, params={"number": order_number})
    appointment = OfficerAppointment.objects.create(
        society=society, officer=officer.user, appointed_by=actor, appointed_on=appointed_on,
        order_number=order_number, board_due_on=rules.officer_board_last_day(appointed_on),
    )
    society.officer_appointed()
    society.save(update_fields=["governance_status"])
    order_issue(kind=OFFICER_IN_CHARGE.code, subject=order_subject(society.name, "officer in charge under s.41(6)"),
                made_on=appointed_on, target=appointment, society=society, officer=actor, number=order_number)
    activity.record(GovernanceAction.OFFICER_APPOINTED, actor=actor, society=society, target=appointment,
                    data={"officer": officer.user.get_full_name() or officer.user.username, "order": order_number,
                          "appointed_on": appointed_on, "board_due_on": appointment.board_due_on})
    params = {"society": society.name, "number": order_number, "on": f"{appointed_on:%d %b %Y}",
              "officer": officer.user.get_full_name() or officer.user.username,
              "due": f"{appointment.board_due_on:%d %b %Y}"}
    url = reverse("office_appoint_officer", args=[society.pk])

    def send():
        for user in [officer.user, *society_secretaries(society)]:
            notify(user, key=f"officer_appointed:{appointment.pk}", subject=APPOINTED_SUBJECT, body=APPOINTED_BODY,
                   params=params, url=url if user.pk == officer.user_id else "")

    transaction.on_commit(send)
    return appointment
