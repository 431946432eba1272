"""Annual return services: validation, drafts, filing, immutability, corrections, notices (s.129)."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from registrar.models import ActivityEntry, Notification
from societies.governance.actions import GovernanceAction
from societies.governance.models import AnnualReturn
from societies.governance.models.returns import FiledReturnIsFinal
from societies.governance.services import returns as services

from .helpers import AGM, FY_END, LAST_DAY, file_return, full_data, hold_agm, open_year, pdfs

pytestmark = pytest.mark.django_db


@pytest.fixture
def year(secretary):
    return hold_agm(open_year(secretary.society))


def _errors(exc) -> dict:
    return {field: [str(m) for m in msgs] for field, msgs in exc.value.message_dict.items()}


def test_annual_return_rules_literal_dates(secretary):
    year = open_year(secretary.society)
    assert year.returns_last_day == date(2026, 10, 30)  # no AGM: 30 Sep 2026 + 30 days (lifecycles.md §14)
    assert hold_agm(year).returns_last_day == LAST_DAY == date(2026, 10, 20)


def test_annual_return_file_assigns_acknowledgement_and_logs(secretary, year, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ret = file_return(secretary, year, today=date(2026, 10, 5))
    assert ret.state == "filed" and ret.version == 1
    assert ret.acknowledgement_number == "RET/SNT/2026/000001"
    assert (ret.filed_on, ret.filed_by) == (date(2026, 10, 5), secretary)
    year.refresh_from_db()
    assert year.returns_filed_on == date(2026, 10, 5)
    entry = ActivityEntry.objects.get(action=GovernanceAction.RETURN_FILED)
    assert entry.data["acknowledgement"] == "RET/SNT/2026/000001" and entry.data["late"] is False
    note = Notification.objects.get(recipient=secretary, key=f"return_filed:{ret.pk}")
    assert "RET/SNT/2026/000001" in note.body


def test_annual_return_filed_late_is_accepted_and_marked(secretary, year):
    ret = file_return(secretary, year, today=date(2026, 10, 21))
    assert ret.state == "filed"
    assert ActivityEntry.objects.get(action=GovernanceAction.RETURN_FILED).data["late"] is True


def test_annual_return_category_sum_must_match_end_total(secretary, year):
    with pytest.raises(ValidationError) as exc:
        file_return(secretary, year, members_end_obc=8)
    assert _errors(exc)["members_end_general"] == [
        "The members at the end of the year by category (98) must add up to the members at the end of the year "
        "by gender (99)."]
    assert not AnnualReturn.objects.exists()


def test_annual_return_negative_reserves_refused_but_loss_allowed(secretary, year):
    with pytest.raises(ValidationError) as exc:
        file_return(secretary, year, reserves=-1)
    assert _errors(exc)["reserves"] == ["Enter zero or more. Only the profit or loss may be negative."]
    assert file_return(secretary, year, profit_or_loss=-99999).profit_or_loss == -99999


@pytest.mark.parametrize("agm, message", [
    (None, "Enter the date of the annual general meeting: the return is filed within 30 days of it "
           "(section 129(1))."),
    (date(2026, 3, 30), "The AGM for this year cannot be before the year ended on 31 Mar 2026."),
    (date(2026, 10, 2), "This date is in the future."),
])
def test_annual_return_agm_date_checked(secretary, year, agm, message):
    with pytest.raises(ValidationError) as exc:
        file_return(secretary, year, today=date(2026, 10, 1), agm_held_on=agm)
    assert _errors(exc)["agm_held_on"] == [message]


def test_annual_return_agm_on_year_end_and_today_accepted(secretary, year):
    assert file_return(secretary, year, today=date(2026, 10, 1), agm_held_on=date(2026, 10, 1)).state == "filed"


def test_annual_return_women_not_more_than_directors(secretary, year):
    with pytest.raises(ValidationError) as exc:
        file_return(secretary, year, board_directors=5, board_women=6)
    assert _errors(exc)["board_women"] == ["The women on the Board cannot be more than the directors on the Board."]


def test_annual_return_file_requires_both_uploads(secretary, year):
    services.return_save_draft(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                               data=full_data(), files={"audited_accounts": pdfs()["audited_accounts"]},
                               today=date(2026, 10, 1))
    with pytest.raises(ValidationError) as exc:
        services.return_file(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                             today=date(2026, 10, 1))
    assert _errors(exc) == {"annual_report": ["Upload the annual report (PDF) before filing."]}


def test_annual_return_not_before_year_end(secretary, year):
    with pytest.raises(ValidationError) as exc:
        file_return(secretary, year, today=FY_END, agm_held_on=None)
    assert exc.value.messages == ["This financial year has not ended yet: its return can be filed after 31 Mar 2026."]


def test_annual_return_draft_partial_then_resume_and_file(secretary, year):
    draft = services.return_save_draft(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                                       data={"members_start_women": 40}, today=date(2026, 9, 25))
    assert draft.state == "draft" and draft.agm_held_on == AGM  # prefilled from the year
    again = services.return_save_draft(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                                       data={"members_start_men": 55}, today=date(2026, 9, 26))
    assert again.pk == draft.pk and (again.members_start_women, again.members_start_men) == (40, 55)
    assert ActivityEntry.objects.filter(action=GovernanceAction.RETURN_DRAFTED).count() == 1
    filed = services.return_file(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                                 today=date(2026, 10, 1), data=full_data(), files=pdfs())
    assert filed.pk == draft.pk and filed.state == "filed"


def test_annual_return_draft_refuses_contradictions_not_gaps(secretary, year):
    with pytest.raises(ValidationError):
        services.return_save_draft(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                                   data={"reserves": -1}, today=date(2026, 9, 25))  # impossible, not unfinished
    assert not AnnualReturn.objects.exists()


def test_annual_return_only_the_secretary(other_citizen, secretary, year):
    with pytest.raises(PermissionDenied):
        services.return_file(society=secretary.society, financial_year_id=year.pk, actor=other_citizen,
                             today=date(2026, 10, 1), data=full_data(), files=pdfs())


def test_annual_return_filed_cannot_change(secretary, year):
    ret = file_return(secretary, year)
    ret.turnover = 1
    with pytest.raises(FiledReturnIsFinal):
        ret.save()
    with pytest.raises(FiledReturnIsFinal):
        ret.delete()
    with pytest.raises(ValidationError) as exc:
        file_return(secretary, year)
    assert exc.value.messages == ["This return is filed and cannot change. To correct it, file a correction."]
    with pytest.raises(ValidationError):
        services.return_save_draft(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                                   data={"turnover": 5}, today=date(2026, 10, 2))
    assert AnnualReturn.objects.get(pk=ret.pk).turnover == full_data()["turnover"]


def test_annual_return_correction_is_a_new_version(secretary, year):
    first = file_return(secretary, year, today=date(2026, 10, 1))
    with pytest.raises(ValidationError) as exc:
        services.return_start_correction(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                                         reason="  ")
    assert exc.value.message_dict == {"reason": ["Give the reason for the correction."]}
    draft = services.return_start_correction(society=secretary.society, financial_year_id=year.pk,
                                             actor=secretary, reason="Turnover misread from the accounts")
    assert (draft.version, draft.corrects, draft.turnover) == (2, first, first.turnover)
    assert draft.audited_accounts.name == first.audited_accounts.name
    second = services.return_file(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                                  today=date(2026, 10, 3), data={"turnover": 3500000})
    assert second.acknowledgement_number == "RET/SNT/2026/000002"
    assert [(r.version, r.state) for r in AnnualReturn.objects.order_by("version")] == [(1, "filed"), (2, "filed")]
    assert AnnualReturn.objects.get(pk=first.pk).turnover == full_data()["turnover"]
    year.refresh_from_db()
    assert year.returns_filed_on == date(2026, 10, 1)  # the first filing counts for s.129
    entry = ActivityEntry.objects.get(action=GovernanceAction.RETURN_CORRECTED)
    assert entry.data["reason"] == "Turnover misread from the accounts" and entry.data["version"] == 2


def test_annual_return_notice_only_for_overdue(secretary, arcs_officer, other_district_officer, year,
                                               django_capture_on_commit_callbacks):
    with pytest.raises(ValidationError) as exc:
        services.returns_notices_issue(actor=arcs_officer, financial_years=[year], today=LAST_DAY,
                                       office_name="Office")
    assert exc.value.messages == [
        "The return of Dhekiajuli Dairy Co-operative Society Limited for 2025–26 is not overdue."]
    with pytest.raises(PermissionDenied):
        services.returns_notices_issue(actor=other_district_officer, financial_years=[year],
                                       today=date(2026, 10, 21), office_name="Office")
    with django_capture_on_commit_callbacks(execute=True):
        services.returns_notices_issue(actor=arcs_officer, financial_years=[year], today=date(2026, 10, 21),
                                       office_name="Office")
    note = Notification.objects.get(recipient=secretary)
    assert note.subject == "Notice: annual return for 2025–26 overdue"
    assert "was due by 20 Oct 2026 under section 129(1)" in note.body
    assert ActivityEntry.objects.filter(action=GovernanceAction.DEFAULTER_NOTICES_ISSUED).count() == 1
