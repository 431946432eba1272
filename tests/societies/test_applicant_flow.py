"""The applicant's registration flow without dead ends (issue 25 point 2): a draft saved with gaps, ten promoter
rows and "Add another promoter", one place per document (replaced, removed, refusals in their place), the review
step with the declaration, the acknowledgement PDF, answers with corrected documents, the citizen's home by
state, and the promoter's way to the letters and the certificate after registration."""

import io
import re
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from pypdf import PdfReader

from registrar.models import ActivityEntry
from societies.actions import SocietyAction
from societies.models import AppState, Promoter, RegistrationApplication, Upload
from societies.registration import selectors, services
from societies.registration.forms import DECLARATION, DECLARATION_REQUIRED, NO_FILE_CHOSEN
from societies.registration.views.applicant import PROMOTER_ROW_ADDED, REMOVED, REPLACED

from .helpers import make_draft, make_submitted, reload, tiny_pdf

pytestmark = pytest.mark.django_db


def _pdf(name="doc.pdf"):
    return SimpleUploadedFile(name, tiny_pdf(), content_type="application/pdf")


def _rows(n_filled=0, total=10, **extra):
    """The promoter rows of the draft form as a browser posts them: `total` rows, the first `n_filled` typed."""
    data = {"promoters-TOTAL_FORMS": str(total), "promoters-INITIAL_FORMS": "0", "promoters-MIN_NUM_FORMS": "0",
            "promoters-MAX_NUM_FORMS": "1000"}
    for i in range(total):
        data[f"promoters-{i}-shares"] = "1"
        if i < n_filled:
            data[f"promoters-{i}-name"] = f"Promoter {i}"
    data.update(extra)
    return data


def _fy():
    return {"fy_end_month": "3", "fy_end_day": "31"}


# ---- a draft saves with gaps; submission lists them -------------------------------------------------------------

def test_draft_saves_with_gaps(client, citizen):
    client.force_login(citizen)
    response = client.post(reverse("application_new"), {
        "proposed_name": "Rangapara Weavers", **_fy(), **_rows(1, **{"promoters-0-age": "34"})})
    assert response.status_code == 302
    application = citizen.applications.get()
    assert application.state == AppState.DRAFT
    assert application.district is None and application.authorised_share_capital is None
    assert application.address == "" and application.society_type == ""
    promoter = application.promoters.get()
    assert (promoter.name, promoter.address, promoter.family_id, promoter.age) == ("Promoter 0", "", "", 34)


def test_draft_form_starts_with_ten_promoter_rows(client, citizen, sonitpur):
    client.force_login(citizen)
    html = client.get(reverse("application_new")).content.decode()
    assert 'name="promoters-TOTAL_FORMS" value="10"' in html
    assert 'id="promoter-10"' in html and 'id="promoter-11"' not in html
    assert 'name="add_promoter"' in html


def test_add_promoter_saves_the_draft_and_adds_a_row(client, citizen):
    client.force_login(citizen)
    response = client.post(reverse("application_new"), {"proposed_name": "Tezpur Dairy", **_fy(),
                                                         **_rows(10), "add_promoter": "1"})
    application = citizen.applications.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("application_edit", args=[application.pk]) + "?rows=11#promoter-11"
    assert application.promoters.count() == 10
    page = client.get(response["Location"])
    html = page.content.decode()
    assert str(PROMOTER_ROW_ADDED) in html
    # Ten saved rows and the new empty one.
    assert 'name="promoters-TOTAL_FORMS" value="11"' in html and 'id="promoter-11"' in html


