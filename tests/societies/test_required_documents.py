"""Submitting an online application needs the five documents s.10(1) lists; paper applications are exempt.

rules.yaml registration_application_signatories (its notes list the attachments) and registration_fee_1pct (the
fee receipt); docs/statute-coverage.md points here.
"""

from datetime import date

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse

from societies.models import AppState, RegistrationApplication
from societies.registration import services

from .helpers import REQUIRED_KINDS, make_draft, reload

pytestmark = pytest.mark.django_db


def test_submit_is_refused_naming_the_missing_documents(citizen, sonitpur):
    draft = make_draft(citizen, sonitpur, documents=("bye_laws", "resolution", "schedule_a"))
    with pytest.raises(ValidationError) as exc:
        services.application_submit(application_id=draft.pk, actor=citizen, today=date(2026, 1, 15))
    assert exc.value.messages == [
        "Upload these documents before submitting (s.10(1)): Economic viability scheme, Fee receipt."]
    assert reload(draft).state == AppState.DRAFT
    assert reload(draft).acknowledgement_number is None


def test_submit_without_any_document_names_all_five(citizen, sonitpur):
    draft = make_draft(citizen, sonitpur, documents=())
    with pytest.raises(ValidationError) as exc:
        services.application_submit(application_id=draft.pk, actor=citizen, today=date(2026, 1, 15))
    assert exc.value.messages == [
        "Upload these documents before submitting (s.10(1)): Proposed bye-laws, Economic viability scheme, "
        "Promoters' resolution, Schedule-A declaration, Fee receipt."]


def test_submit_counts_other_uploads_as_no_substitute(citizen, sonitpur):
    draft = make_draft(citizen, sonitpur, documents=("bye_laws", "viability", "resolution", "schedule_a", "other"))
    with pytest.raises(ValidationError) as exc:
        services.application_submit(application_id=draft.pk, actor=citizen, today=date(2026, 1, 15))
    assert exc.value.messages == ["Upload these documents before submitting (s.10(1)): Fee receipt."]


def test_submit_with_all_five_documents_succeeds(citizen, sonitpur):
    draft = make_draft(citizen, sonitpur, documents=REQUIRED_KINDS)
    application = services.application_submit(application_id=draft.pk, actor=citizen, today=date(2026, 1, 15))
    assert application.state == AppState.SUBMITTED
    assert application.decision_due_on == date(2026, 3, 16)


def test_submit_page_shows_the_missing_documents_message(client, citizen, sonitpur):
    draft = make_draft(citizen, sonitpur, documents=("bye_laws",))
    client.force_login(citizen)
    response = client.post(reverse("application_submit", args=[draft.pk]), follow=True)
    html = response.content.decode()
    assert ("Upload these documents before submitting (s.10(1)): Economic viability scheme, Promoters&#x27; "
            "resolution, Schedule-A declaration, Fee receipt.") in html
    assert reload(draft).state == AppState.DRAFT


def test_draft_page_shows_the_document_checklist(client, citizen, sonitpur):
    draft = make_draft(citizen, sonitpur, documents=("bye_laws", "fee_receipt"))
    client.force_login(citizen)
    response = client.get(reverse("application_edit", args=[draft.pk]))
    assert [(kind, present) for kind, _label, present in response.context["checklist"]] == [
        ("bye_laws", True), ("viability", False), ("resolution", False), ("schedule_a", False),
        ("fee_receipt", True)]
    html = response.content.decode()
    assert '<li data-kind="viability" class="missing">' in html
    assert '<li data-kind="bye_laws" class="present">' in html
    assert "Upload every required document above before submitting." in html


def test_draft_page_with_every_document_has_no_warning(client, citizen, sonitpur):
    draft = make_draft(citizen, sonitpur)
    client.force_login(citizen)
    html = client.get(reverse("application_edit", args=[draft.pk])).content.decode()
    assert 'class="missing"' not in html
    assert "Upload every required document above before submitting." not in html


@time_machine.travel("2026-01-20 10:00 +0530", tick=False)
def test_paper_application_is_received_without_uploads(login, arcs_officer, sonitpur):
    response = login(arcs_officer).post(reverse("office_application_paper"), {
        "district": sonitpur.pk, "proposed_name": "Borgaon Fishery Co-operative Society Limited",
        "society_type": "fishery", "address": "Borgaon, Sonitpur", "area_of_operation": "Borgaon GP",
        "authorised_share_capital": "200000", "chief_promoter_name": "Hemanta Nath",
        "received_on": "2026-01-15", "applicant_name": "Hemanta Nath"})
    assert response.status_code == 302
    application = RegistrationApplication.objects.get()
    assert application.state == AppState.SUBMITTED and application.uploads.count() == 0
