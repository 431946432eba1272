"""Pages: the forms reach the services, every bad input gets a message, and the ARCS's list is cheap."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from guardian.shortcuts import assign_perm

from registrar import clock
from societies.governance.models import Board, BoardMeeting, GeneralMeeting, Proceedings
from societies.governance.services.secretary import secretary_invite
from societies.models import Society
from tests.conftest import make_user

from .helpers import elect, pdf_upload, record_agm, slate, start

pytestmark = pytest.mark.django_db


@pytest.fixture
def frozen_today(monkeypatch):
    def freeze(day):
        monkeypatch.setattr(clock, "today", lambda: day)

    return freeze


def test_board_page_shows_term_and_sanctioned_strength_form(client, secretary):
    start(secretary.society)
    client.force_login(secretary)
    url = reverse("society_board", args=[secretary.society.pk])
    page = client.get(url).content.decode()
    assert "Promoter Board (s.35(1))" in page and "/law/promoter_board_max_1y/" in page
    response = client.post(url, {"strength": 11})
    assert response.status_code == 302
    assert Board.objects.get(society=secretary.society).sanctioned_strength == 11
    response = client.post(url, {"strength": 25})
    assert response.status_code == 400 and "Ensure this value is less than or equal to 21." in response.content.decode()


def test_election_view_records_result_with_formset(client, secretary, frozen_today):
    start(secretary.society)
    frozen_today(date(2026, 6, 3))
    client.force_login(secretary)
    data = {"result_on": "2026-06-01", "sanctioned_strength": 5, "d-TOTAL_FORMS": 7, "d-INITIAL_FORMS": 0,
            "d-MIN_NUM_FORMS": 3, "d-MAX_NUM_FORMS": 23}
    for i, row in enumerate(slate(5)):
        data.update({f"d-{i}-{k}": v for k, v in row.items() if k != "is_coopted"})
    for i in (5, 6):  # unused rows post what a browser posts: the selects' defaults
        data.update({f"d-{i}-name": "", f"d-{i}-gender": "", f"d-{i}-category": "general",
                     f"d-{i}-office": "director"})
    response = client.post(reverse("society_election_new", args=[secretary.society.pk]), data)
    assert response.status_code == 302
    board = Board.objects.get(society=secretary.society, ended_on__isnull=True)
    assert (board.kind, board.term_ends_on, board.directors.count()) == ("elected", date(2031, 6, 1), 5)


def test_election_view_shows_bar_message(client, secretary, frozen_today):
    start(secretary.society)
    frozen_today(date(2026, 6, 1))
    client.force_login(secretary)
    data = {"result_on": "2026-06-02", "sanctioned_strength": 5, "d-TOTAL_FORMS": 3, "d-INITIAL_FORMS": 0,
            "d-MIN_NUM_FORMS": 3, "d-MAX_NUM_FORMS": 23}
    for i, row in enumerate(slate(3)):
        data.update({f"d-{i}-{k}": v for k, v in row.items() if k != "is_coopted"})
    response = client.post(reverse("society_election_new", args=[secretary.society.pk]), data)
    assert response.status_code == 400
    assert "The date the results were declared cannot be in the future." in response.content.decode()


def test_board_meeting_view_asks_for_strength_first(client, secretary):
    start(secretary.society)
    client.force_login(secretary)
    page = client.get(reverse("society_board_meeting_new", args=[secretary.society.pk])).content.decode()
    assert "Record the Board&#x27;s sanctioned strength from the bye-laws first" in page
    assert 'name="held_on"' not in page


def test_board_meeting_view_without_quorum_says_not_held(client, secretary, frozen_today):
    start(secretary.society)
    board = elect(secretary, result_on=date(2026, 6, 1))
    frozen_today(date(2026, 7, 1))
    client.force_login(secretary)
    ids = list(board.directors.values_list("pk", flat=True)[:5])
    response = client.post(reverse("society_board_meeting_new", args=[secretary.society.pk]),
                           {"held_on": "2026-06-20", "present": ids, "agenda": "Budget"}, follow=True)
    assert "Board meeting of 20 Jun 2026 recorded, but it is NOT held: 5 present, quorum 6 (s.43(5))." in \
        response.content.decode()
    assert BoardMeeting.objects.get().quorum_met is False


def test_agm_view_records_and_shows_returns_last_day(client, secretary, frozen_today):
    start(secretary.society)
    frozen_today(date(2026, 9, 21))
    client.force_login(secretary)
    fy = secretary.society.financial_years.get()
    response = client.post(reverse("society_general_meeting_new", args=[secretary.society.pk]), {
        "kind": "agm", "financial_year": fy.pk, "held_on": "2026-09-20", "members_eligible": 250,
        "members_present": 30}, follow=True)
    assert "AGM of 20 Sep 2026 recorded as held. The annual return for 2025–26 is due by 20 Oct 2026 (s.129)." in \
        response.content.decode()


def test_agm_view_without_year_shows_message(client, secretary, frozen_today):
    start(secretary.society)
    frozen_today(date(2026, 9, 21))
    client.force_login(secretary)
    response = client.post(reverse("society_general_meeting_new", args=[secretary.society.pk]), {
        "kind": "agm", "held_on": "2026-09-20", "members_eligible": 250, "members_present": 30})
    assert response.status_code == 400
    assert "Choose the financial year this AGM is for." in response.content.decode()


def test_proceedings_view_files_and_acknowledges(client, secretary, arcs_officer, frozen_today):
    start(secretary.society)
    meeting = record_agm(secretary, held_on=date(2026, 9, 20))
    frozen_today(date(2026, 10, 3))
    client.force_login(secretary)
    response = client.post(reverse("society_proceedings_new", args=[secretary.society.pk, meeting.pk]),
                           {"document": pdf_upload(), "summary": "Accounts adopted."}, follow=True)
    page = response.content.decode()
    proceedings = Proceedings.objects.get()
    assert "Received on 03 Oct 2026 (acknowledgement PRC/SNT/2026/000001)" in page
    assert "deemed approved from 19 Oct 2026" in page
    # the document: the secretary and the district's ARCS may download it, nobody else
    doc = reverse("proceedings_document", args=[proceedings.pk])
    assert client.get(doc).status_code == 200
    client.force_login(arcs_officer)
    assert client.get(doc).status_code == 200


def test_proceedings_view_refuses_non_pdf(client, secretary, frozen_today):
    from django.core.files.uploadedfile import SimpleUploadedFile

    start(secretary.society)
    meeting = record_agm(secretary, held_on=date(2026, 9, 20))
    frozen_today(date(2026, 10, 3))
    client.force_login(secretary)
    response = client.post(reverse("society_proceedings_new", args=[secretary.society.pk, meeting.pk]),
                           {"document": SimpleUploadedFile("a.pdf", b"nope"), "summary": "x"})
    assert response.status_code == 400 and "Upload a PDF file." in response.content.decode()
    assert not Proceedings.objects.exists()


def _filed(secretary, today=date(2026, 10, 3)):
    from societies.governance.services.proceedings import proceedings_file

    start(secretary.society)
    meeting = record_agm(secretary, held_on=date(2026, 9, 20))
    return proceedings_file(meeting_id=meeting.pk, actor=secretary, today=today, document=pdf_upload(),
                            summary="Accounts adopted.")


def test_office_proceedings_detail_return_requires_observations(client, secretary, arcs_officer, frozen_today):
    proceedings = _filed(secretary)
    frozen_today(date(2026, 10, 10))
    client.force_login(arcs_officer)
    url = reverse("office_proceedings_detail", args=[proceedings.pk])
    response = client.post(url, {"action": "return", "observations": ""})
    assert response.status_code == 400 and "This field is required." in response.content.decode()
    response = client.post(url, {"action": "return", "observations": "Sign every page."}, follow=True)
    assert ("Proceedings of the meeting of 20 Sep 2026 returned with observations on 10 Oct 2026. The society&#x27;s "
            "secretary has been told.") in response.content.decode()
    assert Proceedings.objects.get().state == Proceedings.State.RETURNED


def test_office_proceedings_list_and_detail_show_the_acknowledgement_number(client, secretary, arcs_officer,
                                                                            frozen_today):
    proceedings = _filed(secretary)
    frozen_today(date(2026, 10, 10))
    client.force_login(arcs_officer)
    assert "PRC/SNT/2026/000001" in client.get(reverse("office_proceedings")).content.decode()
    page = client.get(reverse("office_proceedings_detail", args=[proceedings.pk])).content.decode()
    assert "<dt>Acknowledgement</dt><dd>PRC/SNT/2026/000001</dd>" in page


def test_office_proceedings_detail_after_last_day_explains_deemed_approval(client, secretary, arcs_officer,
                                                                          frozen_today):
    proceedings = _filed(secretary)
    frozen_today(date(2026, 10, 19))
    client.force_login(arcs_officer)
    url = reverse("office_proceedings_detail", args=[proceedings.pk])
    page = client.get(url).content.decode()
    assert "The 15 days to decide ended on 18 Oct 2026" in page and 'value="approve"' not in page
    response = client.post(url, {"action": "approve"}, follow=True)
    assert "The 15 days to decide ended on 18 Oct 2026" in response.content.decode()
    assert Proceedings.objects.get().state == Proceedings.State.FILED


def _many_proceedings(count: int, district, secretary, start: int = 0):
    user = secretary
    for i in range(start, start + count):
        society = Society.objects.create(registration_number=f"SNT/REG/2024/{i:04d}", society_type="dairy",
                                         name=f"Society {i} Co-operative Society Limited", district=district,
                                         address="Tezpur", registered_on=date(2024, 4, 1))
        meeting = GeneralMeeting.objects.create(
            society=society, kind="agm", held_on=date(2026, 9, 1 + i % 28), members_eligible=100,
            members_present=20, quorum_required=10, quorum_met=True, recorded_on=date(2026, 9, 29), recorded_by=user)
        Proceedings.objects.create(meeting=meeting, society=society, document="proceedings/x.pdf",
                                   original_name="x.pdf", summary="s", received_on=date(2026, 10, 1),
                                   filing_last_day=date(2026, 9, 16), approval_last_day=date(2026, 10, 16),
                                   filed_by=user)


def _proceedings_list_queries(client) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("office_proceedings"))
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_office_proceedings_list_query_count_same_at_two_sizes(client, sonitpur, kamrup, secretary, arcs_officer):
    """At most 10 queries, and the same number with 3 rows as with 30 (no query per row)."""
    Society.objects.create(registration_number="KMR/REG/2024/0001", name="Kamrup Hidden Co-operative Society Limited",
                           society_type="dairy", district=kamrup, address="x", registered_on=date(2024, 4, 1))
    client.force_login(arcs_officer)
    _many_proceedings(3, sonitpur, secretary)
    small, small_page = _proceedings_list_queries(client)
    _many_proceedings(27, sonitpur, secretary, start=3)
    large, large_page = _proceedings_list_queries(client)
    assert small == large <= 10
    detail_link = re.compile(r'href="/office/proceedings/\d+/"')
    assert len(detail_link.findall(small_page)) == 3
    assert len(detail_link.findall(large_page)) == 25  # one page
    assert "Kamrup Hidden" not in large_page


def test_office_proceedings_list_sorted_by_days_left_and_filtered(client, secretary, arcs_officer, sonitpur):
    _many_proceedings(2, sonitpur, secretary)
    Proceedings.objects.filter(society__name__startswith="Society 0").update(approval_last_day=date(2026, 10, 20))
    Proceedings.objects.filter(society__name__startswith="Society 1").update(approval_last_day=date(2026, 10, 12))
    client.force_login(arcs_officer)
    page = client.get(reverse("office_proceedings")).content.decode()
    assert page.index("Society 1 ") < page.index("Society 0 ")
    Proceedings.objects.filter(society__name__startswith="Society 1").update(state="approved")
    assert "Society 1 " not in client.get(reverse("office_proceedings")).content.decode()
    assert "Society 1 " in client.get(reverse("office_proceedings") + "?state=approved").content.decode()


def test_secretary_invitation_view_and_accept(client, secretary, arcs_officer, django_capture_on_commit_callbacks):
    client.force_login(arcs_officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("office_society_secretary", args=[secretary.society.pk]),
                               {"email": "new@example.in", "replaces": secretary.pk}, follow=True)
    assert "Invitation sent to new@example.in." in response.content.decode()
    invitation = secretary.society.secretary_invitations.get()
    newcomer = make_user("new")
    client.force_login(newcomer)
    url = reverse("secretary_invitation_accept", args=[invitation.token])
    assert "You replace the present secretary" in client.get(url).content.decode()
    response = client.post(url, follow=True)
    assert "You now act as secretary of Dhekiajuli Dairy Co-operative Society Limited." in response.content.decode()
    assert newcomer.has_perm("societies.act_as_secretary", secretary.society)


def test_secretary_invitation_for_someone_else_is_404(client, secretary, arcs_officer, citizen):
    invitation = secretary_invite(society_id=secretary.society.pk, actor=arcs_officer, email="new@example.in")
    client.force_login(citizen)
    assert client.post(reverse("secretary_invitation_accept", args=[invitation.token])).status_code == 404
    assert not citizen.has_perm("societies.act_as_secretary", secretary.society)


def test_secretary_pages_refuse_a_second_society_secretary(client, secretary, other_citizen, sonitpur):
    other = Society.objects.create(registration_number="SNT/REG/2025/0009", name="Other Co-operative Society Limited",
                                   society_type="dairy", district=sonitpur, address="x", registered_on=date(2025, 5, 1))
    assign_perm("societies.act_as_secretary", other_citizen, other)
    start(secretary.society)
    client.force_login(other_citizen)
    assert client.get(reverse("society_board", args=[secretary.society.pk])).status_code == 404
