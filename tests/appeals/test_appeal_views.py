"""Pages and documents of appeals (issue 23 points 3, 4, 6, 7): the certificate set aside shows on the public card
and /verify/; the public cause list has no personal details; the picture's figures match their lists; the PDFs
read back in English and Assamese."""

import subprocess
from datetime import date, time

import pytest
from django.urls import reverse

from appeals.models import Outcome, Route
from appeals.services import appeal_decide, appeal_stay, hearing_fix
from orders.services import order_for
from registrar.models import ActivityEntry
from societies.choices import LegalStatus
from societies.models import Society
from societies.registration import services as registration
from tests.reports_support import assert_figures_match_lists
from tests.societies.helpers import make_submitted

from .helpers import file_appeal, refused_application

pytestmark = pytest.mark.django_db


def _registered(citizen, officer, district):
    application = make_submitted(citizen, district)
    registration.application_start_scrutiny(application_id=application.pk, actor=officer)
    society = registration.application_register(application_id=application.pk, actor=officer,
                                                today=date(2026, 3, 2), dispatched_on=date(2026, 3, 2))
    return society, order_for(application, "registration.certificate") or society.orders.get(
        kind="registration.certificate")


def test_appeal_set_aside_of_a_registration_shows_on_the_public_card_and_verify(client, citizen, arcs_officer,
                                                                               sonitpur):
    society, certificate = _registered(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(certificate, arcs_officer, today=date(2026, 3, 20), received_on=date(2026, 3, 19),
                         appellant_name="Jiten Das", appellant_address="Rangapara, Sonitpur")
    appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.ALLOWED,
                  text="Registered on a forged promoters' list; set aside.", today=date(2026, 4, 1))
    assert Society.objects.get(pk=society.pk).legal_status == LegalStatus.REGISTRATION_SET_ASIDE
    assert ActivityEntry.objects.filter(action="societies.registered").exists()
    assert ActivityEntry.objects.get(action="appeals.effect_reversed").data["kind"] == "registration.certificate"
    verify = client.get(reverse("verify_order", args=[certificate.token])).content.decode()
    assert "set aside" in verify
    card = client.get(reverse("public_status"), {"number": society.registration_number}).content.decode()
    assert str(LegalStatus.REGISTRATION_SET_ASIDE.label) in card
    client.force_login(arcs_officer)
    page = client.get(reverse("order_detail", args=[certificate.pk])).content.decode()
    assert appeal.number in page and "Allowed" in page


def test_appeal_cause_list_is_public_and_shows_no_personal_details(client, citizen, arcs_officer, sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    hearing_fix(appeal_id=appeal.pk, actor=arcs_officer, on=date(2026, 3, 10), at=time(11, 30),
                place="ARCS office, Tezpur", video_link="https://meet.example.in/x", today=date(2026, 3, 2))
    html = client.get(reverse("cause_list"), {"on": "2026-03-10"}).content.decode()
    assert appeal.number in html and refusal.number in html and "11:30" in html
    assert "Hemanta" not in html and citizen.email not in html


def test_appeal_party_sees_only_their_own_cases(client, citizen, other_citizen, arcs_officer, sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    client.force_login(citizen)
    assert reverse("my_appeals") in client.get(reverse("citizen_home")).content.decode()  # from the home page
    mine = client.get(reverse("my_appeals")).content.decode()
    assert appeal.number in mine
    client.force_login(other_citizen)
    assert appeal.number not in client.get(reverse("my_appeals")).content.decode()
    assert client.get(reverse("appeal_mine", args=[appeal.pk])).status_code == 404


def test_appeal_picture_figures_match_their_lists(citizen, arcs_officer, sonitpur):
    from appeals.reports import APPEALS

    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    file_appeal(refusal, citizen, today=date(2026, 3, 1))
    file_appeal(refusal, citizen, today=date(2026, 3, 1), route=Route.APPEAL, question_of_law="s.6(3)")
    assert_figures_match_lists(APPEALS, arcs_officer, date(2026, 7, 1))


def _pdf_text(tmp_path, data: bytes) -> str:
    """The text of a PDF, after checking the Assamese font is embedded (text extraction may reorder Assamese
    pre-base vowel signs: tests/societies/test_documents.py)."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Lohit-Assamese" in fonts
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_appeal_pdfs_read_back_in_english_and_assamese(client, citizen, arcs_officer, sonitpur, tmp_path):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    hearing_fix(appeal_id=appeal.pk, actor=arcs_officer, on=date(2026, 3, 10), at=time(11), place="ARCS office",
                today=date(2026, 3, 2))
    appeal_stay(appeal_id=appeal.pk, actor=arcs_officer, reasons="Pending review.", granted_on=date(2026, 3, 2),
                today=date(2026, 3, 2))
    appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.ALLOWED, text="Set aside.",
                  today=date(2026, 3, 20))
    client.force_login(arcs_officer)
    # an Assamese word without vowel signs survives extraction: the office's name (অসম)
    expected = {"acknowledgement": ("Acknowledgement", "অসম"), "hearing_notice": ("Notice of hearing", "অসম"),
                "stay_order": ("Stay order", "অসম"), "final_order": ("Allowed", "অসম")}
    for doc, (english, assamese) in expected.items():
        response = client.get(reverse("office_appeal_pdf", args=[appeal.pk, doc]))
        assert response["Content-Type"] == "application/pdf", doc
        text = _pdf_text(tmp_path, response.content)
        assert english in text and assamese in text and appeal.number in text, doc
    assert client.get(reverse("office_appeal_pdf", args=[appeal.pk, "delay_order"])).status_code == 404
    cause = client.get(reverse("cause_list_pdf"), {"on": "2026-03-10"})
    assert appeal.number in _pdf_text(tmp_path, cause.content)
