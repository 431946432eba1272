"""Point 7: the counts the rest of the portal reads come from the register, and the annual return's member
figures are filled from it, changeable only with a reason."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from membership import register
from membership.models import CessationCause, Gender
from societies.governance.models import AnnualReturn, FinancialYear
from societies.governance.services import returns as services

from .helpers import make_member, make_person

pytestmark = pytest.mark.django_db
TODAY = date(2025, 5, 1)


@pytest.fixture
def year(secretary):
    society = secretary.society
    return FinancialYear.objects.create(society=society, starts_on=date(2024, 4, 1), ends_on=date(2025, 3, 31),
                                        agm_last_day=date(2025, 9, 30), returns_last_day=date(2025, 10, 30))


@pytest.fixture
def members(year):
    society = year.society
    make_member(society, 1, person=make_person("W1", gender=Gender.WOMAN), admitted_on=date(2020, 1, 1),
                category="sc")
    make_member(society, 2, person=make_person("M1"), admitted_on=date(2020, 1, 1))
    make_member(society, 3, person=make_person("W2", gender=Gender.WOMAN), admitted_on=date(2024, 8, 1),
                category="st")
    gone = make_member(society, 4, person=make_person("M2"), admitted_on=date(2019, 1, 1))
    register.entry_change(gone, on=date(2024, 12, 1), ceased_on=date(2024, 12, 1),
                          cessation_cause=CessationCause.WITHDRAWAL)


def test_return_figures_filled_from_register(year, members):
    initial = services.draft_initial(year)
    assert (initial["members_start_women"], initial["members_start_men"]) == (1, 2)
    assert (initial["members_end_women"], initial["members_end_men"]) == (2, 1)
    assert (initial["members_end_general"], initial["members_end_sc"], initial["members_end_st"]) == (1, 1, 1)


def test_return_figures_changed_only_with_reason(secretary, year, members):
    figures = services.draft_initial(year)
    changed = {**figures, "members_end_men": 5, "members_end_general": 5}
    with pytest.raises(ValidationError) as caught:
        services.return_save_draft(society=year.society, financial_year_id=year.pk, actor=secretary,
                                   data=changed, today=TODAY)
    assert "members_differ_reason" in caught.value.error_dict
    ret = services.return_save_draft(society=year.society, financial_year_id=year.pk, actor=secretary,
                                     data={**changed, "members_differ_reason": "Four members admitted in March "
                                                                               "are not yet on the portal."},
                                     today=TODAY)
    assert ret.members_end_men == 5
    # The register's own figures need no reason.
    AnnualReturn.objects.filter(pk=ret.pk).delete()
    services.return_save_draft(society=year.society, financial_year_id=year.pk, actor=secretary,
                               data={k: v for k, v in figures.items() if k.startswith("members_")}, today=TODAY)


def test_register_counts_prefill_general_meeting_members_eligible(client, secretary, members, monkeypatch):
    from django.urls import reverse

    monkeypatch.setattr("registrar.clock.today", lambda: TODAY)
    client.force_login(secretary)
    page = client.get(reverse("society_general_meeting_new", kwargs={"pk": secretary.society.pk})).content.decode()
    # Three members on the register on TODAY, all voting (the fourth withdrew in December).
    assert 'name="members_eligible" value="3"' in page
