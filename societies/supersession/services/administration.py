"""The administrators' period after the order (issue 20 point 3): the extension order for a credit structure
society (s.140(2)), and the reads the administration page needs. One service per action: lock the case, check
capability and jurisdiction, change, save, one activity entry, the order in the register, in one transaction.

Nothing fires automatically at the end of a period (rules.yaml "consequence: none stated"): the limits are
clocks (../administration.py) that remind, show the breach on My work and escalate.
"""

from datetime import date

import segno
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from orders.naming import order_subject
from orders.services import order_issue, orders_for
from registrar import activity
from registrar.capabilities import Act, may
from societies.documents import pdf_from_html

from ..administration_actions import AdministrationAction
from ..administration_orders import EXTENSION
from ..models import IN_CHARGE_STATES, Supersession
from ..periods import CREDIT_RULE, administrator_outer_limit, period_rule

NOT_ALLOWED = _("Only the Registrar (or an Additional, Joint or Deputy Registrar) with jurisdiction may record "
                "this order.")
NOT_IN_CHARGE = _("The administrators are not in charge of this society: the case is %(state)s.")
NOT_CREDIT = _("Only a credit structure society's period may be extended (s.140(2)): an ordinary society's "
               "administrators have at most six months (s.125), a bank's the year or the Reserve Bank's period "
               "(s.4A).")
NOT_LATER = _("The extension must move the period beyond %(day)s, its present end.")
PAST_MAXIMUM = _("The State Government may extend the period only up to six months from the supersession, to "
                 "%(day)s (s.140(2)).")
REFERENCE_NEEDED = _("Give the reference and date of the State Government's order.")
DATED_IN_FUTURE = _("The Government's order cannot be dated after today.")
DATED_BEFORE = _("The Government's order cannot be dated before the supersession (%(day)s).")


def _d(day: date) -> str:
    return f"{day:%d %b %Y}"


def lock_case(case_id: int) -> Supersession:
    return Supersession.objects.select_for_update(of=("self",)).select_related("society", "district").get(pk=case_id)


def may_extend(user, case) -> bool:
    return may(user, Act.SUPERSEDE_BOARD, case.district_id)


def extension_limit(case) -> date:
    """The furthest the period may go (periods.administrator_outer_limit)."""
    return administrator_outer_limit(case.superseded_on, society=case.society, ground=case.ground,
                                     rbi_period=case.rbi_period_ends_on)


def is_extendable(case) -> bool:
    return period_rule(society=case.society, ground=case.ground) == CREDIT_RULE


@transaction.atomic
def supersession_extend(*, case_id: int, actor, new_end: date, government_reference: str, government_dated: date,
                        today: date) -> Supersession:
    """Record the State Government's extension of a credit structure society's period for the election (s.140(2),
    credit_election_after_supersession_2m): period_ends_on moves to `new_end`, never past six months from the
    supersession. PermissionDenied unless a Registrar-level officer with jurisdiction; ValidationError otherwise."""
    case = lock_case(case_id)
    if not may_extend(actor, case):
        raise PermissionDenied(NOT_ALLOWED)
    if case.state not in IN_CHARGE_STATES:
        raise ValidationError(NOT_IN_CHARGE, params={"state": case.get_state_display()})
    if not is_extendable(case):
        raise ValidationError(NOT_CREDIT)
    errors = []
    if not (government_reference or "").strip() or government_dated is None:
        errors.append(ValidationError(REFERENCE_NEEDED))
    elif government_dated > today:
        errors.append(ValidationError(DATED_IN_FUTURE))
    elif government_dated < case.superseded_on:
        errors.append(ValidationError(DATED_BEFORE, params={"day": _d(case.superseded_on)}))
    limit = extension_limit(case)
    if new_end <= case.period_ends_on:
        errors.append(ValidationError(NOT_LATER, params={"day": _d(case.period_ends_on)}))
    elif new_end > limit:
        errors.append(ValidationError(PAST_MAXIMUM, params={"day": _d(limit)}))
    if errors:
        raise ValidationError(errors)
    previous = case.period_ends_on
    case.period_ends_on = new_end
    case.save(update_fields=["period_ends_on"])
    with translation.override("en"):
        subject = order_subject(case.society.name, f"election period extended to {_d(new_end)}")
    order = order_issue(kind=EXTENSION.code, subject=subject, made_on=government_dated, target=case,
                        society=case.society, officer=actor)
    facts = {"previous_end": previous, "new_end": new_end, "limit": limit,
             "government_reference": government_reference.strip(), "government_dated": government_dated}
    order.pdf.save(f"{order.pk}.pdf", ContentFile(extension_pdf(case, order, facts, lang="en")), save=False)
    order.save(update_fields=["pdf"])
    activity.record(AdministrationAction.PERIOD_EXTENDED, actor=actor, society=case.society, target=case,
                    data={**facts, "order": order.number})
    return case


def extensions(case) -> list:
    return [o for o in orders_for(case) if o.kind == EXTENSION.code]


def extension_facts(case, order) -> dict:
    """The facts of an extension order, from its activity entry (the order's own record)."""
    from registrar.models import ActivityEntry

    entry = (ActivityEntry.objects.filter(action=AdministrationAction.PERIOD_EXTENDED, data__order=order.number)
             .order_by("pk").first())
    data = entry.data if entry else {}
    return {key: (date.fromisoformat(value) if key in ("previous_end", "new_end", "limit", "government_dated")
                  and isinstance(value, str) else value) for key, value in data.items()}


def extension_pdf(case, order, facts: dict, *, lang: str = "en") -> bytes:
    """The extension order in English or Assamese (one document a language), with its QR to /verify/."""
    url = settings.SITE_URL.rstrip("/") + reverse("verify_order", args=[order.token])
    with translation.override(lang):
        html = render_to_string("supersession/administration/pdf/extension.html", {
            "case": case, "society": case.society, "order": order, "facts": facts, "lang": lang,
            "verify_url": url, "qr": segno.make(url, error="m").svg_data_uri(scale=3)})
    return pdf_from_html(html)
