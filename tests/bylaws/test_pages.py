"""Office pages of amendments: the list's queries do not grow with its rows; the refusal form appears only once
the society has been directed to reconsider (s.12(7) proviso)."""

from datetime import date

import pytest
from guardian.shortcuts import assign_perm

from societies.bylaws import services
from societies.models import Society

from .helpers import file_amendment, record_version

pytestmark = pytest.mark.django_db


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_amendment_office_list_queries_do_not_grow_with_rows(secretary, arcs_officer, login):
    society = secretary.society
    record_version(arcs_officer, society)
    file_amendment(secretary, society)
    client = login(arcs_officer)
    one = _queries(client, "/office/bye-laws/amendments/")
    for n in range(2, 5):
        other = Society.objects.create(registration_number=f"SNT/REG/2025/01{n}", name=f"Borbari {n} Dairy "
                                       "Co-operative Society Limited", society_type="dairy",
                                       district=society.district, address="Borbari", registered_on=date(2025, 1, 1))
        assign_perm("societies.act_as_secretary", secretary, other)
        record_version(arcs_officer, other)
        file_amendment(secretary, other)
    assert _queries(client, "/office/bye-laws/amendments/") == one


def test_amendment_refusal_form_only_after_direction(secretary, arcs_officer, login):
    record_version(arcs_officer, secretary.society)
    amendment = file_amendment(secretary, secretary.society, today=date(2026, 7, 1))
    client = login(arcs_officer)
    url = f"/office/bye-laws/amendments/{amendment.pk}/"
    page = client.get(url).content.decode()
    assert 'value="refuse"' not in page and 'value="direct"' in page
    response = client.post(url, {"action": "refuse", "reasons": "No."})
    assert response.status_code == 400
    assert 'role="alert">No refusal without first directing the society to reconsider' in response.content.decode()
    services.amendment_direct_reconsideration(actor=arcs_officer, amendment_id=amendment.pk,
                                              today=date(2026, 7, 2), directions="Reconsider clause 5.",
                                              reconsider_by=date(2026, 7, 10))
    assert 'value="refuse"' in client.get(url).content.decode()   # the period has ended by today
