"""Admission (s.20): the deemed-admission sweeper counted from receipt, the Board's decision, the refusal in the
register of orders and the applicant's appeal to the General Assembly."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from membership.clocks import DEEMED_ADMISSION
from membership.models import AdmissionBasis, AppState, Gender, Member, MembershipApplication, MemberVersion
from membership.selectors import register_counts
from membership.services import admission
from orders.models import Order
from registrar.activity import ActivityEntry
from registrar.clocks.derive import expiry_sweep
from registrar.models import Notification
from tests.gov_sweepers.helpers import make_society

from .helpers import general_meeting, paper_application

pytestmark = pytest.mark.django_db
RECEIVED = date(2026, 2, 1)      # + 90 days = 2 May 2026 (day 90); deemed admitted from 3 May (day 91)
DAY_90, DAY_91 = date(2026, 5, 2), date(2026, 5, 3)


@pytest.fixture
def society(secretary):
    return make_society("SNT", secretary=secretary, name="Borgang Weavers Co-operative Society Limited")


def _fresh(application):
    return MembershipApplication.objects.get(pk=application.pk)


def test_deemed_admission_not_on_day_90_counted_from_receipt(society, secretary):
    application = paper_application(society, secretary, received_on=RECEIVED)
    assert (application.decision_due_on, application.deemed_last_day) == (date(2026, 4, 2), DAY_90)
    assert expiry_sweep(DEEMED_ADMISSION, today=DAY_90).count == 0
    assert _fresh(application).state == AppState.APPLIED
    assert not Member.objects.filter(society=society).exists()


def test_deemed_admission_on_day_91_enters_the_register_without_a_vote(society, secretary):
    application = paper_application(society, secretary, received_on=RECEIVED)
    result = expiry_sweep(DEEMED_ADMISSION, today=DAY_91)
    assert result.count == 1, result.problems
    application = _fresh(application)
    member = application.member
    assert application.state == AppState.DEEMED_ADMITTED
    assert (member.admitted_on, member.admission_basis, member.voting_pending) == (
        DAY_91, AdmissionBasis.DEEMED, True)
    assert MemberVersion.objects.get(member=member).valid_from == DAY_91
    counts = register_counts(society.pk, DAY_91)
    assert (counts.members, counts.voting) == (1, 0)
    assert register_counts(society.pk, DAY_90).members == 0
    assert ActivityEntry.objects.filter(action="membership.application_deemed_admitted").count() == 1
    assert Notification.objects.filter(recipient=secretary, key__endswith=":deemed").count() == 1


def test_deemed_admission_run_twice_admits_once(society, secretary):
    paper_application(society, secretary, received_on=RECEIVED)
    assert expiry_sweep(DEEMED_ADMISSION, today=DAY_91).count == 1
    assert expiry_sweep(DEEMED_ADMISSION, today=DAY_91).count == 0
    assert Member.objects.filter(society=society).count() == 1
    assert ActivityEntry.objects.filter(action="membership.application_deemed_admitted").count() == 1


def test_deemed_admission_run_late_is_dated_day_91(society, secretary, citizen):
    online = admission.application_submit(
        society_id=society.pk, actor=citizen, today=date(2026, 2, 10), channel="online",
        particulars={"name": "Hemanta Nath", "parent_name": "Bipul Nath", "parent_relation": "father",
                     "gender": "man", "age_years": 45, "address": "Tezpur"})
    paper = paper_application(society, secretary, received_on=RECEIVED)
    result = expiry_sweep(DEEMED_ADMISSION, today=date(2026, 7, 20))  # beat down for weeks
    assert result.count == 2
    assert _fresh(paper).member.admitted_on == DAY_91
    assert _fresh(online).member.admitted_on == date(2026, 5, 12)  # 10 Feb + 90 = 11 May; from 12 May
    assert sorted(Member.objects.filter(society=society).values_list("number", flat=True)) == [1, 2]
    note = Notification.objects.get(recipient=citizen, key__endswith=":deemed")
    assert "deemed admitted" in note.body and "12 May 2026" in note.body


def test_deemed_admission_stopped_by_a_refusal_communicated_by_day_90(society, secretary):
    application = paper_application(society, secretary, received_on=RECEIVED)
    order = admission.application_refuse(
        application_id=application.pk, actor=secretary, today=DAY_90, decided_on=date(2026, 4, 1),
        reasons="Lives outside the area of operation.", communicated_on=DAY_90, received_on=DAY_90)
    assert (order.issuer, order.kind, order.received_on, order.appealable) == (
        "society", "membership.refusal", DAY_90, True)
    assert expiry_sweep(DEEMED_ADMISSION, today=DAY_91).count == 0
    assert _fresh(application).state == AppState.REFUSED
    # s.24(2): the record is held to the later of decision + 30 days and the appeal window (2 May + 60 = 1 Jul).
    assert _fresh(application).record_held_until == date(2026, 7, 1)


def test_refusal_communicated_after_day_90_is_refused_as_deemed_admitted(society, secretary):
    application = paper_application(society, secretary, received_on=RECEIVED)
    with pytest.raises(ValidationError) as exc:
        admission.application_refuse(
            application_id=application.pk, actor=secretary, today=date(2026, 5, 10), decided_on=date(2026, 4, 30),
            reasons="Lives outside the area.", communicated_on=DAY_91, received_on=DAY_91)
    assert "deemed admitted from 03 May 2026" in exc.value.messages[0]
    assert not Order.objects.exists()


def test_refusal_needs_reasons_and_the_secretary(society, secretary, citizen):
    application = paper_application(society, secretary, received_on=RECEIVED)
    with pytest.raises(ValidationError, match="reasons"):
        admission.application_refuse(application_id=application.pk, actor=secretary, today=DAY_90,
                                     decided_on=DAY_90, reasons="  ", communicated_on=DAY_90, received_on=DAY_90)
    with pytest.raises(PermissionDenied):
        admission.application_refuse(application_id=application.pk, actor=citizen, today=DAY_90,
                                     decided_on=DAY_90, reasons="No.", communicated_on=DAY_90, received_on=DAY_90)


def test_admission_by_the_board_numbers_the_member(society, secretary):
    application = paper_application(society, secretary, received_on=RECEIVED)
    member = admission.application_admit(application_id=application.pk, actor=secretary, today=date(2026, 3, 1),
                                         decided_on=date(2026, 3, 1), resolution_ref="BR 4/2026")
    assert (member.number, member.admission_basis, member.admitted_on, member.voting_pending) == (
        1, AdmissionBasis.BOARD_RESOLUTION, date(2026, 3, 1), False)
    with pytest.raises(ValidationError, match="already a member"):
        admission.application_submit(society_id=society.pk, actor=secretary, today=date(2026, 3, 5),
                                     channel="paper", person=member.person, applied_on=date(2026, 3, 5),
                                     received_on=date(2026, 3, 5))


def test_applicant_under_18_is_refused(society, secretary):
    with pytest.raises(ValidationError, match="completed 18 years"):
        paper_application(society, secretary, received_on=RECEIVED, age_years=17)


def _refused(society, secretary):
    application = paper_application(society, secretary, received_on=RECEIVED)
    admission.application_refuse(application_id=application.pk, actor=secretary, today=date(2026, 3, 10),
                                 decided_on=date(2026, 3, 1), reasons="Outside the area of operation.",
                                 communicated_on=date(2026, 3, 2), received_on=date(2026, 3, 10))
    return application


def test_appeal_within_60_days_of_receipt_then_allowed_by_the_ga(society, secretary):
    application = _refused(society, secretary)
    # 10 Mar + 60 = 9 May, the second Saturday: an appeal filed at the society rolls to Monday 11 May.
    with pytest.raises(ValidationError, match="the last day was 11 May 2026"):
        admission.application_appeal(application_id=application.pk, actor=secretary, today=date(2026, 5, 12),
                                     filed_on=date(2026, 5, 12))
    admission.application_appeal(application_id=application.pk, actor=secretary, today=date(2026, 5, 11),
                                 filed_on=date(2026, 5, 11), grounds="I live in ward 3, inside the area.")
    assert _fresh(application).record_held_until is None  # held until the appeal is decided
    meeting = general_meeting(society, secretary, date(2026, 6, 20))
    admission.application_appeal_decide(application_id=application.pk, actor=secretary, today=date(2026, 6, 21),
                                        general_meeting_id=meeting.pk, allowed=True, applicant_heard=True)
    application = _fresh(application)
    assert application.state == AppState.APPEAL_ALLOWED
    assert (application.member.admission_basis, application.member.admitted_on) == (
        AdmissionBasis.GA_APPEAL, date(2026, 6, 20))
    refusal = Order.objects.get(kind="membership.refusal")
    assert refusal.set_aside_on == date(2026, 6, 20) and refusal.set_aside_by.kind == "membership.ga_appeal_decision"


def test_ga_rejects_an_appeal_only_after_hearing_the_applicant(society, secretary):
    application = _refused(society, secretary)
    admission.application_appeal(application_id=application.pk, actor=secretary, today=date(2026, 4, 1),
                                 filed_on=date(2026, 4, 1))
    meeting = general_meeting(society, secretary, date(2026, 7, 20))
    with pytest.raises(ValidationError, match="must hear the applicant"):
        admission.application_appeal_decide(application_id=application.pk, actor=secretary,
                                            today=date(2026, 7, 21), general_meeting_id=meeting.pk, allowed=False,
                                            applicant_heard=False)
    admission.application_appeal_decide(application_id=application.pk, actor=secretary, today=date(2026, 7, 21),
                                        general_meeting_id=meeting.pk, allowed=False, applicant_heard=True)
    application = _fresh(application)
    assert (application.state, application.record_held_until) == (AppState.APPEAL_REJECTED, date(2026, 7, 20))


def test_deemed_admission_proposes_a_link_to_the_same_person_on_another_register(society, secretary, sonitpur):
    """Issue 14 point 2: a new entry is matched at once against the people already known (a proposal, never a
    link: an officer or the person confirms)."""
    from membership.models import PersonLink
    from tests.membership.helpers import make_member, make_person
    from tests.membership.helpers import make_society as make_other_society

    other = make_other_society(sonitpur, name="Borgang Weavers Co-operative Society Limited")
    known = make_person("Junmoni Kalita", gender=Gender.WOMAN, parent_name="Dilip Kalita", age=28,
                        address="Borgang, Sonitpur")
    make_member(other, 1, person=known)
    paper_application(society, secretary, received_on=RECEIVED)
    assert expiry_sweep(DEEMED_ADMISSION, today=DAY_91).count == 1
    member = Member.objects.get(society=society)
    link = PersonLink.objects.get(member=member)
    assert link.person == known and link.status == PersonLink.Status.PROPOSED
    assert member.person != known  # nothing is linked until someone confirms