def test_submit_is_refused_with_the_list_of_what_is_missing(client, citizen, sonitpur):
    application = RegistrationApplication.objects.create(applicant=citizen, proposed_name="Borgaon Fishery")
    Promoter.objects.create(application=application, name="Mina Das")
    client.force_login(citizen)
    response = client.post(reverse("application_submit", args=[application.pk]), {"declared": "on"})
    assert response.status_code == 400
    html = response.content.decode()
    gaps = re.search(r'<ul class="gaps">(.*?)</ul>', html, re.S).group(1)
    items = [re.sub(r"\s+", " ", li).strip() for li in re.findall(r"<li>(.*?)</li>", gaps, re.S)]
    assert items == [
        "Type: not filled in.", "District: not filled in.", "Proposed registered address: not filled in.",
        "Area of operation: not filled in.", "Authorised share capital (₹): not filled in.",
        "Chief promoter: not filled in.",
        "The name of the society must end with the word &quot;Limited&quot;.",
        "Promoter 1 (Mina Das): address, family reference, age missing.",
        "At least ten adult promoters from ten different families are needed (three societies for a secondary "
        "society).",
        "Upload these documents before submitting (s.10(1)): Proposed bye-laws, Economic viability scheme, "
        "Promoters&#x27; resolution, Schedule-A declaration, Fee receipt.",
    ]
    assert reload(application).state == AppState.DRAFT
    assert f'action="/apply/{application.pk}/submit/"' not in html  # no submit button while gaps remain


def test_submit_needs_the_declaration(client, citizen, sonitpur):
    draft = make_draft(citizen, sonitpur)
    client.force_login(citizen)
    review = client.get(reverse("application_review", args=[draft.pk])).content.decode()
    assert "Promoter 9" in review and "bye_laws.pdf" in review
    assert str(DECLARATION).replace("'", "&#x27;") in review
    response = client.post(reverse("application_submit", args=[draft.pk]))
    assert response.status_code == 400 and str(DECLARATION_REQUIRED) in response.content.decode()
    assert reload(draft).state == AppState.DRAFT
    response = client.post(reverse("application_submit", args=[draft.pk]), {"declared": "on"})
    assert response.status_code == 302
    application = reload(draft)
    assert application.state == AppState.SUBMITTED
    entry = ActivityEntry.objects.get(action=SocietyAction.APPLICATION_SUBMITTED)
    assert entry.data["declared"] is True


def test_service_refuses_every_gap_at_once(citizen, sonitpur):
    draft = make_draft(citizen, sonitpur, promoters=3, documents=(), name="Borgaon Fishery")
    with pytest.raises(Exception) as exc:
        services.application_submit(application_id=draft.pk, actor=citizen, today=date(2026, 11, 2), declared=False)
    messages = exc.value.messages
    assert str(services.NAME_NOT_LIMITED) in messages and str(services.TOO_FEW_PROMOTERS) in messages
    assert str(services.DECLARATION_MISSING) == messages[-1] and len(messages) == 4


def test_received_application_must_be_complete_in_the_database(citizen, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 2))
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationApplication.objects.filter(pk=application.pk).update(proposed_name="")
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationApplication.objects.filter(pk=application.pk).update(district=None)
    # A draft may be as empty as it likes.
    RegistrationApplication.objects.create(applicant=citizen)


# ---- one place per document ---------------------------------------------------------------------------------

def test_upload_is_replaced_and_removed(client, citizen, sonitpur, django_capture_on_commit_callbacks):
    draft = make_draft(citizen, sonitpur, documents=())
    client.force_login(citizen)
    url = reverse("application_upload", args=[draft.pk])
    client.post(url, {"kind": "bye_laws", "file": _pdf("first.pdf")})
    first = draft.uploads.get(kind="bye_laws")
    storage, first_name = first.file.storage, first.file.name
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"kind": "bye_laws", "file": _pdf("second.pdf")}, follow=True)
    assert REPLACED % {"name": "second.pdf", "kind": "Proposed bye-laws"} in response.content.decode().replace(
        "&#x27;", "'")
    assert list(draft.uploads.values_list("kind", "original_name")) == [("bye_laws", "second.pdf")]
    assert not storage.exists(first_name)
    second = draft.uploads.get()
    html = client.get(reverse("application_edit", args=[draft.pk])).content.decode()
    assert reverse("application_document_remove", args=[draft.pk, second.pk]) in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("application_document_remove", args=[draft.pk, second.pk]), follow=True)
    assert str(REMOVED % {"name": "second.pdf"}) in response.content.decode()
    assert not draft.uploads.exists() and not storage.exists(second.file.name)
    assert ActivityEntry.objects.filter(action=SocietyAction.DOCUMENT_REMOVED).count() == 1


