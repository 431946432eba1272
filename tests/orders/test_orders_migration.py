"""orders/migrations/0002_existing_orders: the decisions made before the register become Orders, keeping their
tokens and numbers; an unrecorded dispatch is marked; numbering continues without collision; idempotent and
reversible. For the forward run the database is taken back to orders 0001, rows are made the way the old code left
them (no Orders), and the migration runs forward through Django's MigrationExecutor; the reverse is tested as the
migration's own functions (one backward migration of the whole project costs minutes)."""

from datetime import date
from importlib import import_module

import pytest
from django.apps import apps
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor

from orders import kinds
from registrar import activity
from registrar.models import RectificationOrder, ReferenceCounter
from societies.actions import SocietyAction
from societies.governance.models import ComplianceFlag, OfficerAppointment
from societies.models import Certificate, QueryMemo, RegistrationApplication, Society
from tests.societies.helpers import make_draft

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("orders", "0001_register_of_orders")]
MIGRATION = import_module("orders.migrations.0002_existing_orders")


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets if targets is not None else executor.loader.graph.leaf_nodes())


@pytest.fixture
def before_register(db):
    """The database as it was before the register: orders at 0001. Forward again afterwards, whatever happens."""
    _migrate(BEFORE)
    try:
        yield
    finally:
        _migrate(None)


def _application(citizen, district, name, ack, **fields):
    application = make_draft(citizen, district, name=name, documents=())
    RegistrationApplication.objects.filter(pk=application.pk).update(acknowledgement_number=ack, **fields)
    return RegistrationApplication.objects.get(pk=application.pk)


def _society(district, number, name):
    return Society.objects.create(registration_number=number, name=name, society_type="fishery", district=district,
                                  address="Tezpur", registered_on=date(2026, 3, 9))


def _old_rows(citizen, arcs_officer, registrar, sonitpur):
    """What the code before the register left: certificates, refusals, letters, flags, appointments, orders."""
    rows = {}
    registered = _society(sonitpur, "SNT/REG/2026/0001", "Borgaon Fishery Co-operative Society Limited")
    rows["registered"] = _application(
        citizen, sonitpur, "Borgaon Fishery Co-operative Society Limited", "RCS/SNT/2026/000001",
        state="registered", received_on=date(2026, 1, 15), dispatched_on=date(2026, 3, 9),
        decided_on=date(2026, 3, 9), society=registered)
    rows["certificate"] = Certificate.objects.create(society=registered, application=rows["registered"],
                                                     issued_on=date(2026, 3, 9), issued_by=arcs_officer)
    # A deemed registration set aside by a rectification order: the refusal had been dispatched on 12 Mar.
    deemed = _society(sonitpur, "SNT/REG/2026/0002", "Dhekiajuli Dairy Co-operative Society Limited")
    rows["deemed_application"] = _application(
        citizen, sonitpur, "Dhekiajuli Dairy Co-operative Society Limited", "RCS/SNT/2026/000002",
        state="refused", received_on=date(2026, 1, 15), hearing_on=date(2026, 3, 5),
        hearing_notice_on=date(2026, 3, 2), dispatched_on=date(2026, 3, 12), decided_on=date(2026, 3, 12),
        society=deemed)
    rows["deemed_certificate"] = Certificate.objects.create(society=deemed, application=rows["deemed_application"],
                                                            issued_on=date(2026, 3, 17), is_deemed=True)
    entry = activity.record(SocietyAction.DEEMED_REGISTERED, actor=None, society=deemed,
                            target=rows["deemed_application"], data={"deemed_on": date(2026, 3, 17)})
    rows["rectification"] = RectificationOrder.objects.create(
        number="RCS/RECT/2026/0001", entry=entry, real_date=date(2026, 3, 12), outcome="refusal",
        reasons="Posted 12 Mar 2026.", made_by=registrar, made_on=date(2026, 3, 20), society=deemed)
    # Refused after a hearing, with a query memo before.
    rows["refused"] = _application(
        citizen, sonitpur, "Rangapara Weavers Co-operative Society Limited", "RCS/SNT/2026/000003",
        state="refused", received_on=date(2026, 1, 15), hearing_on=date(2026, 2, 16),
        hearing_notice_on=date(2026, 2, 2), dispatched_on=date(2026, 2, 18), decided_on=date(2026, 2, 18))
    activity.record(SocietyAction.APPLICATION_REFUSED, actor=arcs_officer, target=rows["refused"],
                    data={"dispatched_on": date(2026, 2, 18)})
    rows["memo"] = QueryMemo.objects.create(application=rows["refused"], number=1, sent_on=date(2026, 1, 20),
                                            sent_by=arcs_officer)
    # A hearing scheduled before the notice date was stored: made on its receipt, dispatch not recorded.
    rows["hearing"] = _application(
        citizen, sonitpur, "Tezpur Consumers Co-operative Society Limited", "RCS/SNT/2026/000004",
        state="hearing_scheduled", received_on=date(2026, 1, 10), hearing_on=date(2026, 2, 20))
    supervised = _society(sonitpur, "SNT/T/0099", "Tezpur Fishery Co-operative Society Limited")
    rows["flag"] = ComplianceFlag.objects.create(
        society=supervised, kind="part_year_meetings", rule_id="board_meetings_min_4_per_fy", subject_key="fy:1",
        raised_on=date(2026, 5, 1), facts="facts", state="dismissed", decided_on=date(2026, 5, 10),
        decided_by=registrar, order_number="RCS/FLAG/2026/0001", order_text="Met four times.")
    # A flag disposed of by the rectification order: that order is its entry, no second one.
    ComplianceFlag.objects.create(
        society=deemed, kind="director_bar_meetings", rule_id="board_meetings_min_4_per_fy", subject_key="dir:1",
        raised_on=date(2026, 3, 1), facts="facts", state="dismissed", decided_on=date(2026, 3, 20),
        decided_by=registrar, order_number="RCS/RECT/2026/0001", order_text="Rectified.")
    ComplianceFlag.objects.create(society=supervised, kind="part_year_meetings", rule_id="x", subject_key="fy:2",
                                  raised_on=date(2026, 5, 1), facts="still open")
    rows["appointment"] = OfficerAppointment.objects.create(
        society=supervised, officer=arcs_officer, appointed_by=arcs_officer, appointed_on=date(2026, 10, 1),
        order_number="ARCS/SNT/41-6/2026/1", board_due_on=date(2026, 12, 30))
    return rows


