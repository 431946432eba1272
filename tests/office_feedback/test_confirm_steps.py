"""Issue 25 point 3: irreversible office actions outside registration ask for confirmation first. A post without
the confirm step shows the confirmation page and changes nothing; with it, the message says what was done."""

from datetime import date

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from orders.views import transfers as transfer_views
from registrar import clock
from registrar.models import Rank, RectificationOrder
from registrar.views import rectification as rectification_views
from societies.governance import sweepers
from societies.governance.models import ComplianceFlag
from societies.governance.views import flags as flag_views
from societies.registration.models import RegistrationApplication
from tests.conftest import make_officer
from tests.gov_sweepers.helpers import elect_board, make_society
from tests.orders_transfer.helpers import give_cases
from tests.rectification.helpers import make_deemed

pytestmark = pytest.mark.django_db
ORDER = "Heard the President; no Board meeting was held for 130 days. Bar confirmed."


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def gap_flag(secretary):
    society = make_society(secretary=secretary)
    elect_board(society, date(2023, 6, 1), next_meeting_due_on=date(2026, 5, 10))
    sweepers.boards_cease_presidents_for_gap(today=date(2026, 5, 11))
    return ComplianceFlag.objects.get()


def test_flag_confirm_without_the_confirm_step_changes_nothing(client, registrar, gap_flag):
    client.force_login(registrar)
    url = reverse("office_flag_detail", args=[gap_flag.pk])
    response = client.post(url, {"decision": "confirm", "order_text": ORDER})
    assert response.status_code == 200
    assert str(flag_views.CONFIRM_TITLE) in response.content.decode()
    assert ComplianceFlag.objects.get().state == ComplianceFlag.State.OPEN
    done = client.post(url, {"decision": "confirm", "order_text": ORDER, "confirmed": "yes"})
    flag = ComplianceFlag.objects.get()
    assert flag.state == ComplianceFlag.State.CONFIRMED
    assert _messages(done) == [flag_views.CONFIRMED % {"society": flag.society.name, "number": flag.order_number,
                                                       "date": f"{flag.decided_on:%d %b %Y}"}]


def test_rectification_without_the_confirm_step_changes_nothing(client, citizen, sonitpur, registrar, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 3, 20))
    _application, entry = make_deemed(citizen, sonitpur)
    client.force_login(registrar)
    url = reverse("rectification_order", args=[entry.seq])
    payload = {"real_date": "2026-03-12", "outcome": "certificate", "reasons": "Posted 12 Mar 2026; entered late."}
    response = client.post(url, payload)
    assert response.status_code == 200
    assert str(rectification_views.CONFIRM_TITLE) in response.content.decode()
    assert not RectificationOrder.objects.exists()
    done = client.post(url, {**payload, "confirmed": "yes"})
    order = RectificationOrder.objects.get()
    assert _messages(done) == [rectification_views.ORDER_MADE % {
        "number": order.number, "date": "20 Mar 2026", "effect": rectification_views.action_label(entry.action),
        "society": entry.society.name, "real_date": "12 Mar 2026"}]


def test_transfer_without_the_confirm_step_moves_nothing(client, arcs_officer, citizen, registrar, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 11, 20))
    give_cases(arcs_officer, citizen)
    successor = make_officer("rituraj.sonitpur", Rank.ARCS, ["SNT"])
    client.force_login(registrar)
    url = reverse("officer_transfer_cases", args=[arcs_officer.officer.pk])
    response = client.post(url, {"successor": successor.officer.pk})
    assert response.status_code == 200
    assert str(transfer_views.CONFIRM_TITLE) in response.content.decode()
    assert not RegistrationApplication.objects.filter(assigned_officer=successor).exists()
    done = client.post(url, {"successor": successor.officer.pk, "confirmed": "yes"})
    assert RegistrationApplication.objects.filter(assigned_officer=successor).exists()
    assert _messages(done) == [transfer_views.CASES_MOVED % {"count": 3, "from": "Arcs", "to": "Rituraj",
                                                            "date": "20 Nov 2026"}]
