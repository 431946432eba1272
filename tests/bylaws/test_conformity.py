"""The s.12(9) conformity drive (bye_laws_conformity_12m): societies with no amendment registered since the
cut-off (a setting: which Amendment Act s.12(9) means is unresolved), in the officer's jurisdiction only."""

from datetime import date

import pytest

from societies.bylaws import rules, selectors

from .helpers import file_amendment, record_version, register

pytestmark = pytest.mark.django_db


def test_amendment_conformity_drive_lists_societies_not_amended_since_cutoff(secretary, arcs_officer,
                                                                              other_district_officer, settings, client):
    society = secretary.society
    cutoff = date(2026, 7, 15)
    assert [s.pk for s in selectors.society_list_not_conformed(arcs_officer, cutoff)] == [society.pk]
    assert list(selectors.society_list_not_conformed(other_district_officer, cutoff)) == []
    record_version(arcs_officer, society)
    register(arcs_officer, file_amendment(secretary, society, today=date(2026, 7, 20)), date(2026, 7, 25))
    assert list(selectors.society_list_not_conformed(arcs_officer, cutoff)) == []
    assert [s.pk for s in selectors.society_list_not_conformed(arcs_officer, date(2026, 8, 1))] == [society.pk]
    assert rules.conformity_last_day(cutoff) == date(2027, 7, 15)
    settings.BYE_LAWS_CONFORMITY_CUTOFF = "01-08-2026"   # the setting is the page's default cut-off
    client.force_login(arcs_officer)
    page = client.get("/office/bye-laws/conformity/").content.decode()
    assert society.name in page and "legal cell" in page
