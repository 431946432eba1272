"""The register of members (issue 14 point 1): as at a past date, counts, the pages and who sees them."""

from datetime import date

import pytest
from django.urls import reverse
from guardian.shortcuts import assign_perm

from membership import register, selectors
from membership.models import CessationCause, Gender, MemberClass, MemberVersion, Nomination
from registrar.models import ActivityEntry
from tests.conftest import make_user

from .helpers import bulk_members, make_member, make_person, make_society

pytestmark = pytest.mark.django_db


@pytest.fixture
def society(secretary):
    return secretary.society


def test_register_as_at_past_date_shows_entries_as_they_stood(society):
    a = make_member(society, 1, person=make_person("Anjali Deka", gender=Gender.WOMAN), occupation="Weaver")
    b = make_member(society, 2, person=make_person("Dilip Kalita"), admitted_on=date(2021, 6, 1))
    register.entry_change(a, on=date(2022, 3, 1), occupation="Teacher")
    register.entry_change(b, on=date(2023, 1, 10), ceased_on=date(2023, 1, 10),
                          cessation_cause=CessationCause.DEATH)
    Nomination.objects.create(member=a, nominee_name="Rupa Deka", valid_from=date(2020, 1, 1),
                              valid_to=date(2022, 1, 1))
    Nomination.objects.create(member=a, nominee_name="Bobita Deka", valid_from=date(2022, 1, 1))

    def rows(day):
        return {v.number: v for v in selectors.register_as_at(society.pk, day)}

    in_2020 = rows(date(2020, 6, 1))
    assert list(in_2020) == [1]  # Dilip was admitted in 2021
    assert in_2020[1].occupation == "Weaver" and in_2020[1].nominee == "Rupa Deka"
    in_2022 = rows(date(2022, 6, 1))
    assert in_2022[1].occupation == "Teacher" and in_2022[1].nominee == "Bobita Deka"
    assert in_2022[2].ceased_on is None
    now = rows(date(2024, 1, 1))
    assert now[2].ceased_on == date(2023, 1, 10) and now[2].cessation_cause == CessationCause.DEATH
    # The day of a change belongs to the new version (valid_to is exclusive).
    assert rows(date(2022, 3, 1))[1].occupation == "Teacher"
    assert rows(date(2022, 2, 28))[1].occupation == "Weaver"
    assert selectors.register_counts(society.pk, date(2022, 6, 1)).members == 2
    assert selectors.register_counts(society.pk, date(2024, 1, 1)).members == 1


def test_register_change_before_current_version_is_refused(society):
    from django.core.exceptions import ValidationError

    member = make_member(society, 1)
    register.entry_change(member, on=date(2022, 1, 1), occupation="Farmer")
    with pytest.raises(ValidationError):
        register.entry_change(member, on=date(2021, 1, 1), occupation="Teacher")
    assert MemberVersion.objects.filter(member=member).count() == 2


def test_register_counts_women_and_voting_members(society):
    make_member(society, 1, person=make_person("A", gender=Gender.WOMAN))
    make_member(society, 2, person=make_person("B", gender=Gender.WOMAN), voting_pending=True)
    make_member(society, 3, person=make_person("C"), member_class=MemberClass.NON_VOTING)
    make_member(society, 4, person=make_person("D"))
    counts = selectors.register_counts(society.pk, date(2024, 1, 1))
    assert (counts.members, counts.women, counts.voting) == (4, 2, 2)


def test_register_shares_come_from_the_ledger_as_at_the_day(society):
    from membership.models import ShareLedgerEntry

    member = make_member(society, 1, shares=5)
    ShareLedgerEntry.objects.create(society=society, member=member, on=date(2023, 1, 1),
                                    kind=ShareLedgerEntry.Kind.ALLOTMENT, shares=3, value=300)
    assert selectors.member_entry(member, date(2022, 1, 1)).shares_held == 5
    assert selectors.member_entry(member, date(2023, 1, 1)).shares_held == 8


