"""Outside parties' pages: the accept page for every state of a token, My cases, the office's pages."""

from datetime import timedelta

import pytest
from django.urls import reverse

from parties import services
from parties.models import Engagement, PartyGrant, PartyInvitation
from registrar.models import User

from .helpers import TODAY, accept_new, engagement, invite, society

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    from registrar import clock

    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def audit(arcs_officer, sonitpur):
    return engagement(arcs_officer, society(sonitpur))


def _accept_url(invitation):
    return reverse("party_invitation_accept", args=[invitation.token])


def test_accept_page_new_person_sets_a_password_and_lands_on_my_cases(client, arcs_officer, audit):
    invitation = invite(arcs_officer, audit)
    page = client.get(_accept_url(invitation))
    assert page.status_code == 200 and "Create my account and accept" in page.content.decode()
    response = client.post(_accept_url(invitation), {"full_name": "Ritu Das", "password1": "Tezpur-Ledger-2026",
                                                     "password2": "Tezpur-Ledger-2026"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("party_cases")
    body = response.content.decode()
    assert "accounts 2025-26" in body and reverse("party_case", args=["engagement", audit.pk]) in body
    assert PartyGrant.objects.get().user.email == "partner@dasandco.in"


def test_accept_page_refuses_mismatched_passwords_without_creating_an_account(client, arcs_officer, audit):
    invitation = invite(arcs_officer, audit)
    response = client.post(_accept_url(invitation), {"full_name": "Ritu Das", "password1": "Tezpur-Ledger-2026",
                                                     "password2": "Tezpur-Ledger-2027"})
    assert response.status_code == 400 and "The two passwords do not match." in response.content.decode()
    assert not User.objects.filter(email="partner@dasandco.in").exists()


def test_accept_page_logged_in_invitee_accepts_with_one_click(client, arcs_officer, audit, citizen):
    invitation = invite(arcs_officer, audit, email=citizen.email)
    client.force_login(citizen)
    assert "Accept" in client.get(_accept_url(invitation)).content.decode()
    assert client.post(_accept_url(invitation)).status_code == 302
    assert PartyGrant.objects.get().user == citizen


def test_accept_page_existing_account_is_asked_to_log_in(client, arcs_officer, audit, citizen):
    body = client.get(_accept_url(invite(arcs_officer, audit, email=citizen.email))).content.decode()
    assert str(services.ACCOUNT_EXISTS) in body and "/accounts/login/?next=" in body


def test_accept_page_another_account_is_told_the_address_differs(client, arcs_officer, audit, other_citizen):
    invitation = invite(arcs_officer, audit)
    client.force_login(other_citizen)
    response = client.post(_accept_url(invitation))
    assert response.status_code == 200 and str(services.WRONG_EMAIL) in response.content.decode()
    assert not PartyGrant.objects.exists()


@pytest.mark.parametrize("state", ["used", "withdrawn", "expired", "case_closed"])
def test_accept_page_spent_token_gives_a_clear_page(client, arcs_officer, audit, state):
    invitation = invite(arcs_officer, audit)
    expected = {"used": services.INVITATION_ACCEPTED, "withdrawn": services.INVITATION_WITHDRAWN,
                "case_closed": services.INVITATION_CASE_CLOSED}
    if state == "used":
        accept_new(invitation)
    elif state == "withdrawn":
        services.party_invitation_withdraw(actor=arcs_officer, invitation_id=invitation.pk, reason="")
    elif state == "expired":
        PartyInvitation.objects.filter(pk=invitation.pk).update(expires_on=TODAY - timedelta(days=1))
    else:
        services.engagement_close(actor=arcs_officer, engagement_id=audit.pk, today=TODAY)
    for method in (client.get, client.post):
        response = method(_accept_url(invitation))
        assert response.status_code == 200
        message = (str(expected[state]) if state != "expired"
                   else "expired on 31 May 2026 without being accepted")
        assert message in response.content.decode()


def test_accept_page_unknown_token_is_404(client):
    assert client.get(reverse("party_invitation_accept", args=["not-a-token"])).status_code == 404


def test_party_case_page_another_case_of_the_same_kind_is_404_and_revoked_is_404(client, arcs_officer, audit,
                                                                                  sonitpur):
    other = engagement(arcs_officer, society(sonitpur, "SNT/REG/2024/0102", "Other Dairy Co-operative Society Ltd"))
    grant = accept_new(invite(arcs_officer, audit))
    client.force_login(grant.user)
    assert client.get(reverse("party_case", args=["engagement", audit.pk])).status_code == 200
    assert client.get(reverse("party_case", args=["engagement", other.pk])).status_code == 404
    assert client.get(reverse("party_case", args=["no-such-kind", audit.pk])).status_code == 404
    client.force_login(User.objects.get(username="arcs.sonitpur"))
    client.post(reverse("office_party_grant_revoke", args=[grant.pk]), {"reason": "Firm replaced"})
    client.force_login(grant.user)
    assert client.get(reverse("party_case", args=["engagement", audit.pk])).status_code == 404
    assert "accounts 2025-26" not in client.get(reverse("party_cases")).content.decode()


def test_office_invite_form_opens_an_engagement_and_invites(client, arcs_officer, sonitpur):
    row = society(sonitpur)
    client.force_login(arcs_officer)
    response = client.post(reverse("office_party_invite"), {
        "role": "auditor_firm", "registration_number": row.registration_number, "scope": "accounts 2025-26",
        "name": "Ritu Das", "organisation": "Das & Co.", "email": "Partner@DasAndCo.in"})
    assert response.status_code == 302
    invitation = PartyInvitation.objects.get()
    assert invitation.case == Engagement.objects.get(society=row, scope="accounts 2025-26")
    assert invitation.email == "partner@dasandco.in"


def test_office_invite_form_another_districts_society_is_not_found(client, other_district_officer, sonitpur):
    row = society(sonitpur)
    client.force_login(other_district_officer)
    response = client.post(reverse("office_party_invite"), {
        "role": "claimant_bank", "registration_number": row.registration_number, "name": "Loans desk",
        "email": "loans@apexbank.in"})
    assert response.status_code == 400
    assert "No society with this registration number in your jurisdiction." in response.content.decode()
    assert not PartyInvitation.objects.exists() and not Engagement.objects.exists()
    named = client.get(reverse("office_party_invite") + f"?kind=society&case={row.pk}")
    assert named.status_code == 404


def test_office_invite_form_auditor_rank_may_not_invite(client, auditor, sonitpur):
    row = society(sonitpur)
    client.force_login(auditor)
    response = client.post(reverse("office_party_invite"), {
        "role": "claimant_bank", "registration_number": row.registration_number, "name": "Loans desk",
        "email": "loans@apexbank.in"})
    assert response.status_code == 403 and not PartyInvitation.objects.exists()


def test_citizen_sign_up_unchanged(client):
    response = client.post(reverse("signup"), {"full_name": "Bina Kalita", "email": "bina@example.in",
                                               "phone": "", "language": "en", "password1": "Kopili-River-2026",
                                               "password2": "Kopili-River-2026"})
    assert response.status_code == 302 and reverse("verify_email") in response["Location"]
    user = User.objects.get(email="bina@example.in")
    assert not user.is_active and not PartyGrant.objects.exists()
    mismatch = client.post(reverse("signup"), {"full_name": "Bina Kalita", "email": "bina2@example.in",
                                               "phone": "", "language": "en", "password1": "Kopili-River-2026",
                                               "password2": "Kopili-River-2027"})
    assert "The two passwords do not match." in mismatch.content.decode()


def test_office_list_shows_jurisdiction_only_with_few_queries(client, arcs_officer, other_district_officer, audit,
                                                            django_assert_max_num_queries):
    for n in range(3):
        accept_new(invite(arcs_officer, audit, email=f"p{n}@firm.in"))
        invite(arcs_officer, audit, email=f"q{n}@firm.in")
    client.force_login(arcs_officer)
    with django_assert_max_num_queries(14):
        body = client.get(reverse("office_parties")).content.decode()
    assert body.count("p0@firm.in") == 1 and "q2@firm.in" in body
    client.force_login(other_district_officer)
    assert "p0@firm.in" not in client.get(reverse("office_parties")).content.decode()