def test_upload_refusal_names_the_file_in_its_own_place(client, citizen, sonitpur):
    draft = make_draft(citizen, sonitpur, documents=())
    client.force_login(citizen)
    response = client.post(reverse("application_upload", args=[draft.pk]),
                           {"kind": "viability", "file": SimpleUploadedFile("scheme.docx", b"PK\x03\x04 word")})
    assert response.status_code == 302 and response["Location"].endswith("#doc-viability")
    html = client.get(response["Location"]).content.decode()
    place = re.search(r'<li class="doc-slot" id="doc-viability">(.*?)</li>\s*<li class="doc-slot"', html, re.S)
    assert "“scheme.docx” is not a PDF file. Upload a PDF file." in place.group(1)
    assert html.count("is not a PDF file") == 1
    # Shown once: the next visit is clean.
    assert "is not a PDF file" not in client.get(reverse("application_edit", args=[draft.pk])).content.decode()
    response = client.post(reverse("application_upload", args=[draft.pk]), {"kind": "fee_receipt"}, follow=True)
    assert NO_FILE_CHOSEN % {"kind": "Fee receipt"} in response.content.decode()


def test_upload_quota_refusal_names_the_file(client, citizen, sonitpur, settings):
    settings.UPLOAD_MAX_FILES_PER_APPLICATION = 1
    draft = make_draft(citizen, sonitpur, documents=("bye_laws",))
    client.force_login(citizen)
    response = client.post(reverse("application_upload", args=[draft.pk]),
                           {"kind": "other", "file": _pdf("extra.pdf")}, follow=True)
    assert "“extra.pdf” was not uploaded: This application already has 1 documents" in response.content.decode()


def test_documents_cannot_be_removed_after_submission(client, citizen, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 2))
    upload = application.uploads.first()
    client.force_login(citizen)
    client.post(reverse("application_document_remove", args=[application.pk, upload.pk]))
    assert Upload.objects.filter(pk=upload.pk).exists()


# ---- answers with corrected documents --------------------------------------------------------------------------

def test_answer_with_a_document(client, citizen, sonitpur, arcs_officer):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 1))
    memo = services.application_send_query(application_id=application.pk, actor=arcs_officer,
                                           today=date(2026, 11, 2), items=[
                                               {"subject": "Bye-laws, clause 7", "reason": "incomplete",
                                                "document_kind": "bye_laws"},
                                               {"subject": "Area of operation", "reason": "inconsistent"}])
    first, second = memo.items.all()
    url = reverse("application_answer", args=[application.pk, memo.pk])
    client.force_login(citizen)
    html = client.get(url).content.decode()
    assert f'name="document_{first.pk}"' in html and f'name="document_{second.pk}"' not in html
    assert 'enctype="multipart/form-data"' in html
    response = client.post(url, {f"item_{second.pk}": "Borgaon GP only"})
    assert response.status_code == 400
    assert "Item 1 asks for a corrected “Proposed bye-laws”: upload it as a PDF." in response.content.decode()
    response = client.post(url, {f"item_{second.pk}": "Borgaon GP only", f"document_{first.pk}": _pdf("bye-laws-v2.pdf")})
    assert response.status_code == 302
    sent = Upload.objects.get(query_item=first)
    assert (sent.kind, sent.original_name, sent.application_id) == ("bye_laws", "bye-laws-v2.pdf", application.pk)
    assert application.uploads.filter(kind="bye_laws").count() == 2  # the first copy stays as received
    assert reload(application).queries.get().answered_on is not None
    detail = client.get(reverse("application_detail", args=[application.pk])).content.decode()
    assert "Answer to query 1, item 1" in detail


def test_office_query_form_offers_the_document_kind(client, arcs_officer, citizen, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 1))
    client.force_login(arcs_officer)
    html = client.get(reverse("office_application_detail", args=[application.pk])).content.decode()
    assert 'name="q-0-document_kind"' in html


# ---- acknowledgement ------------------------------------------------------------------------------------------