def _register_queries(client, django_assert_num_queries, url, expected=None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm the per-process caches (content types, the session's first touch)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    _CAPTURED[:] = ctx.captured_queries
    return len(ctx.captured_queries), response


_CAPTURED: list = []


def test_register_list_query_count_constant_at_two_sizes(client, secretary, society, django_assert_num_queries):
    client.force_login(secretary)
    url = reverse("society_members", kwargs={"pk": society.pk}) + "?on=2024-01-01"
    bulk_members(society, 10)
    small, _response = _register_queries(client, django_assert_num_queries, url)
    bulk_members(society, 400, start_number=11)
    large, response = _register_queries(client, django_assert_num_queries, url)
    assert small == large <= 10, [q["sql"][:120] for q in _CAPTURED]
    assert b"Bulk 50" in response.content and b"Bulk 51<" not in response.content  # page of 50
    assert "410" in response.content.decode()


def test_register_list_office_query_count_constant_at_two_sizes(client, arcs_officer, society):
    client.force_login(arcs_officer)
    url = reverse("office_society_members", kwargs={"pk": society.pk})
    bulk_members(society, 5)
    small, _ = _register_queries(client, None, url)
    bulk_members(society, 300, start_number=6)
    large, _ = _register_queries(client, None, url)
    assert small == large


def test_register_secretary_of_another_society_gets_404(client, secretary, sonitpur):
    other = make_society(sonitpur)
    make_member(other, 1, person=make_person("Hidden Person"))
    client.force_login(secretary)
    for name, kwargs in (("society_members", {"pk": other.pk}), ("society_members_pdf", {"pk": other.pk}),
                         ("society_member_detail", {"pk": other.pk, "number": 1})):
        assert client.get(reverse(name, kwargs=kwargs)).status_code == 404


def test_register_member_sees_only_their_own_entry(client, society):
    user = make_user("member.one")
    own = make_member(society, 1, person=make_person("Own Entry", user=user))
    other = make_member(society, 2, person=make_person("Someone Else"))
    client.force_login(user)
    page = client.get(reverse("my_memberships")).content.decode()
    assert reverse("my_membership", kwargs={"member_pk": own.pk}) in page
    assert reverse("my_membership", kwargs={"member_pk": other.pk}) not in page
    assert "Own Entry" in client.get(reverse("my_membership", kwargs={"member_pk": own.pk})).content.decode()
    assert client.get(reverse("my_membership", kwargs={"member_pk": own.pk})).status_code == 200
    assert client.get(reverse("my_membership", kwargs={"member_pk": other.pk})).status_code == 404
    # A member is not the society's Board: the whole register stays closed to them.
    assert client.get(reverse("society_members", kwargs={"pk": society.pk})).status_code == 404


def test_register_board_director_linked_to_user_reads_register(client, society):
    from societies.governance.models import Board, Director

    user = make_user("director.one")
    person = make_person("Board Director", user=user)
    board = Board.objects.create(society=society, kind=Board.Kind.ELECTED, took_office_on=date(2024, 1, 1),
                                 term_ends_on=date(2029, 1, 1))
    Director.objects.create(board=board, name="Board Director", gender="man", joined_on=date(2024, 1, 1),
                            person=person)
    make_member(society, 1)
    client.force_login(user)
    assert client.get(reverse("society_members", kwargs={"pk": society.pk})).status_code == 200


def test_register_public_card_shows_counts_only(client, society):
    make_member(society, 1, person=make_person("Secret Name", gender=Gender.WOMAN))
    make_member(society, 2, person=make_person("Other Name"))
    page = client.get(reverse("public_compliance", kwargs={"token": society.public_token})).content.decode()
    assert "2 members on the register" in page and "1 woman member" in page and "2 voting members" in page
    assert "Secret Name" not in page


def test_register_page_shows_privacy_notice_and_printable_pdf(client, secretary, society):
    make_member(society, 1, person=make_person("Printed Person"))
    client.force_login(secretary)
    page = client.get(reverse("society_members", kwargs={"pk": society.pk})).content.decode()
    assert "Digital Personal Data Protection Act, 2023" in page
    response = client.get(reverse("society_members_pdf", kwargs={"pk": society.pk}))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    from io import BytesIO

    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(response.content)).pages).split())
    assert "Printed Person" in text and "Register of members" in text


def test_register_nominee_recorded_by_secretary_keeps_history(client, secretary, society):
    member = make_member(society, 1)
    client.force_login(secretary)
    url = reverse("society_member_detail", kwargs={"pk": society.pk, "number": 1})
    assert client.post(url, {"nominee_name": "First Nominee", "on": "2021-01-01"}).status_code == 302
    assert client.post(url, {"nominee_name": "Second Nominee", "on": "2022-01-01"}).status_code == 302
    names = list(member.nominations.order_by("valid_from").values_list("nominee_name", "valid_to"))
    assert names == [("First Nominee", date(2022, 1, 1)), ("Second Nominee", None)]
    assert ActivityEntry.objects.filter(action="membership.nominee_recorded").count() == 2


def test_register_inspector_reads_but_other_district_gets_404(client, society, other_district_officer):
    make_member(society, 1)
    client.force_login(other_district_officer)
    assert client.get(reverse("office_society_members", kwargs={"pk": society.pk})).status_code == 404


def test_register_group_grant_secretary_sees_register(client, society):
    from django.contrib.auth.models import Group

    group = Group.objects.create(name="sec group")
    user = make_user("group.sec")
    user.groups.add(group)
    assign_perm("societies.act_as_secretary", group, society)
    client.force_login(user)
    assert client.get(reverse("society_members", kwargs={"pk": society.pk})).status_code == 200


def test_register_page_in_assamese(client, secretary, society):
    from django.conf import settings

    make_member(society, 1, person=make_person("Anjali Deka", gender=Gender.WOMAN))
    client.force_login(secretary)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "as"
    page = client.get(reverse("society_members", kwargs={"pk": society.pk})).content.decode()
    assert "সদস্যৰ পঞ্জী" in page and "গোপনীয়তাৰ জাননী" in page and "Anjali Deka" in page