def _order(rows, key, kind):
    from django.contrib.contenttypes.models import ContentType

    from orders.models import Order

    row = rows[key]
    return Order.objects.get(kind=kind, target_type=ContentType.objects.get_for_model(row), target_id=row.pk)


def test_migration_enters_existing_orders_keeping_tokens_and_numbers(before_register, citizen, arcs_officer,
                                                                     registrar, sonitpur):
    rows = _old_rows(citizen, arcs_officer, registrar, sonitpur)
    _migrate(None)
    from orders.models import Order
    from orders.services import order_number

    certificate = _order(rows, "certificate", kinds.CERTIFICATE.code)
    assert (certificate.number, certificate.token) == ("SNT/REG/2026/0001", rows["certificate"].token)
    assert (certificate.made_on, certificate.communicated_on, certificate.communication_recorded) == (
        date(2026, 3, 9), date(2026, 3, 9), True)
    assert (certificate.officer, certificate.officer_rank, certificate.migrated) == (arcs_officer, "arcs", True)
    assert (certificate.reviewable, certificate.appealable, certificate.decides) == (True, True, True)

    deemed = _order(rows, "deemed_certificate", kinds.DEEMED_CERTIFICATE.code)
    rectification = _order(rows, "rectification", kinds.RECTIFICATION.code)
    assert (deemed.number, deemed.token) == ("SNT/REG/2026/0002", rows["deemed_certificate"].token)
    assert (deemed.communicated_on, deemed.communication_recorded, deemed.effective_communication_date) == (
        None, False, date(2026, 3, 17))
    assert (deemed.set_aside_by, deemed.set_aside_on) == (rectification, date(2026, 3, 20))
    assert (rectification.number, rectification.officer, rectification.officer_rank, rectification.district) == (
        "RCS/RECT/2026/0001", registrar, "rcs", sonitpur)
    assert rectification.effective_communication_date == date(2026, 3, 20)  # not recorded: the date made

    refused = _order(rows, "refused", kinds.REFUSAL.code)
    assert (refused.number, refused.officer, refused.made_on, refused.communicated_on) == (
        "REF/SNT/2026/000001", arcs_officer, date(2026, 2, 18), date(2026, 2, 18))
    refused_by_rectification = _order(rows, "deemed_application", kinds.REFUSAL.code)
    assert (refused_by_rectification.number, refused_by_rectification.officer) == ("REF/SNT/2026/000002", None)

    memo = _order(rows, "memo", kinds.QUERY_MEMO.code)
    assert (memo.number, memo.communicated_on, memo.decides, memo.reviewable, memo.appealable) == (
        "QRY/SNT/2026/000001", date(2026, 1, 20), False, False, False)
    hearings = {o.target_id: o for o in Order.objects.filter(kind=kinds.HEARING_NOTICE.code)}
    assert [(hearings[rows[k].pk].number, hearings[rows[k].pk].made_on) for k in
            ("hearing", "refused", "deemed_application")] == [
        ("HRG/SNT/2026/000001", date(2026, 1, 10)), ("HRG/SNT/2026/000002", date(2026, 2, 2)),
        ("HRG/SNT/2026/000003", date(2026, 3, 2))]
    assert hearings[rows["hearing"].pk].communication_recorded is False
    assert hearings[rows["refused"].pk].communicated_on == date(2026, 2, 2)

    flag = _order(rows, "flag", kinds.FLAG_ORDER.code)
    assert (flag.number, flag.section, flag.rule_id, flag.officer) == (
        "RCS/FLAG/2026/0001", "43(1), 43(3), 43(4)", "board_meetings_min_4_per_fy", registrar)
    assert Order.objects.filter(kind=kinds.FLAG_ORDER.code).count() == 1
    appointment = _order(rows, "appointment", kinds.OFFICER_IN_CHARGE.code)
    assert (appointment.number, appointment.made_on, appointment.communication_recorded) == (
        "ARCS/SNT/41-6/2026/1", date(2026, 10, 1), False)
    assert Order.objects.count() == Order.objects.filter(migrated=True).count() == 11

    # Numbers taken afterwards continue the series; running the migration's function again adds nothing.
    with transaction.atomic():
        assert order_number(kinds.REFUSAL, sonitpur, 2026) == "REF/SNT/2026/000003"
    MIGRATION.enter_existing_orders(apps, None)
    assert Order.objects.count() == 11


