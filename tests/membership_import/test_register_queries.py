"""Performance section of issue 14: the register list and a member's page in a constant number of queries,
whatever the society's size and the member's history (bench/membership_register.py times them at 50,000)."""

from datetime import date, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from membership import register
from membership.models import Member, Nomination, ShareLedgerEntry
from tests.membership.helpers import bulk_members


def _count(client, url) -> tuple[int, str]:
    client.get(url)  # warm per-process caches (content types, the session's first touch)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries), response.content.decode()


def _grow_history(member: Member, times: int) -> None:
    """`times` more versions, ledger entries and (closed) nominations for one member."""
    day = member.admitted_on
    for i in range(times):
        day += timedelta(days=30)
        register.entry_change(member, on=day, occupation=f"Occupation {i}")
        ShareLedgerEntry.objects.create(society=member.society, member=member, on=day,
                                        kind=ShareLedgerEntry.Kind.ALLOTMENT, shares=1, value=100)
        Nomination.objects.create(member=member, nominee_name=f"Nominee {i}", valid_from=day,
                                  valid_to=day + timedelta(days=1))


def test_register_member_page_query_count_constant_at_two_sizes(client, secretary, arcs_officer):
    society = secretary.society
    bulk_members(society, 10, admitted_on=date(2015, 1, 1))
    pages = [(secretary, reverse("society_member_detail", kwargs={"pk": society.pk, "number": 5})),
             (arcs_officer, reverse("office_member_detail", kwargs={"pk": society.pk, "number": 5}))]
    small = []
    for user, url in pages:
        client.force_login(user)
        small.append(_count(client, url)[0])
    bulk_members(society, 400, start_number=11, admitted_on=date(2015, 1, 1))
    _grow_history(Member.objects.select_related("person", "society").get(society=society, number=5), 12)
    for (user, url), before in zip(pages, small, strict=True):
        client.force_login(user)
        after, page = _count(client, url)
        assert after == before, (url, before, after)
        assert "Occupation 11" in page and "Nominee 11" in page  # the longer history is on the page


def test_register_list_query_count_constant_with_search_and_past_day(client, secretary):
    society = secretary.society
    client.force_login(secretary)
    url = reverse("society_members", kwargs={"pk": society.pk}) + "?on=2024-01-01&q=Bulk&page=2"
    bulk_members(society, 60, admitted_on=date(2015, 1, 1))
    small, _page = _count(client, url)
    bulk_members(society, 600, start_number=61, admitted_on=date(2015, 1, 1))
    large, page = _count(client, url)
    assert small == large
    assert "Page 2 of 14" in page


def test_register_page_annotates_only_its_own_rows(client, secretary):
    """Shares and nominee subqueries run for the 50 rows of the page (the OFFSET inside an id subquery), not for
    every row an OFFSET skips."""
    society = secretary.society
    bulk_members(society, 120, admitted_on=date(2015, 1, 1))
    client.force_login(secretary)
    client.get(reverse("society_members", kwargs={"pk": society.pk}))
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("society_members", kwargs={"pk": society.pk}) + "?page=2")
    assert "Bulk 51<" in response.content.decode() or "Bulk 51 " in response.content.decode()
    annotated = [q["sql"] for q in ctx.captured_queries if "SUM(" in q["sql"].upper()]
    assert len(annotated) == 1
    sql = annotated[0].upper()
    assert " IN (SELECT" in sql and sql.index("OFFSET") > sql.index(" IN (SELECT")  # the OFFSET is inside the id subquery
