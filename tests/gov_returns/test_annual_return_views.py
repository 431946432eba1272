"""Annual return pages: the secretary's draft, filing and corrections; the ARCS's list and notices (s.129)."""

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse
from pypdf import PdfReader

from registrar.models import ActivityEntry, Notification
from societies.governance.actions import GovernanceAction
from societies.governance.models import AnnualReturn, FinancialYear
from societies.governance.services import returns as services

from .helpers import file_return, hold_agm, make_society, open_year, pdfs, post_data

pytestmark = pytest.mark.django_db
OUT = Path(__file__).resolve().parents[2] / "out" / "screenshots"


@pytest.fixture
def on(monkeypatch):
    def _set(day):
        monkeypatch.setattr("registrar.clock.today", lambda: day)
    return _set


@pytest.fixture
def year(secretary):
    return hold_agm(open_year(secretary.society))


def _edit_url(year):
    return reverse("society_return_edit", args=[year.society_id, year.pk])


def test_annual_return_edit_prefills_agm_and_saves_partial_draft(client, secretary, year, on):
    on(date(2026, 9, 25))
    client.force_login(secretary)
    page = client.get(_edit_url(year)).content.decode()
    assert 'value="20-09-2026"' in page and "20 Oct 2026" in page  # dates typed dd-mm-yyyy (registrar.widgets)
    response = client.post(_edit_url(year), {"members_start_women": "40", "action": "save"})
    assert response.status_code == 302 and response["Location"] == _edit_url(year)
    draft = AnnualReturn.objects.get(financial_year=year)
    assert (draft.state, draft.members_start_women, draft.members_end_men) == ("draft", 40, 0)
    assert 'value="40"' in client.get(_edit_url(year)).content.decode()  # resumed


def test_annual_return_file_by_plain_post_shows_acknowledgement(client, secretary, year, on):
    on(date(2026, 10, 5))
    client.force_login(secretary)
    response = client.post(_edit_url(year), {**post_data(), **pdfs(), "action": "file"}, follow=True)
    ret = AnnualReturn.objects.get(financial_year=year)
    assert ret.state == "filed" and response.redirect_chain[-1][0] == reverse(
        "society_return_detail", args=[year.society_id, year.pk, 1])
    page = response.content.decode()
    assert "Annual return filed. Your acknowledgement number is RET/SNT/2026/000001." in page
    assert "Filed in time" in page and "₹2,50,000.00" in page and "−₹12,500.50 (loss)" in page


def test_annual_return_edit_shows_clear_errors(client, secretary, year, on):
    on(date(2026, 10, 5))
    client.force_login(secretary)
    response = client.post(_edit_url(year), {**post_data(members_end_obc=8, reserves=-5), "action": "file"})
    assert response.status_code == 400
    page = response.content.decode()
    assert ("The members at the end of the year by category (98) must add up to the members at the end of the "
            "year by gender (99).") in page
    assert "Enter zero or more. Only the profit or loss may be negative." in page
    assert "Upload the annual report (PDF) before filing." in page  # every gap at once when filing
    assert not AnnualReturn.objects.exists()
    response = client.post(_edit_url(year), {**post_data(), "action": "file"})
    assert response.status_code == 400
    assert "Upload the audited accounts (PDF) before filing." in response.content.decode()
    bad = {"audited_accounts": pdfs()["audited_accounts"].__class__("a.pdf", b"not a pdf")}
    response = client.post(_edit_url(year), {**post_data(), **bad, "action": "save"})
    assert "Upload a PDF file." in response.content.decode()


def test_annual_return_filed_cannot_change_through_the_edit_url(client, secretary, year, on):
    ret = file_return(secretary, year)
    on(date(2026, 10, 6))
    client.force_login(secretary)
    detail = reverse("society_return_detail", args=[year.society_id, year.pk, 1])
    response = client.get(_edit_url(year))
    assert response.status_code == 302 and response["Location"] == detail
    response = client.post(_edit_url(year), {**post_data(turnover=1), "action": "file"}, follow=True)
    assert "This return is filed and cannot change. To correct it, file a correction." in response.content.decode()
    assert AnnualReturn.objects.get(pk=ret.pk).turnover == ret.turnover
    assert AnnualReturn.objects.count() == 1


