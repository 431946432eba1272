"""The audit work's pages beyond the triad: an auditor of another audit gets 404 on every auditor page, the
annual return shows the audit's class instead of asking for it, and the public card's reader."""

from datetime import date

import pytest
from django.urls import reverse

from audit.selectors import last_audit
from societies.governance.services.returns import return_save_draft
from societies.governance.services.supervision import financial_year_open
from tests.audit import work_support as ws
from tests.conftest import make_officer


def test_audit_work_pages_are_404_for_the_auditor_of_another_audit(client, arcs_officer, auditor, secretary):
    audit, report = ws.reported(arcs_officer, auditor, secretary=secretary, via_service=False)
    other = make_officer("auditor.other", "auditor", ["SNT"])
    ws.allotted(arcs_officer, other, number="SNT/REG/2020/0102")     # the other auditor has an audit of their own
    item = report.objections.first()
    client.force_login(other)
    for name, kwargs in [("audit_work_auditor", {"pk": audit.pk}), ("audit_work_report", {"pk": audit.pk}),
                         ("audit_work_auditor_close", {"pk": audit.pk, "item": item.pk})]:
        assert client.get(reverse(name, kwargs=kwargs)).status_code == 404, name
    assert client.post(reverse("audit_work_auditor_close", kwargs={"pk": audit.pk, "item": item.pk}),
                       {"decision": "accept"}).status_code == 404
    client.force_login(auditor)
    assert client.get(reverse("audit_work_auditor", kwargs={"pk": audit.pk})).status_code == 200


def test_audit_class_is_the_annual_returns_source_not_what_is_typed(arcs_officer, auditor, secretary):
    audit, _report = ws.reported(arcs_officer, auditor, secretary=secretary, via_service=False)
    assert last_audit(audit.society).audit_class == "B"
    year = financial_year_open(audit.society, ws.FY)
    draft = return_save_draft(society=audit.society, financial_year_id=year.pk, actor=secretary,
                              data={"audit_class": "A", "last_audit_on": date(2026, 1, 1)}, today=date(2026, 10, 1))
    assert (draft.audit_class, draft.last_audit_on) == ("B", ws.REPORTED_ON)


@pytest.mark.parametrize("reported, expected", [(False, "none"), (True, "B")])
def test_audit_class_on_a_return_before_and_after_the_first_report(arcs_officer, auditor, secretary, reported,
                                                                   expected):
    from societies.governance.services.returns import audit_facts

    audit = (ws.reported(arcs_officer, auditor, secretary=secretary, via_service=False)[0] if reported
             else ws.completed(arcs_officer, auditor, secretary=secretary))
    assert audit_facts(audit.society)["audit_class"] == expected


def test_audit_objections_overdue_list_queries_constant_at_two_sizes(client, arcs_officer, auditor, secretary):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from audit.services import objections

    def add(n):
        audit, report = ws.reported(arcs_officer, auditor, secretary=secretary, via_service=False,
                                    number=f"SNT/REG/2020/{n:04d}")
        item = report.objections.first()
        ws.explain(item, secretary)
        objections.rectification_direct(audit_id=audit.pk, actor=arcs_officer, objection_ids=[item.pk],
                                        rectify_by=date(2026, 10, 31), text="Rectify.", today=date(2026, 9, 1))

    def count():
        client.force_login(arcs_officer)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("audit_objections_overdue"))
        assert response.status_code == 200
        return len(queries), response.content.decode().count("/work/\">")

    add(201)
    small, rows_small = count()
    add(202)
    add(203)
    large, rows_large = count()
    assert (rows_small, rows_large) == (1, 3)
    assert small == large
