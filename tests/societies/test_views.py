"""Views of registration: the permission triad on every page, query counts, public status and verification."""

import io
from datetime import UTC, date, datetime

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfWriter

from registrar.models import ActivityEntry, ActivityTally
from societies.actions import SocietyAction
from societies.models import AppState, QueryMemo, Society, Upload
from societies.registration import services

from .helpers import make_draft, make_submitted, reload

pytestmark = pytest.mark.django_db


def pdf_bytes(*, javascript=False, password=None) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if javascript:
        from pypdf.generic import DictionaryObject, NameObject, TextStringObject

        writer._root_object[NameObject("/OpenAction")] = DictionaryObject({
            NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")})
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def draft(citizen, sonitpur):
    return make_draft(citizen, sonitpur)


@pytest.fixture
def submitted(citizen, sonitpur, arcs_officer):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 1))
    memo = services.application_send_query(application_id=application.pk, actor=arcs_officer, today=date(2026, 11, 2),
                                           items=[{"subject": "Bye-laws", "reason": "missing"}])
    application.memo = memo
    return application


# ---- applicant pages: owner 200, another applicant 404, anonymous -> login ---------------------------------

def applicant_urls(draft, submitted):
    upload = Upload.objects.create(application=draft, kind="bye_laws", file=SimpleUploadedFile("b.pdf", pdf_bytes()),
                                   original_name="b.pdf", size=10)
    return [
        ("get", reverse("application_detail", args=[draft.pk])),
        ("get", reverse("application_edit", args=[draft.pk])),
        ("get", reverse("application_answer", args=[submitted.pk, submitted.memo.pk])),
        ("get", reverse("application_document", args=[draft.pk, upload.pk])),
        ("post", reverse("application_withdraw", args=[submitted.pk])),
        ("post", reverse("application_submit", args=[draft.pk])),
        ("post", reverse("application_upload", args=[draft.pk])),
    ]


def test_applicant_pages_triad(client, citizen, other_citizen, arcs_officer, draft, submitted):
    urls = applicant_urls(draft, submitted)
    for method, url in urls:
        client.logout()
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
        client.force_login(other_citizen)
        assert getattr(client, method)(url).status_code == 404, url
    client.force_login(citizen)
    for method, url in urls[:4]:
        assert getattr(client, method)(url).status_code == 200, url


def test_applicant_list_and_new(client, citizen, sonitpur):
    assert client.get(reverse("application_list")).status_code == 302
    client.force_login(citizen)
    assert client.get(reverse("application_list")).status_code == 200
    assert client.get(reverse("application_new")).status_code == 200
    response = client.post(reverse("application_new"), {
        "proposed_name": "Rangapara Weavers Co-operative Society Limited", "society_type": "handloom_weavers",
        "district": sonitpur.pk, "address": "Rangapara", "area_of_operation": "Rangapara town",
        "authorised_share_capital": "100000", "fy_end_month": 3, "fy_end_day": 31,
        "chief_promoter_name": "Hemanta Nath",
    })
    assert response.status_code == 302
    application = citizen.applications.get()
    assert application.state == AppState.DRAFT


def test_applicant_submits_through_the_page(client, citizen, draft):
    client.force_login(citizen)
    # The confirmation step's declaration is part of the submission (issue 25 point 2).
    response = client.post(reverse("application_submit", args=[draft.pk]), {"declared": "on"})
    assert response.status_code == 302
    assert reload(draft).state == AppState.SUBMITTED


def test_applicant_answers_query(client, citizen, submitted):
    client.force_login(citizen)
    item = submitted.memo.items.get()
    client.post(reverse("application_answer", args=[submitted.pk, submitted.memo.pk]), {f"item_{item.pk}": "Sent"})
    assert QueryMemo.objects.get(pk=submitted.memo.pk).answered_on is not None


@pytest.mark.parametrize(("content", "ok"), [
    (pdf_bytes(), True),
    (pdf_bytes(javascript=True), False),
    (pdf_bytes(password="secret"), False),
    (b"not a pdf at all", False),
])
def test_upload_checks_pdf(client, citizen, draft, content, ok):
    client.force_login(citizen)
    client.post(reverse("application_upload", args=[draft.pk]),
                {"kind": "bye_laws", "file": SimpleUploadedFile("doc.pdf", content, content_type="application/pdf")})
    assert Upload.objects.filter(application=draft, original_name="doc.pdf").exists() is ok


