"""The procedure's office pages and PDFs (S1): each step by its form, clear errors, the next step explained,
the letters and the order in English and Assamese, read back."""

import io
from datetime import date

import pytest
from django.urls import reverse
from pypdf import PdfReader

from registrar import clock
from societies.supersession.documents import render_document
from societies.supersession.models import Supersession, SupersessionState
from societies.supersession.services import procedure
from societies.supersession.services.order import supersession_order

from . import helpers as h

pytestmark = pytest.mark.django_db


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _fonts(pdf: bytes) -> list[str]:
    return [str(font.get_object()["/BaseFont"]) for font in
            PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()]


@pytest.fixture
def on_day(monkeypatch):
    def _set(day):
        monkeypatch.setattr(clock, "today", lambda: day)
    return _set


def test_procedure_pages_walk_the_steps_by_their_forms(client, registrar, arcs_officer, on_day,
                                                       django_assert_max_num_queries):
    case = h.reported(registrar, arcs_officer, h.society(name="Borgaon Weavers Co-operative Society Limited"))
    url = reverse("office_supersession_case", args=[case.pk])
    client.force_login(arcs_officer)
    on_day(h.CALLED_ON)
    page = client.get(url).content.decode()
    assert str(procedure.REPORT_NOT_READY) not in page and "call for the society&#x27;s objections" in page
    response = client.post(url, {"action": "call", "call-objections_due_on": ""})
    assert response.status_code == 302
    case = Supersession.objects.get(pk=case.pk)
    assert case.state == SupersessionState.OBJECTIONS and case.objections_due_on == date(2026, 7, 7)
    # The ARCS records the objections; forwarding is the Registrar's, and an empty consideration is refused.
    client.post(url, {"action": "objections", "objections-objections": "The directions reached the Board late."})
    client.force_login(registrar)
    response = client.post(url, {"action": "forward", "forward-consideration": ""})
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    client.post(url, {"action": "forward", "forward-consideration": "Late receipt does not explain a year."})
    assert Supersession.objects.get(pk=case.pk).state == SupersessionState.FORWARDED
    with django_assert_max_num_queries(25):
        listing = client.get(reverse("office_supersessions")).content.decode()
    assert "Borgaon Weavers" in listing and "record the date the society received it" in listing


def test_procedure_page_refuses_a_step_out_of_order(client, registrar, arcs_officer):
    case = h.reported(registrar, arcs_officer, h.society())
    client.force_login(registrar)
    url = reverse("office_supersession_case", args=[case.pk])
    response = client.post(url, {"action": "forward", "forward-consideration": "x"}, follow=True)
    assert "That cannot be done at this stage of the case." in response.content.decode()
    assert Supersession.objects.get(pk=case.pk).state == SupersessionState.OPINION


def test_procedure_opinion_form_shows_the_pacs_rule(client, registrar, arcs_officer):
    soc = h.society(kind="gpss")
    client.force_login(registrar)
    response = client.post(reverse("office_supersession_new"), {
        "society": soc.registration_number, "ground": "default", "opinion": "Default in duties.",
        "route": "inquiry", "subject": "Loans", "officer": arcs_officer.pk})
    assert response.status_code == 200
    assert "A PACS may be superseded only on the grounds of s.139(2)" in response.content.decode()


def test_procedure_letters_and_order_pdfs_read_in_english_and_assamese(registrar, arcs_officer):
    case = h.received(registrar, arcs_officer, h.society(name="Jamugurihat Dairy Co-operative Society Limited"))
    case = supersession_order(case_id=case.pk, actor=registrar, administrator_ids=[arcs_officer.pk],
                              today=date(2026, 10, 1))
    objections = _text(render_document(case, "objections", "en"))
    assert "Call for the society's objections on the report" in objections and "07 July 2026" in objections
    forwarding = _text(render_document(case, "forwarding", "en"))
    assert "Annual General Meeting" in forwarding and "30 September 2026" in forwarding
    order_en = _text(render_document(case, "order", "en"))
    assert "Order superseding the Board" in order_en and case.order.number in order_en
    assert "01 April 2027" in order_en and "verify/" in order_en
    order_as = render_document(case, "order", "as")
    assert any("Lohit" in name for name in _fonts(order_as)) and case.order.number in _text(order_as)
    appointment = _text(render_document(case, "appointment", "en", case.administrators.get()))
    assert "Appointment of an administrator" in appointment and case.order.number in appointment


def test_procedure_document_view_serves_only_issued_documents(client, registrar, arcs_officer):
    case = h.objections_called(registrar, arcs_officer, h.society())
    client.force_login(arcs_officer)
    ok = client.get(reverse("office_supersession_document", args=[case.pk, "objections", "as"]))
    assert ok.status_code == 200 and ok["Content-Type"] == "application/pdf"
    assert client.get(reverse("office_supersession_document", args=[case.pk, "order", "en"])).status_code == 404


def test_procedure_receipt_reads_the_agm_due_from_supervision(registrar, arcs_officer):
    from societies.governance.models import FinancialYear

    soc = h.society()
    FinancialYear.objects.create(society=soc, starts_on=date(2025, 4, 1), ends_on=date(2026, 3, 31),
                                 agm_last_day=date(2026, 9, 30), returns_last_day=date(2026, 10, 30))
    case = h.received(registrar, arcs_officer, soc)
    assert (case.meeting_kind, case.agm_last_day) == (procedure.AGM, date(2026, 9, 30))


def test_procedure_order_form_only_for_the_registrar_after_the_60_days(client, registrar, arcs_officer, on_day):
    case = h.received(registrar, arcs_officer, h.society())
    url = reverse("office_supersession_case", args=[case.pk])
    on_day(h.LAST_DAY)
    client.force_login(registrar)
    assert 'value="order"' not in client.get(url).content.decode()      # the society's 60th day
    on_day(date(2026, 10, 1))
    page = client.get(url).content.decode()
    assert 'value="order"' in page and "ran out on" in page
    client.force_login(arcs_officer)
    page = client.get(url).content.decode()
    assert 'value="order"' not in page and 'value="drop"' not in page