def test_annual_return_correction_versions_both_visible(client, secretary, year, on):
    file_return(secretary, year, today=date(2026, 10, 1))
    on(date(2026, 10, 25))
    client.force_login(secretary)
    correct = reverse("society_return_correct", args=[year.society_id, year.pk])
    assert "Give the reason for the correction." in client.post(correct, {"reason": ""}).content.decode()
    response = client.post(correct, {"reason": "Deposits omitted"})
    assert response["Location"] == _edit_url(year)
    response = client.post(_edit_url(year), {**post_data(deposits=1300000), "action": "file"}, follow=True)
    page = response.content.decode()
    assert "RET/SNT/2026/000002" in page and "RET/SNT/2026/000001" in page
    assert "Corrects v1: Deposits omitted" in page and "late" in page  # filed 25 Oct, after 20 Oct
    first = client.get(reverse("society_return_detail", args=[year.society_id, year.pk, 1])).content.decode()
    assert "A later version (v2) has been filed; this one is kept on record." in first
    assert ActivityEntry.objects.filter(action=GovernanceAction.RETURN_CORRECTED).count() == 1


@pytest.mark.parametrize("today, text", [
    (date(2026, 3, 31), "Not due yet"),
    (date(2026, 10, 20), "Due by 20 Oct 2026"),
    (date(2026, 10, 21), "Overdue"),
])
def test_annual_return_secretary_list_status_on_literal_dates(client, secretary, year, on, today, text):
    on(today)
    client.force_login(secretary)
    page = client.get(reverse("society_returns", args=[year.society_id])).content.decode()
    assert text in page and "/law/annual_returns_30d/" in page


def _status_of(page: str, name: str) -> str:
    row = page.split(name, 1)[1].split("</tr>", 1)[0]
    for status in ("Filed", "Overdue", "Due"):
        if f">{status}</span>" in row:
            return status
    return "?"


def test_annual_return_office_list_statuses_on_literal_dates(client, arcs_officer, sonitpur, secretary, on):
    _a, with_agm = make_society(sonitpur, 1)
    hold_agm(with_agm)  # AGM 20 Sep 2026 -> due by 20 Oct 2026
    _b, without_agm = make_society(sonitpur, 2)  # no AGM: overdue after 30 Oct 2026 (lifecycles.md §14)
    filed_year = hold_agm(open_year(secretary.society))
    file_return(secretary, filed_year, today=date(2026, 10, 1))
    client.force_login(arcs_officer)
    expected = {date(2026, 10, 20): ("Due", "Due"), date(2026, 10, 21): ("Overdue", "Due"),
                date(2026, 10, 30): ("Overdue", "Due"), date(2026, 10, 31): ("Overdue", "Overdue")}
    for today, (first, second) in expected.items():
        on(today)
        page = client.get(reverse("office_returns") + "?year=2026").content.decode()
        assert (_status_of(page, "Society 001"), _status_of(page, "Society 002")) == (first, second), today
        assert _status_of(page, "Dhekiajuli Dairy") == "Filed"
    on(date(2026, 10, 21))
    overdue = client.get(reverse("office_returns") + "?year=2026&status=overdue").content.decode()
    assert "Society 001" in overdue and "Society 002" not in overdue and "Dhekiajuli" not in overdue
    on(date(2026, 11, 24))
    default = client.get(reverse("office_returns")).content.decode()  # the latest ended year: ending 2026
    assert "Annual returns for the year ending in 2026" in default and "RET/SNT/2026/000001" in default


@pytest.mark.parametrize("size", [5, 50])
def test_annual_return_office_list_query_count(client, arcs_officer, sonitpur, kamrup, on, size,
                                               django_assert_max_num_queries, django_assert_num_queries):
    for n in range(size):
        _society, year = make_society(sonitpur, n + 1)
        if n % 3 == 0:
            hold_agm(year)
        if n % 3 == 1:
            year.returns_filed_on = date(2026, 10, 1)
            year.save(update_fields=["returns_filed_on"])
    make_society(kamrup, 99)
    on(date(2026, 10, 21))
    client.force_login(arcs_officer)
    url = reverse("office_returns") + "?year=2026"
    client.get(url)  # warm the session
    with django_assert_max_num_queries(10):
        response = client.get(url)
    assert "Society 099" not in response.content.decode()
    with django_assert_num_queries(QUERIES):
        client.get(url)


