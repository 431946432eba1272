"""Demo data of outside parties: a chartered-accountant firm invited to, and working on, a Sonitpur society's
accounts 2025-26; one invitation still waiting (a claimant bank on the same society). Idempotent."""

from datetime import date

from registrar.demo import DEMO_PASSWORD, register_login
from registrar.models import User

from .models import Engagement, PartyInvitation, Role

FIRM_EMAIL = "audit@baruah-associates.in"
BANK_EMAIL = "loans@assamcoopbank.in"


def seed(*, today: date, stdout) -> None:
    from societies.models import Society

    from . import services

    arcs = User.objects.filter(username="arcs.sonitpur").first()
    society = Society.objects.filter(district__code="SNT").order_by("pk").first()
    if arcs is None or society is None:
        return
    engagement = Engagement.objects.filter(society=society, role=Role.AUDITOR_FIRM, scope="accounts 2025-26").first()
    if engagement is None:
        engagement = services.engagement_open(actor=arcs, society_id=society.pk, role=Role.AUDITOR_FIRM,
                                              scope="accounts 2025-26", today=today)
    if not PartyInvitation.objects.filter(email=FIRM_EMAIL).exists():
        invitation = services.party_invite(actor=arcs, kind="engagement", case_id=engagement.pk,
                                           role=Role.AUDITOR_FIRM, email=FIRM_EMAIL, name="Rituparna Baruah",
                                           organisation="Baruah & Associates, Chartered Accountants", today=today)
        services.party_invitation_accept(token=invitation.token, full_name="Rituparna Baruah",
                                         password=DEMO_PASSWORD, today=today)
    if not PartyInvitation.objects.filter(email=BANK_EMAIL).exists():
        services.party_invite(actor=arcs, kind="society", case_id=society.pk, role=Role.CLAIMANT_BANK,
                              email=BANK_EMAIL, name="Loans desk", organisation="Assam Co-operative Apex Bank",
                              today=today)
    register_login(f"Outside party: CA firm auditing {society.name[:24]}…", FIRM_EMAIL, "sees /parties/ only")
