"""A society abandons its scheme (the Act is silent; lifecycles' scheme ends "withdrawn"): the secretary records
the General Assembly's resolution and reasons; the option windows stop (no deemed assent after it), nothing takes
effect, and the society may file another scheme. Refused without reasons, with a wrong date, by a stranger, after
effect, or once a new society is registered under it; the page offers it while the scheme is open."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from registrar import clock, sweeps
from registrar.activity import ActivityEntry
from societies.restructuring.actions import SchemeAction
from societies.restructuring.models import OptionState, Scheme, SchemeState
from societies.restructuring.services.scheme import scheme_withdraw

from .helpers_scheme import file_division, prepare_and_serve, society_with_members

pytestmark = pytest.mark.django_db
SERVED = date(2026, 1, 5)          # each window's last day 4 Feb 2026


def _served(secretary, district):
    society = society_with_members(district, secretary, size=2, society_type="dairy")
    scheme = file_division(secretary, society, size=2)
    prepare_and_serve(secretary, scheme, society, on=SERVED)
    return society, Scheme.objects.get(pk=scheme.pk)


def _withdraw(secretary, society, scheme, *, today=date(2026, 1, 20), resolution_on=date(2026, 1, 18),
              reasons="The members of both villages resolved to stay together."):
    return scheme_withdraw(actor=secretary, scheme_id=scheme.pk, society_id=society.pk, today=today,
                           resolution_on=resolution_on, reasons=reasons)


def test_withdrawn_scheme_stops_its_windows_and_frees_the_society(secretary, sonitpur):
    society, scheme = _served(secretary, sonitpur)
    withdrawn = _withdraw(secretary, society, scheme)
    assert (withdrawn.state, withdrawn.withdrawn_on, withdrawn.withdrawal_resolution_on) == (
        SchemeState.WITHDRAWN, date(2026, 1, 20), date(2026, 1, 18))
    entry = ActivityEntry.objects.get(action=SchemeAction.SCHEME_WITHDRAWN)
    assert entry.society_id == society.pk and entry.data["was"] == "Notices served: option windows open"

    sweeps.get("division_options_deem_assent").func(today=date(2026, 2, 10))   # past every last day
    assert set(scheme.notices.values_list("option", flat=True)) == {OptionState.OPEN}   # nobody deemed to assent
    again = file_division(secretary, society, size=2, today=date(2026, 2, 1))         # free to file another
    assert again.state == SchemeState.RESOLVED


@pytest.mark.parametrize(("kwargs", "field", "message"), [
    ({"reasons": "  "}, "reasons", "Give the reasons for withdrawing the scheme."),
    ({"resolution_on": date(2025, 12, 31)}, "resolution_on", "cannot be before the resolution that made it"),
    ({"resolution_on": date(2026, 1, 21)}, "resolution_on", "or after today"),
])
def test_withdrawal_refused_with_a_reason_on_the_field(secretary, sonitpur, kwargs, field, message):
    society, scheme = _served(secretary, sonitpur)
    with pytest.raises(ValidationError) as exc:
        _withdraw(secretary, society, scheme, **kwargs)
    assert any(message in m for m in exc.value.message_dict[field])
    assert Scheme.objects.get(pk=scheme.pk).state == SchemeState.NOTICES


def test_withdrawal_only_by_a_transferors_secretary_and_only_while_open(secretary, other_citizen, sonitpur):
    society, scheme = _served(secretary, sonitpur)
    with pytest.raises(PermissionDenied):
        _withdraw(other_citizen, society, scheme)
    _withdraw(secretary, society, scheme)
    with pytest.raises(ValidationError) as exc:
        _withdraw(secretary, society, scheme)
    assert "can no longer be withdrawn" in exc.value.messages[0]


def test_withdrawal_refused_once_a_new_society_is_registered(secretary, sonitpur):
    from tests.membership.helpers import make_society

    society, scheme = _served(secretary, sonitpur)
    party = scheme.parties.filter(role="new_successor").first()
    party.society = make_society(sonitpur, name="Borgaon Dairy Co-operative Society Limited")
    party.save(update_fields=["society"])
    with pytest.raises(ValidationError) as exc:
        _withdraw(secretary, society, scheme)
    assert "Borgaon Dairy Co-operative Society Limited is already registered under the scheme" in exc.value.messages[0]


def test_withdraw_from_the_scheme_page(client, secretary, sonitpur, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 1, 20))
    society, scheme = _served(secretary, sonitpur)
    client.force_login(secretary)
    url = reverse("society_scheme_detail", args=[society.pk, scheme.pk])
    page = client.get(url).content.decode()
    assert 'value="withdraw"' in page and 'value="serve"' in page

    refused = client.post(url, {"action": "withdraw", "resolution_on": "18-01-2026", "reasons": ""})
    assert refused.status_code == 400 and "This field is required." in refused.content.decode()
    done = client.post(url, {"action": "withdraw", "resolution_on": "18-01-2026", "reasons": "Stay together."},
                       follow=True)
    page = done.content.decode()
    assert "The scheme is withdrawn" in page and "Stay together." in page
    assert 'value="withdraw"' not in page and 'value="serve"' not in page and 'value="prepare"' not in page
    assert reverse("society_scheme_new", args=[society.pk]) in page
