"""Claimants, delegations and requisitions (s.102(1)), one by one or from a ledger due. A bank's CSV of many
requisitions (all or nothing) is bulk_filing.py."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from dues.models import Due
from dues.rules import to_paise
from dues.selectors import with_balances
from registrar import activity, bounds
from registrar.capabilities import Act
from registrar.models import District
from registrar.numbering import next_number
from societies.uploads import check_filing_quota, check_pdf

from .. import permissions, rules
from ..actions import RecoveryAction
from ..models import Claimant, Delegation, Requisition, RequisitionDocument, Source
from ..models.certificate import LOAN_HOLDING, Certificate
from ..models.requisition import OPEN_REQ_STATES

OFFICE_CLAIMANT = _("Registrar of Co-operative Societies, Assam")
DEBTOR_NEEDED = _("Name the debtor, or choose the member from the register of members.")
ADDRESS_NEEDED = _("Give the debtor's address: the hearing notice and the certificate are served there.")
LENDER_NEEDED = _("Give the lender of the loan.")
ACCOUNT_NEEDED = _("Give the loan account number.")
AMOUNT_NOT_POSITIVE = _("Enter a principal of more than ₹0.")
NEGATIVE = _("The costs cannot be less than ₹0.")
INTEREST_INCOMPLETE = _("Give both the rate of interest and the date it runs from, or neither.")
INTEREST_RATE_BOUNDS = _("The rate of interest is a percentage a year: more than 0 and at most 100.")
INTEREST_TO_BEFORE_FROM = _("Interest cannot be computed to a day before it starts to run.")
INTEREST_TO_FUTURE = _("Interest can be computed only to today or an earlier day.")
SANCTION_FUTURE = _("The loan cannot have been sanctioned after today.")
ONE_PER_LOAN = _("A demand certificate already stands on this loan (%(number)s, granted on %(day)s): not more than "
                 "one demand certificate may be executed against a single loan (s.114(3)).")
OPEN_ON_LOAN = _("A requisition on this loan is already being heard (%(number)s): it must be decided first.")
DUPLICATE_IN_FILE = _("Row %(first)s of this file is for the same loan.")
DUE_HAS_REQUISITION = _("This due is already the subject of requisition %(number)s.")
DUE_NOTHING_OWED = _("Nothing is owed on this due.")
CLAIMANT_EXISTS = _("A claimant of this name is already on the district's list.")
DELEGATE_NOT_OFFICER = _("The power can be delegated only to an officer of the department.")
DELEGATION_REVOKED_ALREADY = _("This delegation is already revoked.")
NO_SUCH_MEMBER = _("No member numbered %(number)s is on the register of %(society)s.")
NO_REGISTER = _("A member number can be given only by a claimant society registered under the Act.")


def _holders(key: str):
    return Certificate.objects.filter(loan_key=key, state__in=LOAN_HOLDING).select_related("order").first()


def loan_problems(key: str, exclude_requisition=None) -> list:
    """cdc_one_per_loan (s.114(3) proviso): refused whoever asks, whichever claimant or affiliating society."""
    problems = []
    holder = _holders(key)
    if holder is not None:
        problems.append(ValidationError(ONE_PER_LOAN, params={"number": holder.order.number,
                                                               "day": bounds.long_date(holder.granted_on)}))
    open_req = Requisition.objects.filter(loan_key=key, state__in=OPEN_REQ_STATES)
    if exclude_requisition is not None:
        open_req = open_req.exclude(pk=exclude_requisition)
    first = open_req.first()
    if first is not None and holder is None:
        problems.append(ValidationError(OPEN_ON_LOAN, params={"number": first.number}))
    return problems


@dataclass
class Particulars:
    """What a requisition states, from a form or one CSV row."""

    debtor_name: str = ""
    debtor_parent_name: str = ""
    debtor_address: str = ""
    debtor_person_id: int | None = None
    debtor_society_id: int | None = None
    member_number: int | None = None    # in the claimant society's register (resolved by requisition_file)
    lender: str = ""
    loan_account: str = ""
    loan_sanctioned_on: date | None = None
    principal: Decimal | None = None
    interest_rate: Decimal | None = None
    interest_from: date | None = None
    interest_to: date | None = None
    costs: Decimal = Decimal(0)
    property_schedule: str = ""
    prior_notice_on: date | None = None


def check_particulars(p: Particulars, today: date) -> dict:
    """Every problem with the particulars, by field; normalises `p` in place. Reads the database only for the
    loan (cdc_one_per_loan) and the register of members."""
    errors: dict[str, list] = {}

    def error(field, message, **params):
        errors.setdefault(field, []).append(ValidationError(message, params=params or None))

    if p.debtor_person_id:
        from membership.models import Person

        person = Person.objects.filter(pk=p.debtor_person_id).first()
        if person is not None:
            p.debtor_name = p.debtor_name or person.name
            p.debtor_parent_name = p.debtor_parent_name or person.parent_name
            p.debtor_address = p.debtor_address or person.address
    for attr in ("debtor_name", "debtor_parent_name", "debtor_address", "lender", "loan_account",
                 "property_schedule"):
        setattr(p, attr, " ".join((getattr(p, attr) or "").split()) if attr != "debtor_address"
                else (getattr(p, attr) or "").strip())
    if not p.debtor_name:
        error("debtor_name", DEBTOR_NEEDED)
    if not p.debtor_address:
        error("debtor_address", ADDRESS_NEEDED)
    if not p.lender:
        error("lender", LENDER_NEEDED)
    if not p.loan_account:
        error("loan_account", ACCOUNT_NEEDED)
    if p.loan_sanctioned_on and p.loan_sanctioned_on > today:
        error("loan_sanctioned_on", SANCTION_FUTURE)
    if p.principal is None or to_paise(p.principal) <= 0:
        error("principal", AMOUNT_NOT_POSITIVE)
    else:
        p.principal = to_paise(p.principal)
    p.costs = to_paise(p.costs or 0)
    if p.costs < 0:
        error("costs", NEGATIVE)
    if (p.interest_rate is None) != (p.interest_from is None):
        error("interest_rate", INTEREST_INCOMPLETE)
    elif p.interest_rate is not None and not Decimal(0) < p.interest_rate <= Decimal(100):
        error("interest_rate", INTEREST_RATE_BOUNDS)
    p.interest_to = p.interest_to or today
    if p.interest_to > today:
        error("interest_to", INTEREST_TO_FUTURE)
    if p.interest_from and p.interest_to < p.interest_from:
        error("interest_to", INTEREST_TO_BEFORE_FROM)
    if p.lender and p.loan_account:
        for problem in loan_problems(rules.loan_key(p.lender, p.loan_account)):
            errors.setdefault("loan_account", []).append(problem)
    return errors


def _resolve_member(p: Particulars, claimant) -> dict:
    """A society's own member, by number in its register of members: the debtor is that Person."""
    if not p.member_number:
        return {}
    if claimant is None or claimant.society_id is None:
        return {"member_number": [ValidationError(NO_REGISTER)]}
    from membership.models import Member

    member = Member.objects.filter(society_id=claimant.society_id, number=p.member_number).select_related(
        "person").first()
    if member is None:
        return {"member_number": [ValidationError(NO_SUCH_MEMBER, params={
            "number": p.member_number, "society": claimant.society.name})]}
    p.debtor_person_id, p.debtor_society_id = member.person_id, claimant.society_id
    return {}