def test_upload_size_limit(client, citizen, draft, settings):
    settings.MAX_UPLOAD_BYTES = 100
    client.force_login(citizen)
    client.post(reverse("application_upload", args=[draft.pk]),
                {"kind": "bye_laws", "file": SimpleUploadedFile("doc.pdf", pdf_bytes())})
    assert not Upload.objects.filter(original_name="doc.pdf").exists()


# ---- office pages: ARCS Sonitpur 200, ARCS Kamrup 404, citizen 403, anonymous -> login -----------------------

def test_office_pages_triad(client, citizen, arcs_officer, other_district_officer, submitted):
    detail = reverse("office_application_detail", args=[submitted.pk])
    queue = reverse("office_applications")
    for url in (queue, detail):
        client.logout()
        assert "/accounts/login/" in client.get(url)["Location"]
        client.force_login(citizen)
        assert client.get(url).status_code == 403
        client.force_login(arcs_officer)
        assert client.get(url).status_code == 200
    client.force_login(other_district_officer)
    assert client.get(detail).status_code == 404
    assert submitted.acknowledgement_number not in client.get(queue).content.decode()
    act = reverse("office_application_act", args=[submitted.pk, "claim"])
    assert client.post(act).status_code == 404
    client.force_login(citizen)
    assert client.post(act).status_code == 403
    client.logout()
    assert client.post(act).status_code == 302


def test_office_registers_through_the_page(client, arcs_officer, submitted):
    with time_machine.travel(datetime(2026, 11, 20, 6, 0, tzinfo=UTC), tick=False):
        client.force_login(arcs_officer)
        response = client.post(reverse("office_application_act", args=[submitted.pk, "register"]),
                               {"dispatched_on": "2026-11-20", "confirmed": "yes"})
    assert response.status_code == 302
    application = reload(submitted)
    assert application.state == AppState.REGISTERED
    assert application.society.registered_on == date(2026, 11, 20)


def test_office_register_after_last_day_shows_message(client, arcs_officer, submitted):
    with time_machine.travel(datetime(2027, 1, 5, 6, 0, tzinfo=UTC), tick=False):
        client.force_login(arcs_officer)
        response = client.post(reverse("office_application_act", args=[submitted.pk, "register"]),
                               {"dispatched_on": "2027-01-04", "confirmed": "yes"}, follow=True)
    assert str(services.DISPATCH_AFTER_LAST_DAY) in response.content.decode()
    assert reload(submitted).state == AppState.UNDER_SCRUTINY


def test_office_auditor_in_district_cannot_act(client, auditor, submitted):
    client.force_login(auditor)
    assert client.get(reverse("office_application_detail", args=[submitted.pk])).status_code == 200
    assert client.post(reverse("office_application_act", args=[submitted.pk, "claim"])).status_code == 403


@pytest.mark.parametrize("size", [3, 30])
def test_workqueue_query_count(client, arcs_officer, citizen, sonitpur, size, django_assert_max_num_queries):
    for i in range(size):
        make_submitted(citizen, sonitpur, name=f"Society {i} Co-operative Society Limited")
    client.force_login(arcs_officer)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("office_applications"))
    assert response.status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(reverse("office_applications") + "?state=submitted").status_code == 200


def test_workqueue_sorted_by_days_left(client, arcs_officer, citizen, sonitpur):
    late = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 10), name="Late Co-operative Society Limited")
    soon = make_submitted(citizen, sonitpur, received_on=date(2026, 10, 1), name="Soon Co-operative Society Limited")
    client.force_login(arcs_officer)
    body = client.get(reverse("office_applications")).content.decode()
    assert body.index(soon.acknowledgement_number) < body.index(late.acknowledgement_number)


# ---- public pages -------------------------------------------------------------------------------------------

def test_public_status_shows_application_clock_without_promoters(client, citizen, sonitpur):
    application = make_submitted(citizen, sonitpur)
    body = client.get(reverse("public_status"), {"number": application.acknowledgement_number}).content.decode()
    assert "15 Jan 2026" in body and "16 Mar 2026" in body and "17 Mar 2026" in body
    assert "15 Mar 2026" not in body
    assert "Promoter 1" not in body and "RC-0001" not in body


