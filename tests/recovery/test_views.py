"""Bakijai pages: the claimant bank's user sees only its own requisitions; the office runs a case through its
forms; the PDFs read back in English and Assamese; the DCB totals equal the certificates they sum."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from pypdf import PdfReader

from recovery import documents, selectors
from recovery.models import Certificate
from recovery.services import money
from tests.parties.helpers import accept_new, invite

from .helpers import TODAY, bank, certified, delegate, requisition, served

pytestmark = pytest.mark.django_db


@pytest.fixture
def claimant(arcs_officer, sonitpur):
    return bank(arcs_officer, sonitpur)


def _user(officer, claimant, email):
    return accept_new(invite(officer, claimant, email=email, kind="bakijai_claimant", role="claimant_bank")).user


def test_claimant_user_sees_only_its_own_requisitions(client, arcs_officer, sonitpur, claimant):
    other = bank(arcs_officer, sonitpur, name="Sonitpur Central Co-operative Bank")
    mine = requisition(arcs_officer, claimant)
    theirs = requisition(arcs_officer, other, account="SCB-9", debtor_name="Kamala Devi")
    user = _user(arcs_officer, claimant, "recovery@apexbank.in")
    client.force_login(user)
    page = client.get(reverse("claimant_requisitions", args=[claimant.pk])).content.decode()
    assert mine.number in page and theirs.number not in page and "Kamala Devi" not in page
    assert client.get(reverse("claimant_requisitions", args=[other.pk])).status_code == 404
    assert client.get(reverse("claimant_requisition", args=[claimant.pk, theirs.pk])).status_code == 404


def test_claimant_bulk_upload_reports_rows_and_saves_nothing(client, arcs_officer, claimant):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(_user(arcs_officer, claimant, "recovery@apexbank.in"))
    data = b"debtor_name,debtor_address,lender,loan_account,principal\nRina Das,Tezpur,Apex,A-1,5000\n,,Apex,A-1,x\n"
    reply = client.post(reverse("claimant_requisition_bulk", args=[claimant.pk]),
                        {"file": SimpleUploadedFile("loans.csv", data, content_type="text/csv")})
    assert reply.status_code == 400 and "Row 3" in reply.content.decode()
    assert not claimant.requisitions.exists()


def test_office_case_page_runs_hearing_and_certificate(client, registrar, arcs_officer, sonitpur, claimant):
    delegate(registrar, arcs_officer, sonitpur)
    req = requisition(arcs_officer, claimant)
    client.force_login(arcs_officer)
    url = reverse("office_recovery_case", args=[req.pk])
    from registrar import clock

    today = clock.today()
    assert client.post(url, {"action": "fix_hearing", "fix_hearing-hearing_on": f"{today:%d-%m-%Y}",
                             "fix_hearing-place": "ARCS office, Tezpur"}).status_code == 302
    hearing = req.hearings.get()
    assert client.post(url, {"action": "decide", "decide-decision": "grant", "decide-reasons": "Proved."}
                       ).status_code == 400   # not heard yet
    client.post(url, {"action": "record_hearing", "record_hearing-hearing": hearing.pk,
                      "record_hearing-appearance": "absent", "record_hearing-statements": "Did not appear."})
    assert client.post(url, {"action": "decide", "decide-decision": "grant", "decide-reasons": "Proved."}
                       ).status_code == 302
    assert Certificate.objects.get(requisition=req).order.kind == "recovery.demand_certificate"


@pytest.mark.parametrize("doc", ["certificate", "hearing_notice", "demand_notice", "receipt", "statement"])
def test_pdfs_read_back_in_english_and_assamese(registrar, arcs_officer, sonitpur, claimant, doc):
    delegate(registrar, arcs_officer, sonitpur)
    cert = served(arcs_officer, claimant)
    receipt = money.certificate_pay(certificate_id=cert.pk, actor=arcs_officer, amount=Decimal("5000"),
                                    paid_on=TODAY, today=TODAY)
    pdf = documents.render(cert.requisition, doc, receipt if doc == "receipt" else None)
    text = "".join(page.extract_text() for page in PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert cert.requisition.number in text
    if doc == "certificate":
        assert "Schedule C" in text and "Bipul Saikia" in text and "s.114(6)" in text and "দাবী" in text


def test_dcb_totals_equal_the_certificates_they_sum(registrar, arcs_officer, sonitpur, claimant):
    delegate(registrar, arcs_officer, sonitpur)
    one = served(arcs_officer, claimant)
    certified(arcs_officer, claimant, account="LN-0043", principal=Decimal("25000"), costs=Decimal("0"))
    money.certificate_pay(certificate_id=one.pk, actor=arcs_officer, amount=Decimal("30000"), paid_on=TODAY,
                          today=TODAY)
    rows = selectors.dcb_rows(Certificate.objects.all(), date(2026, 2, 1))
    by_district = selectors.dcb_totals(rows, "district")
    by_claimant = selectors.dcb_totals(rows, "claimant")
    for groups in (by_district, by_claimant):
        assert sum(g["n"] for g in groups) == Certificate.objects.count() == 2
        assert sum(g["collection"] for g in groups) == Decimal("30000.00")
        assert sum(g["balance"] for g in groups) == sum(
            money.certificate_position(c, date(2026, 2, 1)).balance for c in Certificate.objects.all())
    assert all(g["demand"] == g["collection"] + g["balance"] for g in by_district)


def test_bakijai_report_figures_equal_their_lists(registrar, arcs_officer, sonitpur, claimant):
    from recovery.reports import BAKIJAI
    from tests.reports_support import assert_figures_match_lists

    delegate(registrar, arcs_officer, sonitpur)
    requisition(arcs_officer, claimant, account="LN-1")
    served(arcs_officer, claimant, account="LN-2")
    assert_figures_match_lists(BAKIJAI, arcs_officer, TODAY)


def test_office_turns_an_unpaid_ledger_due_into_a_requisition_with_one_action(client, arcs_officer, secretary):
    from dues.services import due_raise
    from registrar import clock

    today = clock.today()
    due = due_raise(actor=arcs_officer, kind="inquiry_costs", principal=Decimal("7200"),
                    raised_on=today - __import__("datetime").timedelta(days=60),
                    due_by=today - __import__("datetime").timedelta(days=30), today=today,
                    society_id=secretary.society.pk)
    client.force_login(arcs_officer)
    assert "₹7,200.00" in client.get(reverse("office_recovery")).content.decode()
    reply = client.post(reverse("office_recovery_from_due", args=[due.pk]))
    assert reply.status_code == 302
    assert due.requisition.source == "ledger"
    assert "₹7,200.00" not in client.get(reverse("office_recovery")).content.decode().split("unpaid-dues")[-1]


def test_public_verifies_a_certificate_by_its_qr_token_and_sees_nothing_else(client, registrar, arcs_officer,
                                                                            sonitpur, claimant):
    delegate(registrar, arcs_officer, sonitpur)
    cert = certified(arcs_officer, claimant)
    page = client.get(reverse("verify_order", args=[cert.order.token]))
    html = page.content.decode()
    assert page.status_code == 200 and cert.order.number in html
    assert "Bipul Saikia" not in html and "LN-0042" not in html and "100000" not in html
    assert client.get(reverse("office_recovery")).status_code == 302   # the register is not public


def test_office_invites_a_claimants_user_from_the_setup_page(client, arcs_officer, claimant):
    client.force_login(arcs_officer)
    page = client.get(reverse("office_recovery_setup")).content.decode()
    link = f"{reverse('office_party_invite')}?kind=bakijai_claimant&amp;case={claimant.pk}"
    assert link in page
    assert client.get(link.replace("&amp;", "&")).status_code == 200


def test_office_register_query_count_does_not_grow_with_rows(client, django_assert_max_num_queries, arcs_officer,
                                                             claimant):
    client.force_login(arcs_officer)
    requisition(arcs_officer, claimant, account="Q-1")
    with django_assert_max_num_queries(14) as few:
        client.get(reverse("office_recovery"))
    for n in range(2, 8):
        requisition(arcs_officer, claimant, account=f"Q-{n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("office_recovery"))