def _create(p: Particulars, *, district: District, source: str, claimant, claimant_name: str, actor, today,
            due=None) -> Requisition:
    interest = Decimal(0)
    if p.interest_rate is not None:
        interest = rules.interest_to(p.principal, p.interest_rate, p.interest_from, p.interest_to)
    requisition = Requisition(
        number=f"BKJ/{district.code}/{today.year}/{next_number('BKJ', district, today.year):06d}",
        district=district, source=source, claimant=claimant, claimant_name=claimant_name,
        debtor_person_id=p.debtor_person_id, debtor_society_id=p.debtor_society_id, debtor_name=p.debtor_name,
        debtor_parent_name=p.debtor_parent_name, debtor_address=p.debtor_address, lender=p.lender,
        loan_account=p.loan_account, loan_sanctioned_on=p.loan_sanctioned_on,
        loan_key=rules.loan_key(p.lender, p.loan_account), principal=p.principal, interest_rate=p.interest_rate,
        interest_from=p.interest_from, interest_to=p.interest_to, interest_claimed=interest, costs=p.costs,
        property_schedule=p.property_schedule, prior_notice_on=p.prior_notice_on, due=due, filed_on=today,
        filed_by=actor)
    requisition.save()
    return requisition


def _record(requisition, actor, **extra):
    activity.record(RecoveryAction.REQUISITION_FILED, actor=actor, society=requisition.debtor_society,
                    target=requisition, data={"number": requisition.number, "source": requisition.source,
                                              "debtor": requisition.debtor_name, "lender": requisition.lender,
                                              "account": requisition.loan_account,
                                              "principal": requisition.principal, **extra})


def requisition_file(*, actor, today: date, particulars: Particulars, claimant_id: int | None = None,
                     district_id: int | None = None, documents=()) -> Requisition:
    """A claimant (its invited user, or the office on its behalf) or the Registrar on his own motion
    (claimant_id None: the Government's interest) files a requisition. `documents`: (kind, uploaded file)
    pairs, each checked as every upload is (societies.uploads.check_pdf)."""
    with transaction.atomic():
        claimant = None
        if claimant_id is not None:
            claimant = Claimant.objects.select_related("district").get(pk=claimant_id)
            district = claimant.district
            if not permissions.may_file(actor, district.pk, claimant):
                raise PermissionDenied(permissions.NOT_CLAIMANT)
        else:
            district = District.objects.get(pk=district_id)
            permissions.require_office(actor, district.pk)
        member_errors = _resolve_member(particulars, claimant)
        errors = check_particulars(particulars, today)
        for field, problems in member_errors.items():
            errors.setdefault(field, []).extend(problems)
        files = [f for _kind, f in documents if f]
        for f in files:
            try:
                check_pdf(f)
            except ValidationError as exc:
                errors.setdefault("documents", []).append(exc)
        try:
            check_filing_quota(files)
        except ValidationError as exc:
            errors.setdefault("documents", []).append(exc)
        if errors:
            raise ValidationError(errors)
        requisition = _create(
            particulars, district=district, source=claimant.source if claimant else Source.OWN_MOTION,
            claimant=claimant, claimant_name=claimant.name if claimant else str(OFFICE_CLAIMANT), actor=actor,
            today=today)
        for kind, f in documents:
            if f:
                doc = RequisitionDocument(requisition=requisition, kind=kind, name=f.name[:120], size=f.size,
                                          uploaded_by=actor)
                doc.file.save(f.name[-60:], f, save=False)
                doc.save()
        _record(requisition, actor, documents=len(files))
    return requisition