def test_public_status_unknown_number(client, db):
    response = client.get(reverse("public_status"), {"number": "RCS/SNT/2026/999999"})
    assert "No society or application has that number" in response.content.decode()


def test_verify_certificate_known_and_unknown(client, citizen, sonitpur):
    from societies.registration.sweepers import applications_deem_registered

    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 17))
    token = reload(application).society.certificate.token
    response = client.get(reverse("verify_certificate", args=[token]))
    assert response.status_code == 200 and "proviso to section 11" in response.content.decode()
    # Counted outside the chain (ADR 0031), not one chained entry per anonymous GET.
    assert not ActivityEntry.objects.filter(action=SocietyAction.CERTIFICATE_VERIFIED).exists()
    assert ActivityTally.objects.get(action=SocietyAction.CERTIFICATE_VERIFIED).count == 1
    assert client.get(reverse("verify_certificate", args=["no-such-token"])).status_code == 404


def test_office_nav_and_cards_registered(client, citizen, arcs_officer):
    from registrar.dashboard import office_nav

    assert any(item["url"] == reverse("office_applications") for item in office_nav())
    client.force_login(citizen)
    assert "My registration applications" in client.get(reverse("citizen_home")).content.decode()


def test_uploads_are_stored_under_private_media_root(client, citizen, draft, settings):
    from pathlib import Path

    client.force_login(citizen)
    client.post(reverse("application_upload", args=[draft.pk]),
                {"kind": "bye_laws", "file": SimpleUploadedFile("doc.pdf", pdf_bytes())})
    upload = Upload.objects.get(original_name="doc.pdf")
    assert Path(upload.file.path).is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    response = client.get(reverse("application_document", args=[draft.pk, upload.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF-")


@pytest.mark.parametrize("promoters", [10, 40])
def test_office_detail_query_count(client, arcs_officer, citizen, sonitpur, promoters,
                                   django_assert_max_num_queries):
    application = make_submitted(citizen, sonitpur, promoters=promoters, received_on=date(2026, 11, 1))
    for n in range(3):
        services.application_send_query(application_id=application.pk, actor=arcs_officer, today=date(2026, 11, 2),
                                        items=[{"subject": f"Item {n}", "reason": "missing"}])
    client.force_login(arcs_officer)
    with django_assert_max_num_queries(14):
        assert client.get(reverse("office_application_detail", args=[application.pk])).status_code == 200


def test_admin_shows_applications_read_only(client, citizen, sonitpur):
    from registrar.models import User

    application = make_submitted(citizen, sonitpur)
    admin_user = User.objects.create_superuser("root", "root@example.in", "pw-for-tests-2026")
    client.force_login(admin_user)
    assert client.get(reverse("admin:societies_registrationapplication_changelist")).status_code == 200
    change = reverse("admin:societies_registrationapplication_change", args=[application.pk])
    assert client.get(change).status_code == 200
    client.post(change, {"proposed_name": "Changed"})
    assert reload(application).proposed_name != "Changed"


def test_applicant_and_officer_both_see_last_day_and_deemed_date(client, citizen, arcs_officer, sonitpur):
    from django.urls import reverse

    from .helpers import make_submitted

    application = make_submitted(citizen, sonitpur)  # received 15 Jan 2026
    for user, url in ((citizen, reverse("application_detail", args=[application.pk])),
                      (arcs_officer, reverse("office_application_detail", args=[application.pk]))):
        client.force_login(user)
        page = client.get(url).content.decode()
        assert "16 Mar 2026" in page and "17 Mar 2026" in page and "15 Mar 2026" not in page


def test_verify_certificate_of_a_dissolved_society_is_genuine_but_not_valid(client, citizen, sonitpur):
    from societies.choices import LegalStatus
    from societies.registration.sweepers import applications_deem_registered

    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 17))
    society = reload(application).society
    page = client.get(reverse("verify_certificate", args=[society.certificate.token])).content.decode()
    assert "Genuine and valid" in page and "No longer valid" not in page
    Society.objects.filter(pk=society.pk).update(legal_status=LegalStatus.DISSOLVED)
    page = client.get(reverse("verify_certificate", args=[society.certificate.token])).content.decode()
    assert "No longer valid" in page and "Genuine and valid" not in page
