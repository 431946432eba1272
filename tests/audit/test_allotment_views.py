"""Office and auditor pages of the allotment: who sees which audit, query counts, the dashboard's figures against
their lists, the allotment letter read back."""

import io
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from audit import reports
from audit.letters import allotment_letter_pdf
from audit.models import Audit, AuditStatus
from registrar.models import District, Rank
from tests.conftest import make_officer
from tests.reports_support import assert_figures_match_lists

from .allotment_support import FY, TODAY, allot, firm_user, opened, panel, society

pytestmark = pytest.mark.django_db


def _societies(n, start=0, district=None):
    return [society(district, number=f"SNT/REG/2024/{start + i:04d}", name=f"Society {start + i}") for i in range(n)]


def test_audit_auditor_of_another_audit_gets_404(client, arcs_officer, auditor):
    first, second = opened(society()), opened(society(number="SNT/REG/2024/0002", name="Second Society"))
    user_a = firm_user(arcs_officer, first, panel())
    user_b = firm_user(arcs_officer, second, panel(name="Baruah Associates", frn="322222E",
                                                   email="office@baruah.in", icai="061111"))
    client.force_login(user_a)
    assert client.get(reverse("audit_auditor_detail", args=[first.pk])).status_code == 200
    assert client.get(reverse("audit_auditor_detail", args=[second.pk])).status_code == 404
    listed = client.get(reverse("audit_auditor_list"))
    assert [a.pk for a in listed.context["audits"]] == [first.pk]
    assert user_b != user_a
    # departmental auditors: each sees their own only, on the workspace and on the office pages
    other = make_officer("auditor.two", Rank.AUDITOR, ["SNT"])
    third = opened(society(number="SNT/REG/2024/0003", name="Third Society"))
    fourth = opened(society(number="SNT/REG/2024/0004", name="Fourth Society"))
    allot(arcs_officer, third, auditor=auditor)
    allot(arcs_officer, fourth, auditor=other)
    client.force_login(auditor)
    assert client.get(reverse("audit_auditor_detail", args=[third.pk])).status_code == 200
    assert client.get(reverse("audit_auditor_detail", args=[fourth.pk])).status_code == 404
    assert client.get(reverse("audit_office_detail", args=[fourth.pk])).status_code == 404
    office = client.get(reverse("audit_office_list") + "?year=2025")
    assert [a.pk for a in office.context["page"].object_list] == [third.pk]
    # once the audit's last objection is closed, the auditor's access ends
    Audit.objects.filter(pk=third.pk).update(closed_on=TODAY)
    assert client.get(reverse("audit_auditor_detail", args=[third.pk])).status_code == 404


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_audit_lists_query_count_constant_at_two_sizes(client, arcs_officer, auditor):
    firm = panel(capacity=50)
    sizes = []
    for start, n in ((0, 2), (10, 12)):
        for i, row in enumerate(_societies(n, start)):
            audit = opened(row)
            if i % 2:
                allot(arcs_officer, audit, auditor=auditor)
            else:
                allot(arcs_officer, audit, firm=firm)
        client.force_login(arcs_officer)
        office = _count(client, reverse("audit_office_list") + "?year=2025")
        client.force_login(auditor)
        mine = _count(client, reverse("audit_auditor_list"))
        client.force_login(arcs_officer)
        panel_page = _count(client, reverse("audit_panel"))
        sizes.append((office, mine, panel_page))
    assert sizes[0] == sizes[1], f"queries grew with the rows: {sizes}"


