"""Shared builders for the outside-party tests: a society, an engagement of its accounts, an invitation."""

from datetime import date

from societies.models import Society

TODAY = date(2026, 6, 1)


def society(district, number="SNT/REG/2024/0101", name="Borsola Fishery Co-operative Society Limited"):
    return Society.objects.create(registration_number=number, name=name, society_type="fishery", district=district,
                                  address="Borsola, Sonitpur", registered_on=date(2024, 5, 2))


def engagement(officer, society_row, scope="accounts 2025-26", today=TODAY):
    from parties.models import Role
    from parties.services import engagement_open

    return engagement_open(actor=officer, society_id=society_row.pk, role=Role.AUDITOR_FIRM, scope=scope, today=today)


def invite(officer, case, email="partner@dasandco.in", kind="engagement", role="auditor_firm", today=TODAY):
    from parties.services import party_invite

    return party_invite(actor=officer, kind=kind, case_id=case.pk, role=role, email=email, name="Ritu Das",
                        organisation="Das & Co., Chartered Accountants", today=today)


def accept_new(invitation, today=TODAY, password="Tezpur-Ledger-2026"):
    from parties.services import party_invitation_accept

    return party_invitation_accept(token=invitation.token, full_name="Ritu Das", password=password, today=today)
