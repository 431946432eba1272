"""General-meeting proceedings: filed online by the secretary, approved or returned by the ARCS within 15 days
of receipt, otherwise deemed approved from day 16 (s.45(1); the sweeper proceedings_deem_approved does that).

A returned filing stays as it was; the society files anew, which is a new row with its own 15 days.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.holidays import holidays_around
from registrar.notify import notify
from registrar.numbering import next_number
from registrar.selectors import officers_in_district, society_secretaries
from societies.uploads import check_filing_quota, check_pdf

from .. import permissions, rules
from ..actions import GovernanceAction
from ..models import GeneralMeeting, Proceedings
from .board import lock_society, long_date
from .meetings import general_meeting_is_held

MEETING_NOT_HELD = _("Proceedings can be filed only for a meeting that was held (with quorum, or its adjourned "
                     "sitting, s.34).")
ALREADY_FILED = _("Proceedings of this meeting are already filed (%(state)s). File again only if they are "
                  "returned with observations.")
SUMMARY_REQUIRED = _("Write a summary of the proceedings.")
OBSERVATIONS_REQUIRED = _("Write the observations the society must answer.")
PAST_APPROVAL_DAY = _("The 15 days to decide ended on %(day)s: the proceedings are deemed approved from the next "
                      "day (s.45(1)) and can no longer be approved or returned.")

FILED_SUBJECT = _("Proceedings filed: %(society)s")
FILED_BODY = _("%(society)s filed the proceedings of its meeting of %(held)s. Approve or return them by %(by)s; "
               "after that they are deemed approved (s.45(1)).")
APPROVED_SUBJECT = _("Proceedings approved: %(society)s")
APPROVED_BODY = _("The proceedings of the meeting of %(held)s were approved on %(on)s.")
RETURNED_SUBJECT = _("Proceedings returned: %(society)s")
RETURNED_BODY = _("The proceedings of the meeting of %(held)s were returned on %(on)s with these observations: "
                  "%(observations)s. File corrected proceedings from the society's page.")


def _notify_in_tx(users, *, key, subject, body, params, url):
    """In the service's transaction: the notices and their outbox rows commit with the decision (issue 11 § 4)."""
    for user in users:
        notify(user, key=key, subject=subject, body=body, params=params, url=url)


def _lock(proceedings_id: int) -> Proceedings:
    return Proceedings.objects.select_for_update(of=("self",)).select_related("society__district", "meeting") \
        .get(pk=proceedings_id)


def acknowledgement_number(district, year: int) -> str:
    """PRC/<district>/<year>/<n>: the series counter is locked until the filing commits, so numbers are gap-free
    and never shared (as for annual returns' RET/...)."""
    return f"PRC/{district.code}/{year}/{next_number('proceedings', district, year):06d}"