def test_migration_reverse_deletes_only_migrated_orders_and_numbering_resumes(db, citizen, arcs_officer, registrar,
                                                                              sonitpur):
    """The reverse (and the forward again) as functions on today's schema: the executor's round trip above
    already runs them in place, and each backward migration of the whole project costs minutes of state rendering
    (it was a third of the suite's time), so this test calls them directly on the rows the old code left."""
    rows = _old_rows(citizen, arcs_officer, registrar, sonitpur)
    from orders.models import Order
    from orders.services import order_issue

    MIGRATION.enter_existing_orders(apps, None)
    assert Order.objects.filter(migrated=True).count() == 11
    with transaction.atomic():
        later = order_issue(kind=kinds.QUERY_MEMO.code, subject="A letter after the register", district=sonitpur,
                            made_on=date(2026, 6, 1), officer=arcs_officer)
    assert later.number == "QRY/SNT/2026/000002"

    MIGRATION.remove_migrated_orders(apps, None)
    assert list(Order.objects.values_list("number", flat=True)) == ["QRY/SNT/2026/000002"]
    counters = {(c.series, c.year): c.last for c in ReferenceCounter.objects.filter(series__startswith="order:")}
    assert counters == {("order:QRY", 2026): 2, ("order:REF", 2026): 0, ("order:HRG", 2026): 0}

    MIGRATION.enter_existing_orders(apps, None)
    assert _order(rows, "memo", kinds.QUERY_MEMO.code).number == "QRY/SNT/2026/000003"
    assert _order(rows, "refused", kinds.REFUSAL.code).number == "REF/SNT/2026/000001"
    assert _order(rows, "certificate", kinds.CERTIFICATE.code).token == rows["certificate"].token
    assert Order.objects.filter(migrated=True).count() == 11
    assert Order.objects.get(pk=later.pk).migrated is False
