"""The claims register (s.94(3)): the last day and the late flag on real claims, liabilities in the books deemed
claimed, the CSV import as hostile input (all or nothing, per-row errors), admit/reject with reasons, the
claimant's private status page, the claims list's query count at two sizes, and 404 for another society's
liquidator."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from liquidation.models import Claim, ClaimSource, ClaimStatus
from liquidation.services import claims as services
from registrar.models import Holiday

from .workspace_helpers import liquidator_officer, winding_up

pytestmark = pytest.mark.django_db
LAST_DAY = date(2026, 5, 11)  # 10 Mar + 2 months = 10 May 2026, a Sunday: Monday 11 May


@pytest.fixture
def liquidator(db):
    return liquidator_officer()


@pytest.fixture
def case(arcs_officer, liquidator):
    return winding_up(arcs_officer, liquidator)


def _enter(case, liquidator, received_on, source=ClaimSource.FILED, name="Sonitpur Central Co-operative Bank"):
    return services.claim_enter(actor=liquidator, winding_up_id=case.pk, source=source, today=date(2026, 6, 1),
                                data=services.ClaimInput(claimant_name=name, amount=Decimal("125000"),
                                                         claim_class="secured", received_on=received_on))


def test_claims_window_last_day_is_not_late_and_the_day_after_is_flagged(case, liquidator):
    Holiday.objects.filter(date__range=(date(2026, 5, 1), date(2026, 5, 31))).delete()
    assert services.claims_last_day(case) == LAST_DAY
    assert _enter(case, liquidator, LAST_DAY).late is False
    late = _enter(case, liquidator, date(2026, 5, 12), name="Tezpur Traders")
    assert late.late is True and late.status == ClaimStatus.PENDING  # accepted, for the liquidator's decision
    # a liability in the books is deemed claimed from day 1: never late
    assert _enter(case, liquidator, date(2026, 5, 20), source=ClaimSource.BOOKS, name="Ward 4 depositors").late is False


def test_claim_reference_serial_and_priority_follow_the_class(case, liquidator):
    claim = _enter(case, liquidator, date(2026, 4, 1))
    assert (claim.reference, claim.priority) == (f"CL-{case.pk}-0001", 4)


def test_claims_import_refuses_the_whole_file_with_errors_per_row(case, liquidator):
    data = (b"claimant_name,amount,claim_class,particulars,as_on\n"
            b"Apex Bank,250000,secured,Cash credit,31-03-2026\n"
            b",100,unsecured,,31-03-2026\n"
            b"Ram Das,12abc,deposits,FD 12,31-03-2026\n"
            b"Gita Bora,500,bonus,Salary,31-13-2026\n"
            b"Apex Bank,1,secured,Cash credit,\n"
            b"Mohan,=SUM(A1),unsecured,,\n")
    with pytest.raises(services.ImportRefused) as refused:
        services.claims_import(actor=liquidator, winding_up_id=case.pk, name="creditors.csv", data=data,
                               today=date(2026, 6, 1))
    problems = {p.row: " ".join(p.messages) for p in refused.value.problems}
    assert sorted(problems) == [3, 4, 5, 6, 7]
    assert "Give the claimant's name." in problems[3]
    assert "amount: “12abc” is not an amount in rupees." in problems[4]
    assert "“bonus” is not a class of claim" in problems[5] and "as_on: “31-13-2026” is not a date" in problems[5]
    assert "The same creditor and particulars are on row 2." in problems[6]
    assert "amount holds a formula: paste the values." in problems[7]
    assert Claim.objects.count() == 0  # nothing half-imported


def test_claims_import_enters_books_liabilities_as_deemed_claims(case, liquidator):
    data = "claimant_name,amount,claim_class,as_on\nApex Bank,250000,secured,31-03-2026\nDepositors,1200.50,deposits,\n"
    made = services.claims_import(actor=liquidator, winding_up_id=case.pk, name="c.csv", data=data.encode(),
                                  today=date(2026, 6, 1))
    assert [(c.source, c.late, c.priority) for c in made] == [("books", False, 4), ("books", False, 5)]


def test_claims_import_refuses_a_binary_file(case, liquidator):
    with pytest.raises(ValidationError):
        services.claims_import(actor=liquidator, winding_up_id=case.pk, name="c.csv", data=b"\x00\x01PK\x03",
                               today=date(2026, 6, 1))


def test_claim_rejection_needs_reasons_and_partial_admission_too(case, liquidator):
    claim = _enter(case, liquidator, date(2026, 4, 1))
    with pytest.raises(ValidationError) as exc:
        services.claim_decide(actor=liquidator, claim_id=claim.pk, admit=False, today=date(2026, 6, 1))
    assert exc.value.message_dict["reasons"] == [str(services.REASONS_NEEDED)]
    with pytest.raises(ValidationError):
        services.claim_decide(actor=liquidator, claim_id=claim.pk, admit=True, admitted_amount=Decimal("1000"),
                              today=date(2026, 6, 1))
    claim = services.claim_decide(actor=liquidator, claim_id=claim.pk, admit=True, admitted_amount=Decimal("1000"),
                                  reasons="Interest after the order is not admitted.", today=date(2026, 6, 1))
    assert (claim.status, claim.admitted_amount) == (ClaimStatus.ADMITTED, Decimal("1000"))


def test_claimant_sees_only_their_own_claim_by_its_secret_link(client, case, liquidator):
    mine = _enter(case, liquidator, date(2026, 4, 1), name="Bipul Saikia")
    _enter(case, liquidator, date(2026, 4, 2), name="Other Claimant Das")
    page = client.get(f"/liquidation/claim-status/{mine.token}/")
    body = page.content.decode()
    assert page.status_code == 200 and mine.reference in body and "Being examined" in body
    assert "Other Claimant Das" not in body and "Bipul Saikia" not in body  # no names on the page
    assert page["Referrer-Policy"] == "no-referrer"
    assert client.get(f"/liquidation/claim-status/{mine.token[:-1]}x/").status_code == 404
    assert client.get(f"/liquidation/claim-status/{mine.reference}/").status_code == 404  # the reference is no key
    assert len(mine.token) >= 43


def test_claims_list_query_count_does_not_grow_with_the_claims(client, case, liquidator):
    client.force_login(liquidator)
    url = f"/liquidation/{case.pk}/claims/"

    def count(n):
        Claim.objects.bulk_create([Claim(winding_up=case, serial=1000 + i + n, reference=f"X-{n}-{i}",
                                         claimant_name=f"Creditor {i}", amount=Decimal("10"), source="books",
                                         received_on=date(2026, 3, 31)) for i in range(n)])
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    assert count(3) == count(40)


def test_liquidator_of_another_society_gets_404(client, arcs_officer, case):
    other_liquidator = liquidator_officer("liquidator.other")
    winding_up(arcs_officer, other_liquidator)
    client.force_login(other_liquidator)
    for path in ("", "claims/", "contributories/", "reports/", "distribution/"):
        assert client.get(f"/liquidation/{case.pk}/{path}").status_code == 404
    client.force_login(arcs_officer)  # the district's ARCS is not the liquidator either
    assert client.get(f"/liquidation/{case.pk}/").status_code == 404


def test_workspace_forms_show_errors_not_a_500(client, case, liquidator):
    client.force_login(liquidator)
    response = client.post(f"/liquidation/{case.pk}/claims/new/", {
        "claimant_name": "Apex Bank", "amount": "0", "claim_class": "secured", "source": "filed",
        "received_on": "2030-01-01"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Enter an amount of more than ₹0." in body and "A claim cannot be received after today." in body
    assert client.post(f"/liquidation/{case.pk}/reports/", {"report": "x", "progress": "y"}).status_code == 404
    response = client.post(f"/liquidation/{case.pk}/distribution/", {"available": "100"})
    assert response.status_code == 400 and "nothing to distribute" in response.content.decode()
