"""Builders for admission and leaving: applications and terminations made through the services."""

from datetime import date, timedelta

from membership.models import Channel, Gender
from membership.services import admission, leaving

PARTICULARS = {"name": "Junmoni Kalita", "parent_name": "Dilip Kalita", "parent_relation": "father",
               "gender": Gender.WOMAN, "age_years": 34, "address": "Borgang, Sonitpur"}


def paper_application(society, secretary, *, received_on=date(2026, 2, 1), name="Junmoni Kalita", **extra):
    return admission.application_submit(
        society_id=society.pk, actor=secretary, today=received_on, channel=Channel.PAPER,
        particulars={**PARTICULARS, "name": name, **extra}, applied_on=received_on, received_on=received_on)


def terminate(member, secretary, *, decided_on=date(2026, 3, 1), received_on=None, votes_for=3,
              present_and_voting=4, bar_years=2, today=None):
    received_on = received_on or decided_on + timedelta(days=3)
    return leaving.termination_resolve(
        member_id=member.pk, actor=secretary, today=today or received_on, ground="c",
        ground_detail="Dues of Rs 12,000 unpaid since 2023 despite three notices.", decided_on=decided_on,
        heard_on=decided_on - timedelta(days=7), present_and_voting=present_and_voting, votes_for=votes_for,
        bar_until=decided_on.replace(year=decided_on.year + bar_years), communicated_on=decided_on,
        received_on=received_on)


def general_meeting(society, secretary, held_on):
    from societies.governance.models import GeneralMeeting

    return GeneralMeeting.objects.create(
        society=society, kind=GeneralMeeting.Kind.SPECIAL, held_on=held_on, members_eligible=100,
        members_present=60, quorum_required=34, quorum_met=True, recorded_on=held_on, recorded_by=secretary)