QUERIES = 8  # session, user, officer, districts, counts, page count, page rows, nav/inbox: the same at 5 and 50 societies


def test_annual_return_notices_pdf(client, arcs_officer, sonitpur, secretary, on, django_capture_on_commit_callbacks):
    year = hold_agm(open_year(secretary.society))
    make_society(sonitpur, 7)  # no AGM: not overdue until after 30 Oct 2026
    on(date(2026, 10, 21))
    client.force_login(arcs_officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("office_returns_notices"), {"year": "2026", "all_overdue": "1"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in ["Notice: annual return not filed", "Dhekiajuli Dairy Co-operative Society Limited",
                     "SNT/REG/2025/0001", "Dhekiajuli, Sonitpur", "1 April 2025 to 31 March 2026",
                     "20 October 2026", "Under section 129(1) of the Act, \"Every year within thirty days of holding "
                     "of the Annual General Meeting, the Board shall file the following information with the "
                     "Registrar\"", "Under section 129(3)", "treated as an offence", "What to do:",
                     "Assistant Registrar", "21 October 2026"]:
        assert expected in text, expected
    fonts = {str(f["/BaseFont"]) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert any("Lohit" in font for font in fonts)
    assert ActivityEntry.objects.filter(action=GovernanceAction.DEFAULTER_NOTICES_ISSUED,
                                        society=secretary.society).count() == 1
    assert Notification.objects.filter(recipient=secretary, subject__startswith="Notice: annual return").exists()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "returns-notice.pdf").write_bytes(response.content)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(OUT / "returns-notice.pdf"),
                    str(OUT / "returns-notice")], check=True)
    assert year.pk


def test_annual_return_notice_carries_its_number_from_the_register_and_keeps_it_when_printed_again(
        client, arcs_officer, secretary, on):
    from orders.models import Order

    hold_agm(open_year(secretary.society))
    on(date(2026, 10, 21))
    client.force_login(arcs_officer)
    texts = []
    for _attempt in range(2):  # a double click prints the same notice again, never a second number
        response = client.post(reverse("office_returns_notices"), {"year": "2026", "all_overdue": "1"})
        texts.append(" ".join(PdfReader(io.BytesIO(response.content)).pages[0].extract_text().split()))
    notice = Order.objects.get(kind="governance.defaulter_notice")
    assert notice.number == "NTC/SNT/2026/000001" and not notice.decides and notice.communicated_on == date(2026, 10, 21)
    assert all(f"Notice No. {notice.number}" in text for text in texts)
    # The Registrar's office is named once in the header, the district office once.
    assert texts[0].count("Office of the Registrar of Co-operative Societies, Assam") <= 1


def test_annual_return_notices_refuse_empty_and_foreign_selection(client, arcs_officer, other_district_officer,
                                                                  secretary, on):
    year = hold_agm(open_year(secretary.society))
    on(date(2026, 10, 21))
    client.force_login(arcs_officer)
    response = client.post(reverse("office_returns_notices"), {"year": "2026"}, follow=True)
    assert ("Select at least one society whose return is overdue, or choose \"all overdue in this list\"."
            in response.content.decode().replace("&quot;", '"'))
    client.force_login(other_district_officer)
    response = client.post(reverse("office_returns_notices"), {"year": "2026", "fy": [str(year.pk)]}, follow=True)
    assert "None of the selected societies has an overdue return today; no notice was issued." in \
        response.content.decode()
    assert not ActivityEntry.objects.filter(action=GovernanceAction.DEFAULTER_NOTICES_ISSUED).exists()
    assert FinancialYear.objects.get(pk=year.pk).returns_filed_on is None
    assert services.year_return_status(year, date(2026, 10, 21)) == "overdue"