@transaction.atomic
def proceedings_file(*, meeting_id: int, actor, today: date, document, summary: str) -> Proceedings:
    """File the proceedings of a held general meeting: received today. The 15-day filing period
    (gm_proceedings_to_registrar_15d, rolled past closed days) is recorded and shown; a late filing is still
    received. The Registrar's 15 days (gm_proceedings_deemed_approved_15d) run from receipt."""
    meeting = GeneralMeeting.objects.select_related("society").get(pk=meeting_id)
    society = lock_society(meeting.society_id)
    permissions.require_secretary(actor, society)
    if not general_meeting_is_held(meeting) or meeting.adjourned_to is not None:
        raise ValidationError(MEETING_NOT_HELD)
    pending = meeting.proceedings.exclude(state=Proceedings.State.RETURNED).first()
    if pending is not None:
        raise ValidationError(ALREADY_FILED, params={"state": pending.get_state_display()})
    if not summary.strip():
        raise ValidationError(SUMMARY_REQUIRED)
    check_pdf(document)  # free when the form checked it: each file is read once
    check_filing_quota([document])
    proceedings = Proceedings.objects.create(
        meeting=meeting, society=society, document=document, original_name=document.name[:200], summary=summary,
        received_on=today,
        filing_last_day=rules.proceedings_filing_last_day(meeting.held_on, holidays_around(meeting.held_on)),
        approval_last_day=rules.proceedings_approval_last_day(today), filed_by=actor,
        acknowledgement_number=acknowledgement_number(society.district, today.year),
    )
    activity.record(GovernanceAction.PROCEEDINGS_FILED, actor=actor, society=society, target=proceedings, data={
        "acknowledgement": proceedings.acknowledgement_number,
        "meeting": meeting.pk, "held_on": meeting.held_on, "received_on": today,
        "filing_last_day": proceedings.filing_last_day, "late": proceedings.is_late,
        "approval_last_day": proceedings.approval_last_day,
    })
    officers = [o.user for o in officers_in_district(society.district)]
    _notify_in_tx(officers, key=f"proceedings-filed:{proceedings.pk}", subject=FILED_SUBJECT, body=FILED_BODY,
                  params={"society": society.name, "held": f"{meeting.held_on:%d %b %Y}",
                          "by": f"{proceedings.approval_last_day:%d %b %Y}"},
                  url=reverse("office_proceedings_detail", args=[proceedings.pk]))
    return proceedings


def _check_decidable(proceedings: Proceedings, actor, today: date) -> None:
    permissions.require_supervisor(actor, proceedings.society)
    if proceedings.state == Proceedings.State.FILED and today > proceedings.approval_last_day:
        raise ValidationError(PAST_APPROVAL_DAY, params={"day": long_date(proceedings.approval_last_day)})


@transaction.atomic
def proceedings_approve(*, proceedings_id: int, actor, today: date) -> Proceedings:
    """Approve within 15 days of receipt (s.45(1)). TransitionNotAllowed unless awaiting approval."""
    proceedings = _lock(proceedings_id)
    _check_decidable(proceedings, actor, today)
    proceedings.approve(on=today, by=actor)
    proceedings.save(update_fields=["state", "decided_on", "decided_by"])
    society = proceedings.society
    activity.record(GovernanceAction.PROCEEDINGS_APPROVED, actor=actor, society=society, target=proceedings,
                    data={"on": today, "received_on": proceedings.received_on})
    _notify_in_tx(society_secretaries(society), key=f"proceedings-decided:{proceedings.pk}",
                  subject=APPROVED_SUBJECT, body=APPROVED_BODY,
                  params={"society": society.name, "held": f"{proceedings.meeting.held_on:%d %b %Y}",
                          "on": f"{today:%d %b %Y}"},
                  url=reverse("society_general_meetings", args=[society.pk]))
    return proceedings


@transaction.atomic
def proceedings_return(*, proceedings_id: int, actor, today: date, observations: str) -> Proceedings:
    """Return with observations within 15 days of receipt (lifecycles.md §15 item 10); the society files anew."""
    proceedings = _lock(proceedings_id)
    _check_decidable(proceedings, actor, today)
    if not observations.strip():
        raise ValidationError(OBSERVATIONS_REQUIRED)
    proceedings.return_with_observations(on=today, by=actor, observations=observations.strip())
    proceedings.save(update_fields=["state", "decided_on", "decided_by", "observations"])
    society = proceedings.society
    activity.record(GovernanceAction.PROCEEDINGS_RETURNED, actor=actor, society=society, target=proceedings,
                    data={"on": today, "observations": proceedings.observations})
    _notify_in_tx(society_secretaries(society), key=f"proceedings-decided:{proceedings.pk}",
                  subject=RETURNED_SUBJECT, body=RETURNED_BODY,
                  params={"society": society.name, "held": f"{proceedings.meeting.held_on:%d %b %Y}",
                          "on": f"{today:%d %b %Y}", "observations": proceedings.observations},
                  url=reverse("society_general_meetings", args=[society.pk]))
    return proceedings
