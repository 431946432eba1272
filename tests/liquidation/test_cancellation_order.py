"""The order and what precedes it (s.94(1)-(3), s.95(1)): the secretary's resolution and its guards, the compulsory
route only after an inquiry or inspection with a report and a show-cause notice, the order in the register naming
the liquidator, registered post, and the Gazette's publication starting the two months."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from liquidation import cancellation_rules as rules
from liquidation.models import NoticePosting, WindingUpState
from liquidation.services import cancellation as services
from liquidation.services.gazette import notice_post_record
from registrar.models import ActivityEntry
from societies.models import Society
from tests.inquiry.helpers import completed_case, ordered_case
from tests.liquidation.cancellation_helpers import PUBLISHED_ON, filed, ordered, published

pytestmark = pytest.mark.django_db


def _messages(exc):
    return [str(m) for m in exc.value.messages]


def test_cancellation_resolution_below_three_fourths_is_refused(secretary):
    with pytest.raises(ValidationError) as exc:
        filed(secretary, present=40, votes=29)
    assert ("A resolution for dissolution needs three fourths of the members present (s.94(1)): 29 of 40 is less."
            in _messages(exc))
    assert not secretary.society.winding_ups.exists()


def test_cancellation_resolution_needs_the_circulated_agenda_and_a_banks_sanction(secretary):
    society = secretary.society
    society.society_type = "cooperative_bank"
    society.save(update_fields=["society_type"])
    with pytest.raises(ValidationError) as exc:
        filed(secretary, agenda=False)
    assert str(rules.NOT_IN_AGENDA) in _messages(exc) and str(rules.BANK_NEEDS_SANCTION) in _messages(exc)
    case = filed(secretary, bank_sanction_reference="RBI/DOR/2026/117", bank_sanction_on=date(2026, 5, 2))
    assert case.state == WindingUpState.RESOLUTION_FILED and case.record.bank_sanction_reference


def test_cancellation_resolution_only_by_the_societys_secretary(secretary, other_citizen):
    other_citizen.society = secretary.society
    with pytest.raises(PermissionDenied):
        filed(other_citizen)


def test_cancellation_compulsory_needs_a_linked_inquiry_with_its_report(secretary, arcs_officer, citizen):
    society = secretary.society
    kwargs = {"society_id": society.pk, "actor": arcs_officer, "ground": "ceased", "grounds": "No business since 2024.",
              "reply_by": date(2026, 6, 20), "today": date(2026, 6, 1)}
    with pytest.raises(ValidationError) as exc:
        services.show_cause_issue(**kwargs)
    assert str(services.NO_INQUIRY) in _messages(exc)
    pending = ordered_case(citizen, arcs_officer, society)
    with pytest.raises(ValidationError) as exc:
        services.show_cause_issue(**kwargs, inquiry_id=pending.pk)
    assert str(services.NO_REPORT) in _messages(exc)
    assert not society.winding_ups.exists()


def test_cancellation_compulsory_order_only_after_show_cause_and_reply(secretary, arcs_officer, citizen):
    society = secretary.society
    inquiry = completed_case(citizen, arcs_officer, society, completed=date(2026, 4, 11))
    case = services.show_cause_issue(society_id=society.pk, actor=arcs_officer, ground="ceased",
                                     grounds="No business since 2024.", reply_by=date(2026, 6, 20),
                                     today=date(2026, 6, 1), inquiry_id=inquiry.pk)
    assert case.state == WindingUpState.SHOW_CAUSE and case.record.show_cause.kind == "liquidation.show_cause"
    order = {"winding_up_id": case.pk, "actor": arcs_officer, "liquidator_id": arcs_officer.pk,
             "grounds": "Ceased working.", "today": date(2026, 6, 10)}
    with pytest.raises(ValidationError) as exc:
        services.cancellation_order(**order)
    assert "must be recorded before a compulsory order" in _messages(exc)[0]
    with pytest.raises(ValidationError) as exc:  # its silence only after the date fixed
        services.reply_record(winding_up_id=case.pk, actor=arcs_officer, today=date(2026, 6, 20), no_reply=True)
    services.reply_record(winding_up_id=case.pk, actor=arcs_officer, today=date(2026, 6, 21), no_reply=True)
    case = services.cancellation_order(**{**order, "today": date(2026, 6, 22)})
    assert case.state == WindingUpState.CANCELLATION_ORDERED
    assert Society.objects.get(pk=society.pk).legal_status == "cancellation_ordered"


def test_cancellation_mandatory_s116_needs_no_inquiry(secretary, arcs_officer):
    case = services.show_cause_issue(society_id=secretary.society.pk, actor=arcs_officer, ground="bank_licence",
                                     grounds="RBI cancelled the licence.", reply_by=date(2026, 6, 20),
                                     today=date(2026, 6, 1))
    assert case.route == "bank_s116" and case.inquiry_id is None
    import io

    from pypdf import PdfReader

    from liquidation.documents_cancellation import render_document

    text = " ".join(PdfReader(io.BytesIO(render_document("show_cause", case, "en"))).pages[0].extract_text().split())
    assert "Notice to show cause why the registration should not be cancelled" in text
    assert case.record.show_cause.number in text and "20 June 2026" in text


def test_cancellation_refused_outside_the_officers_district(secretary, other_district_officer):
    with pytest.raises(PermissionDenied):
        services.show_cause_issue(society_id=secretary.society.pk, actor=other_district_officer,
                                  ground="bank_licence", grounds="x", reply_by=date(2026, 6, 20),
                                  today=date(2026, 6, 1))


def test_cancellation_order_is_in_the_register_naming_the_liquidator(secretary, arcs_officer, registrar):
    case = ordered(secretary, arcs_officer, liquidator=registrar)
    order = case.cancellation_order
    assert order.kind == "liquidation.cancellation" and order.number.startswith("CAN/SNT/2026/")
    assert order.appealable and order.published_on is None and order.takes_effect_after is None
    assert case.liquidator == registrar and case.liquidator_appointed_on == date(2026, 5, 25)
    assert case.record.appointment.kind == "liquidation.liquidator_appointment"
    entry = ActivityEntry.objects.get(action="liquidation.cancellation_ordered")
    assert entry.data["gazette_by"] == "2026-06-01"


def test_cancellation_registered_post_records_each_addressee_and_the_communication(secretary, arcs_officer):
    case = ordered(secretary, arcs_officer)
    notice_post_record(winding_up_id=case.pk, actor=arcs_officer, to=NoticePosting.To.SOCIETY,
                       addressee="Secretary, Dhekiajuli", posted_on=date(2026, 5, 26), reference="RL123456789IN",
                       today=date(2026, 5, 27))
    notice_post_record(winding_up_id=case.pk, actor=arcs_officer, to=NoticePosting.To.AFFILIATING,
                       addressee="Sonitpur District Co-operative Union", posted_on=date(2026, 5, 26),
                       reference="RL123456790IN", today=date(2026, 5, 27))
    with pytest.raises(ValidationError):
        notice_post_record(winding_up_id=case.pk, actor=arcs_officer, to=NoticePosting.To.OTHER, addressee="x",
                           posted_on=date(2026, 5, 26), reference="RL123456790IN", today=date(2026, 5, 27))
    case.cancellation_order.refresh_from_db()
    assert [p.reference for p in case.postings.all()] == ["RL123456789IN", "RL123456790IN"]
    assert case.cancellation_order.communicated_on == date(2026, 5, 26)


def test_cancellation_two_months_run_from_the_gazette_not_the_draft(secretary, arcs_officer):
    case = published(secretary, arcs_officer, on=PUBLISHED_ON)
    order = case.cancellation_order
    order.refresh_from_db()
    assert case.gazette_number == "Assam Gazette Extraordinary No. 412"
    assert order.published_on == PUBLISHED_ON and order.takes_effect_after == date(2026, 8, 1)
    from orders.windows import windows_for

    appeal = [w for w in windows_for(order) if w.what == "appeal"][0]
    assert appeal.trigger_on == PUBLISHED_ON and appeal.last_day == date(2026, 8, 1)


def test_cancellation_order_tells_the_liquidator_and_the_secretary_once(secretary, arcs_officer,
                                                                        django_capture_on_commit_callbacks):
    """The liquidator takes charge forthwith (s.95(2)) and the members may appeal (s.94(5)): both hear of the
    order from the portal, in the inbox and by e-mail through the outbox, with a link to their own page."""
    from django.core import mail
    from django.urls import reverse

    from registrar.models import Notification

    with django_capture_on_commit_callbacks(execute=True):
        case = ordered(secretary, arcs_officer)
    number = case.cancellation_order.number
    to_liquidator = Notification.objects.get(recipient=arcs_officer)
    assert to_liquidator.subject == f"You are appointed liquidator of {secretary.society.name}"
    assert number in to_liquidator.body and "25 May 2026" in to_liquidator.body and "01 Jun 2026" in to_liquidator.body
    assert to_liquidator.url == reverse("liquidator_home", args=[case.pk])
    to_secretary = Notification.objects.get(recipient=secretary)
    assert number in to_secretary.body and "may appeal within two months" in to_secretary.body
    assert to_secretary.url == reverse("society_winding_up", args=[secretary.society.pk])
    sent = {m.to[0]: m for m in mail.outbox}
    assert {arcs_officer.email, secretary.email} <= set(sent), sent
    assert reverse("liquidator_home", args=[case.pk]) in sent[arcs_officer.email].body

    from liquidation.services.order_notices import notify_cancellation_order

    notify_cancellation_order(case, case.cancellation_order, gazette_by=date(2026, 6, 1))   # again: no new notice
    assert Notification.objects.filter(recipient__in=[arcs_officer, secretary]).count() == 2