def test_acknowledgement_pdf_carries_number_receipt_and_last_day(client, citizen, sonitpur, arcs_officer):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    client.force_login(citizen)
    response = client.get(reverse("application_acknowledgement_pdf", args=[application.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(response.content)).pages)
    text = re.sub(r"\s+", " ", text)
    assert application.acknowledgement_number in text
    assert "Date of receipt" in text and "15 January 2026" in text
    assert "16 March 2026" in text and "17 March 2026" in text  # day 60 and the deemed date (s.11 proviso)
    client.force_login(arcs_officer)
    assert client.get(reverse("application_acknowledgement_pdf", args=[application.pk])).status_code == 200
    draft = make_draft(citizen, sonitpur)
    client.force_login(citizen)
    assert client.get(reverse("application_acknowledgement_pdf", args=[draft.pk])).status_code == 404


def test_detail_after_submission_links_the_acknowledgement(client, citizen, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 2))
    client.force_login(citizen)
    html = client.get(reverse("application_detail", args=[application.pk])).content.decode()
    assert reverse("application_acknowledgement_pdf", args=[application.pk]) in html


# ---- the citizen's home and the society's page -----------------------------------------------------------------

def _deemed(citizen, sonitpur, name):
    from societies.registration.sweepers import applications_deem_registered

    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15), name=name)
    applications_deem_registered(today=date(2026, 3, 17))
    return reload(application)


def test_citizen_home_lists_applications_by_state(client, citizen, sonitpur):
    RegistrationApplication.objects.create(applicant=citizen)  # a draft with nothing in it yet
    make_draft(citizen, sonitpur, name="Dhekiajuli Tea Growers Co-operative Society Limited")
    submitted = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 2),
                               name="Rangapara Weavers Co-operative Society Limited")
    registered = _deemed(citizen, sonitpur, "Borgaon Fishery Co-operative Society Limited")
    client.force_login(citizen)
    html = client.get(reverse("citizen_home")).content.decode()

    def group(key):
        return re.search(rf'id="applications-{key}">(.*?)</section>', html, re.S).group(1)

    assert "Dhekiajuli Tea Growers" in group("drafts") and "Draft without a name" in group("drafts")
    assert "Rangapara Weavers" in group("submitted") and submitted.acknowledgement_number in group("submitted")
    assert ">01 Jan 2027</a>" in group("submitted")  # its last day, linked to the rule
    assert "Borgaon Fishery" in group("registered")
    assert registered.society.registration_number in group("registered")
    assert 'id="applications-closed"' not in html


def test_citizen_home_query_count(client, citizen, sonitpur, django_assert_max_num_queries):
    for n in range(5):
        make_draft(citizen, sonitpur, name=f"Draft {n} Co-operative Society Limited", documents=(), promoters=0)
    client.force_login(citizen)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("citizen_home")).status_code == 200


def test_promoter_reaches_the_certificate_after_registration(client, citizen, sonitpur):
    application = _deemed(citizen, sonitpur, "Borgaon Fishery Co-operative Society Limited")
    society = application.society
    client.force_login(citizen)
    # Registered, the promoter is the society's secretary: home leads to the society's page.
    assert client.get(reverse("home"))["Location"] == reverse("secretary_home")
    html = client.get(reverse("society_detail", args=[society.pk])).content.decode()
    certificate_url = reverse("application_certificate", args=[application.pk])
    assert certificate_url in html
    assert reverse("application_detail", args=[application.pk]) in html
    assert reverse("application_acknowledgement_pdf", args=[application.pk]) in html
    response = client.get(certificate_url)
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")
    detail = client.get(reverse("application_detail", args=[application.pk])).content.decode()
    assert reverse("society_detail", args=[society.pk]) in detail and certificate_url in detail


def test_letters_list_follows_the_record(citizen, sonitpur, arcs_officer):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 1),
                                 authorised_share_capital=Decimal("100000"))
    services.application_send_query(application_id=application.pk, actor=arcs_officer, today=date(2026, 11, 2),
                                    items=[{"subject": "Bye-laws", "reason": "missing"}])
    labels = [label for _url, label in selectors.application_letters(reload(application))]
    assert labels == ["Acknowledgement (PDF)", "Query memo 1 (PDF)"]
