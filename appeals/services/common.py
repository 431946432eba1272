"""Shared pieces of the appeals services: locking, permission, numbering, notices."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from orders.naming import format_order_number
from registrar.capabilities import Act, may
from registrar.notify import notify
from registrar.numbering import next_number
from registrar.outbox import email_address

from ..models import Appeal
from ..parties import appeal_parties

NOT_ALLOWED = _("You may not do this for an appeal outside your jurisdiction or rank.")


def lock(appeal_id: int) -> Appeal:
    return (Appeal.objects.select_for_update(of=("self",)).select_related("order", "district", "society")
            .get(pk=appeal_id))


def check(actor, appeal: Appeal, act: Act = Act.HEAR_APPEAL) -> None:
    if not may(actor, act, appeal.district_id):
        raise PermissionDenied(NOT_ALLOWED)


def case_number(series: str, district, year: int) -> str:
    """APL/SNT/2026/000001 (appeals), RVP/... (review petitions), DSP/... (disputes): gap-free per district."""
    return format_order_number(series, district.code if district else None, year,
                               next_number(f"appeals:{series}", district, year))


def notify_parties(appeal: Appeal, *, key: str, subject, body, params: dict, sms: bool = False) -> None:
    """In-app notice, e-mail and (when asked) SMS to every party with an account, through the outbox in this
    transaction; a paper appellant without an account gets an e-mail at the address given."""
    url = reverse("appeal_mine", args=[appeal.pk])
    for user in appeal_parties(appeal):
        notify(user, key=key, subject=subject, body=body, params=params, url=url, email=True, sms=sms)
    if appeal.appellant_id is None and appeal.appellant_email:
        text_subject, text_body = str(subject) % params, str(body) % params

        def send():
            email_address(appeal.appellant_email, subject=text_subject, body=text_body)

        transaction.on_commit(send)