def test_audit_dashboard_figures_equal_their_lists(client, arcs_officer, auditor, registrar):
    today = date(2026, 11, 2)  # past the six months of 2025-26
    rows = _societies(6)
    audits = [opened(row, today=TODAY) for row in rows]
    for audit in audits[1:]:
        allot(arcs_officer, audit, auditor=auditor)
    Audit.objects.filter(pk=audits[2].pk).update(status=AuditStatus.IN_PROGRESS, started_on=TODAY)
    Audit.objects.filter(pk=audits[3].pk).update(status=AuditStatus.COMPLETED, completed_on=date(2026, 8, 1),
                                                 report_due_on=date(2026, 8, 15))        # report late
    Audit.objects.filter(pk=audits[4].pk).update(status=AuditStatus.COMPLETED, completed_on=date(2026, 10, 25),
                                                 report_due_on=date(2026, 11, 8))        # in time
    kamrup = society(District.objects.get(code="KMR"), number="KMR/REG/2024/0001", name="Kamrup Society")
    opened(kamrup, today=TODAY)
    opened(rows[0], fy_end=date(2025, 3, 31), today=TODAY)                               # another year
    report = reports.AUDIT_DASHBOARD
    figures = {f.key: n for f, n in report.compute(arcs_officer, today, {"year": 2025})}
    assert figures["due"] == 6 and figures["open"] == 1 and figures["allotted"] == 2
    assert figures["completed"] == 2 and figures["reports_late"] == 1 and figures["overdue"] == 4
    assert_figures_match_lists(report, arcs_officer, today, {"year": 2025})
    assert_figures_match_lists(report, arcs_officer, today)  # as the frame computes it: the default year
    statewide = {f.key: n for f, n in report.compute(registrar, today, {"year": 2025})}
    assert statewide["due"] == 7
    per = {r["society__district__name"]: r for r in reports.per_district(registrar, today, 2025)}
    assert per["Sonitpur"]["share"] == 33 and per["Kamrup"]["due"] == 1


def test_audit_allotment_letter_pdf_in_english_and_assamese(arcs_officer, auditor):
    audit = allot(arcs_officer, opened(society()), auditor=auditor)
    data = allotment_letter_pdf(Audit.objects.select_related("society__district").get(pk=audit.pk))
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert audit.allotment_order.number in text and "Borsola Fishery" in text
    assert "30 September 2026" in text and "31 August 2026" in text and FY.year == 2026
    assert "আদেশ" in text


def test_audit_allot_view_shows_the_guard_and_the_warning(client, arcs_officer, auditor):
    audit = opened(society(registered_on=date(2022, 6, 1)))
    firm = panel()
    client.force_login(arcs_officer)
    url = reverse("audit_allot", args=[audit.pk])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("registrar.clock.today", lambda: TODAY)
        refused = client.post(url, {"firm": firm.pk, "agm_resolution_on": "20-04-2026"})
        assert refused.status_code == 400
        assert "must be done by a departmental auditor" in refused.content.decode()
        done = client.post(url, {"officer": auditor.officer.pk})
    assert done.status_code == 302
    assert Audit.objects.get(pk=audit.pk).status == AuditStatus.ALLOTTED


def test_audit_public_card_shows_the_last_audited_year_and_class(client, arcs_officer, auditor):
    from audit.models import AuditReport
    from audit.selectors import last_audit

    row = society()
    assert last_audit(row) is None
    audit = allot(arcs_officer, opened(row), auditor=auditor)
    Audit.objects.filter(pk=audit.pk).update(status=AuditStatus.REPORTED, completed_on=TODAY, reported_on=TODAY)
    AuditReport.objects.create(audit=audit, marks=65, audit_class="B", opinion="True and fair.", share_capital=0,
                               deposits=0, borrowings=0, loans_outstanding=0, working_capital=0, turnover=0,
                               profit_or_loss=0, reserves=0, filed_on=TODAY, filed_by=auditor)
    found = last_audit(row)
    assert (found.fy_label, found.audit_class) == ("2025-26", "B")
    page = client.get(reverse("public_compliance", args=[row.public_token])).content.decode()
    assert "Last audited year: 2025-26, class B." in page


def test_audit_fee_demand_and_receipt_pdfs_read_back(arcs_officer, auditor):
    from audit.letters import fee_demand_pdf, fee_receipt_pdf

    from .allotment_support import with_fee

    audit = allot(arcs_officer, opened(society()), auditor=auditor)
    due = with_fee(arcs_officer, audit, paid=True)
    audit = Audit.objects.select_related("society__district", "fee_due__order").get(pk=audit.pk)

    def text(data):
        return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)

    demand = text(fee_demand_pdf(audit, today=TODAY))
    assert due.order.number in demand and "900.00" in demand and "81(3)" in demand and "অডিট" in demand
    receipt = text(fee_receipt_pdf(audit, due.payments.get()))
    assert "TC-4471" in receipt and "Receipt for the audit fee" in receipt