def requisition_from_due(*, due_id: int, actor, today: date) -> Requisition:
    """A due already in the ledger (an audit fee, s.81(3); inquiry costs, s.89(4); a surcharge, s.103(4)) becomes
    a requisition with one action: the debtor, the amount and its interest basis are the due's, the loan is the
    due's source order, and the certificate's payments are the due's own ledger payments."""
    with transaction.atomic():
        due = Due.objects.select_for_update(of=("self",)).select_related("society", "order", "district",
                                                                          "person_user").get(pk=due_id)
        permissions.require_office(actor, due.district_id)
        existing = Requisition.objects.filter(due=due).first()
        if existing is not None:
            raise ValidationError(DUE_HAS_REQUISITION, params={"number": existing.number})
        balance = with_balances(Due.objects.filter(pk=due.pk), today).values_list("balance", flat=True).get()
        if balance <= 0:
            raise ValidationError(DUE_NOTHING_OWED)
        if due.society_id and not (due.person_user_id or due.person_name):
            name, address = due.society.name, due.society.address
        else:
            name = due.person_user.display_name() if due.person_user_id else due.person_name
            address = due.person_address or (due.society.address if due.society_id else "")
        p = Particulars(debtor_name=name, debtor_address=address or str(due.district.name),
                        debtor_society_id=due.society_id, lender=str(OFFICE_CLAIMANT),
                        loan_account=due.order.number if due.order_id else f"DUE-{due.pk}",
                        principal=due.principal, interest_rate=due.interest_rate, interest_from=due.interest_from,
                        interest_to=today)
        errors = check_particulars(p, today)
        if errors:
            raise ValidationError(errors)
        requisition = _create(p, district=due.district, source=Source.LEDGER, claimant=None,
                              claimant_name=due.creditor_label, actor=actor, today=today, due=due)
        _record(requisition, actor, due=due.pk, kind=due.kind)
    return requisition


def claimant_add(*, actor, district_id: int, name: str, kind: str, society_id=None, address="", today) -> Claimant:
    with transaction.atomic():
        permissions.require_office(actor, district_id)
        name = " ".join(name.split())
        if Claimant.objects.filter(district_id=district_id, name__iexact=name).exists():
            raise ValidationError({"name": CLAIMANT_EXISTS})
        claimant = Claimant.objects.create(district_id=district_id, name=name, kind=kind, society_id=society_id,
                                           address=address.strip())
        activity.record(RecoveryAction.CLAIMANT_ADDED, actor=actor, society=claimant.society, target=claimant,
                        data={"name": name, "kind": kind})
    return claimant


def delegation_grant(*, actor, officer_user, district_id, order_reference: str, from_on: date,
                     today: date) -> Delegation:
    """The Registrar delegates the power to grant demand certificates (s.114 with the delegation under s.3)."""
    from registrar.selectors import officer_for

    with transaction.atomic():
        permissions.require_office(actor, district_id, Act.DELEGATE_CDC_POWER)
        if officer_for(officer_user) is None:
            raise ValidationError({"officer": DELEGATE_NOT_OFFICER})
        bounds.check_act_date(from_on, today=today)
        delegation = Delegation.objects.create(officer=officer_user, district_id=district_id,
                                               order_reference=order_reference.strip()[:80], from_on=from_on,
                                               granted_by=actor)
        activity.record(RecoveryAction.DELEGATION_GRANTED, actor=actor, target=delegation, data={
            "officer": officer_user.username, "district": district_id, "from_on": from_on,
            "order": delegation.order_reference})
    return delegation


def delegation_revoke(*, actor, delegation_id: int, on: date, today: date) -> Delegation:
    with transaction.atomic():
        delegation = Delegation.objects.select_for_update().get(pk=delegation_id)
        permissions.require_office(actor, delegation.district_id, Act.DELEGATE_CDC_POWER)
        if delegation.revoked_on is not None:
            raise ValidationError(DELEGATION_REVOKED_ALREADY)
        bounds.check_act_date(on, today=today)
        delegation.revoked_on = max(on, delegation.from_on)
        delegation.save(update_fields=["revoked_on"])
        activity.record(RecoveryAction.DELEGATION_REVOKED, actor=actor, target=delegation,
                        data={"revoked_on": delegation.revoked_on})
    return delegation
