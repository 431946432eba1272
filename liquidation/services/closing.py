"""The closing of a liquidation (ss.96-100), one service per act: lock the rows, check who acts, guard, change,
save, one activity entry, all in one transaction (design.md § one transition).

- `closing_open` (from the receiver on WindingUp, liquidation.receivers_closing): the eight years start.
- `closing_record_account` (the liquidator or the office): the liquidator's fee and the liquidation's account.
- `closing_file_report` / `closing_return_report`: the final report and accounts (s.100(2)).
- `closing_extend`: the Registrar's one extension, or the Government's, a year at a time (s.100(5) provisos).
- `closing_dissolve`: approve, direct the custody of records, discharge the liquidator, issue the closing order
  and the certificate of dissolution, dissolve the society from the certificate's date (s.100(3)-(5)).
- `closing_record_notice`: the Gazette's printing of the closing notice (s.97); the members' three months start.
- `surplus_record_members_choice` / `surplus_apply`: where the surplus goes (ss.96, 98; §15 item 14).
"""

from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from orders.services import order_issue
from orders.stays import is_stayed
from registrar import activity
from registrar.capabilities import Act, may

from .. import closing_orders, periods
from ..actions_closing import ClosingAction
from ..models import Closing, ClosingStage, ExtensionBy, LimitExtension, SurplusBasis, WindingUp
from ..models.case import WindingUpState
from ..workspace_access import is_liquidator

NOT_ALLOWED = _("You may not do this for a society outside your jurisdiction or rank.")
NOT_LIQUIDATOR_OR_OFFICE = _("Only the liquidator of this society or the district office may record this.")
NOT_IN_LIQUIDATION = _("The society is not in liquidation: the order has not taken effect (s.94(4)), so no "
                       "final report can be filed and nothing distributed.")
STAYED = _("A stay of the cancellation order is in force: no winding-up step may be taken while it lasts "
           "(s.95(2), liquidation_paused_during_stay).")
NO_REPORT = _("The liquidator's final report has not been filed.")
REPORT_ALREADY = _("The final report is already filed (%(date)s).")
REPORT_IN_FUTURE = _("The final report cannot be dated after today.")
REPORT_BEFORE_EFFECT = _("The final report cannot be dated before the society went into liquidation (%(date)s).")
REPORT_EMPTY = _("Summarise the final report: the assets realised, the claims paid and what is left.")
CUSTODY_NEEDED = _("Direct where the society's records are to be kept (s.100(3)).")
ALREADY_DISSOLVED = _("The society is already dissolved.")
NOTICE_ALREADY = _("The publication of the closing notice is already recorded (%(date)s).")
NOTICE_BEFORE_ORDER = _("The closing notice cannot be published before the closing order (%(date)s).")
NOTICE_IN_FUTURE = _("The date of publication cannot be after today.")
GAZETTE_NUMBER = _("Give the Gazette's number.")
OBJECT_NEEDED = _("Name the object of local public utility the surplus goes to.")
NO_SURPLUS = _("There is no surplus to apply.")
SURPLUS_SETTLED = _("The surplus has already gone to its object (%(date)s).")
CLAIMS_OPEN = _("The final report comes when every claim is decided and every admitted claim paid (s.100(2)): "
                "%(pending)s claim(s) still being examined, %(unpaid)s admitted claim(s) not paid in full.")
NEGATIVE = _("An amount cannot be negative.")
DATE_IN_FUTURE = _("This date cannot be after today.")
GOVERNMENT_REFERENCE = _("Give the number of the Government's order.")


def _d(day) -> str:
    return f"{day:%d %b %Y}" if day else ""


def _lock(winding_up_id: int) -> tuple[WindingUp, Closing]:
    case = (WindingUp.objects.select_for_update(of=("self",))
            .select_related("society", "district", "cancellation_order", "liquidator").get(pk=winding_up_id))
    closing = Closing.objects.select_for_update().get(winding_up=case)
    return case, closing


def _check(actor, act: Act, case: WindingUp) -> None:
    if not may(actor, act, case.district_id):
        raise PermissionDenied(NOT_ALLOWED)


def _not_stayed(case: WindingUp, on: date) -> None:
    if is_stayed(case.cancellation_order, on):
        raise ValidationError(STAYED)


def _liquidator_address(case: WindingUp) -> str:
    profile = getattr(case.liquidator, "officer_profile", None) if case.liquidator_id else None
    return profile.office.address if profile is not None else ""


def closing_open(case: WindingUp) -> Closing | None:
    """The eight years of s.100(5) start from the liquidator's first appointment (liquidation_max_8y). Called inside
    the transaction that saved the case; a second appointment changes nothing (rules.yaml notes: the first counts)."""
    if case.liquidator_appointed_on is None:
        return None
    closing, created = Closing.objects.get_or_create(winding_up=case, defaults={
        "appointed_on": case.liquidator_appointed_on,
        "dissolve_by": periods.dissolution_last_day(case.liquidator_appointed_on),
        "liquidator_address": _liquidator_address(case)})
    if created:
        activity.record(ClosingAction.OPENED, society=case.society, target=closing,
                        data={"appointed_on": closing.appointed_on, "dissolve_by": closing.dissolve_by})
    elif not closing.liquidator_address and case.liquidator_id:
        closing.liquidator_address = _liquidator_address(case)
        closing.save(update_fields=["liquidator_address"])
    return closing


def closing_record_account(*, winding_up_id: int, actor, today: date, fee_amount: Decimal | None = None,
                           fee_fixed_on: date | None = None, bank_name: str = "", bank_account: str = "",
                           bank_opened_on: date | None = None, liquidator_address: str = "") -> Closing:
    """The liquidator's fee as fixed (s.95(3)), the liquidation's bank account and the liquidator's office address
    for claims. The liquidator or an officer of the district."""
    with transaction.atomic():
        case, closing = _lock(winding_up_id)
        if not (is_liquidator(actor, case) or may(actor, Act.CLOSE_LIQUIDATION, case.district_id)):
            raise PermissionDenied(NOT_LIQUIDATOR_OR_OFFICE)
        if closing.stage == ClosingStage.DISSOLVED:
            raise ValidationError(ALREADY_DISSOLVED)
        if fee_amount is not None and fee_amount < 0:
            raise ValidationError({"fee_amount": NEGATIVE})
        for field, day in (("fee_fixed_on", fee_fixed_on), ("bank_opened_on", bank_opened_on)):
            if day is not None and day > today:
                raise ValidationError({field: DATE_IN_FUTURE})
        closing.fee_amount, closing.fee_fixed_on = fee_amount, fee_fixed_on
        closing.bank_name, closing.bank_account = bank_name.strip()[:160], bank_account.strip()[:40]
        closing.bank_opened_on = bank_opened_on
        if liquidator_address.strip():
            closing.liquidator_address = liquidator_address.strip()[:300]
        closing.save()
        activity.record(ClosingAction.ACCOUNT_RECORDED, actor=actor, society=case.society, target=closing,
                        data={"fee_amount": fee_amount, "fee_fixed_on": fee_fixed_on, "bank": closing.bank_name})
    return closing


def _claims_settled(case: WindingUp) -> None:
    """lifecycles.md §11 final_report_submitted: every claim decided, every admitted claim paid (s.100(2))."""
    from django.db.models import F

    from ..models import Claim, ClaimStatus

    claims = Claim.objects.filter(winding_up=case)
    pending = claims.filter(status=ClaimStatus.PENDING).count()
    unpaid = claims.filter(status=ClaimStatus.ADMITTED, paid_amount__lt=F("admitted_amount")).count()
    if pending or unpaid:
        raise ValidationError(CLAIMS_OPEN, params={"pending": pending, "unpaid": unpaid})


def closing_file_report(*, winding_up_id: int, actor, today: date, filed_on: date, summary: str,
                        assets_realised: Decimal, liabilities_paid: Decimal, surplus_amount: Decimal,
                        bye_law_object: str = "") -> Closing:
    """s.100(2): the liquidator's final report and final accounts, with the surplus left and the object the
    bye-laws name for it (s.98), if any. Only once the order has taken effect, never during a stay."""
    with transaction.atomic():
        case, closing = _lock(winding_up_id)
        if not is_liquidator(actor, case):
            raise PermissionDenied(NOT_LIQUIDATOR_OR_OFFICE)
        if case.state != WindingUpState.IN_LIQUIDATION:
            raise ValidationError(NOT_IN_LIQUIDATION)
        if closing.stage != ClosingStage.RUNNING:
            raise ValidationError(REPORT_ALREADY, params={"date": _d(closing.report_filed_on)})
        if filed_on > today:
            raise ValidationError({"filed_on": REPORT_IN_FUTURE})
        if case.takes_effect_on and filed_on < case.takes_effect_on:
            raise ValidationError({"filed_on": ValidationError(REPORT_BEFORE_EFFECT,
                                                               params={"date": _d(case.takes_effect_on)})})
        _not_stayed(case, filed_on)
        if not summary.strip():
            raise ValidationError({"summary": REPORT_EMPTY})
        _claims_settled(case)
        for field, amount in (("assets_realised", assets_realised), ("liabilities_paid", liabilities_paid),
                              ("surplus_amount", surplus_amount)):
            if amount is None or amount < 0:
                raise ValidationError({field: NEGATIVE})
        closing.file_report(on=filed_on)
        closing.report_summary, closing.assets_realised = summary.strip(), assets_realised
        closing.liabilities_paid, closing.surplus_amount = liabilities_paid, surplus_amount
        closing.bye_law_object = bye_law_object.strip()[:300]
        closing.save()
        activity.record(ClosingAction.REPORT_FILED, actor=actor, society=case.society, target=closing,
                        data={"filed_on": filed_on, "surplus_amount": surplus_amount})
    return closing


def closing_return_report(*, winding_up_id: int, actor, today: date, reasons: str) -> Closing:
    """The Registrar sends the final report back to the liquidator (claims unpaid, accounts incomplete)."""
    with transaction.atomic():
        case, closing = _lock(winding_up_id)
        _check(actor, Act.CLOSE_LIQUIDATION, case)
        if closing.stage != ClosingStage.REPORT_FILED:
            raise ValidationError(NO_REPORT)
        filed_on = closing.report_filed_on
        closing.return_report()
        closing.save()
        activity.record(ClosingAction.REPORT_RETURNED, actor=actor, society=case.society, target=closing,
                        data={"filed_on": filed_on, "reasons": reasons.strip()})
    return closing


def closing_extend(*, winding_up_id: int, actor, today: date, by: str, made_on: date, new_last_day: date,
                   reasons: str, government_reference: str = "") -> LimitExtension:
    """s.100(5) provisos (liquidation_max_8y): the Registrar extends once, by up to a year beyond the eight years;
    after that the State Government, up to a year at a time (its order entered here, issuer GOVERNMENT)."""
    with transaction.atomic():
        case, closing = _lock(winding_up_id)
        _check(actor, Act.EXTEND_LIQUIDATION, case)
        if closing.stage == ClosingStage.DISSOLVED:
            raise ValidationError(periods.EXTENSION_AFTER_DISSOLUTION)
        if made_on > today:
            raise ValidationError({"made_on": periods.EXTENSION_IN_FUTURE})
        if not reasons.strip():
            raise ValidationError({"reasons": periods.EXTENSION_REASONS})
        if by == ExtensionBy.GOVERNMENT and not government_reference.strip():
            raise ValidationError({"government_reference": GOVERNMENT_REFERENCE})
        previous = list(closing.extensions.values_list("by", flat=True))
        error = periods.extension_error(by, base_last_day=periods.dissolution_last_day(closing.appointed_on),
                                        current_last_day=closing.dissolve_by, new_last_day=new_last_day,
                                        previous=previous)
        if error:
            raise ValidationError({"new_last_day": error})
        kind = closing_orders.REGISTRAR_EXTENSION if by == ExtensionBy.REGISTRAR else closing_orders.GOVERNMENT_EXTENSION
        extension = LimitExtension(closing=closing, by=by, made_on=made_on, previous_last_day=closing.dissolve_by,
                                   new_last_day=new_last_day, reasons=reasons.strip(),
                                   government_reference=government_reference.strip()[:80])
        order = order_issue(
            kind=kind.code, made_on=made_on, society=case.society, district=case.district,
            officer=actor if by == ExtensionBy.REGISTRAR else None,
            subject=f"{case.society.name}: liquidation extended to {_d(new_last_day)}")
        extension.order = order
        extension.save()
        order.target = extension
        order.save(update_fields=["target_type", "target_id"])
        closing.dissolve_by = new_last_day
        closing.save(update_fields=["dissolve_by"])
        activity.record(ClosingAction.EXTENDED, actor=actor, society=case.society, target=closing,
                        data={"by": by, "order": order.number, "from": extension.previous_last_day,
                              "to": new_last_day})
    return extension


def closing_dissolve(*, winding_up_id: int, actor, today: date, dissolved_on: date, records_custody: str) -> Closing:
    """s.100(3)-(5), s.97 (dissolution_certificate_effect): the Registrar approves the final report and accounts,
    directs the custody of the records, discharges the liquidator and issues the closing order and the certificate
    of dissolution on one date; the society is dissolved from the date in the certificate, which may not be later
    than the (extended) eight years (liquidation_max_8y). Where the bye-laws name the surplus's object it goes
    there (s.98); otherwise the members' three months run from the closing notice (closing_record_notice)."""
    with transaction.atomic():
        case, closing = _lock(winding_up_id)
        _check(actor, Act.CLOSE_LIQUIDATION, case)
        if closing.stage == ClosingStage.DISSOLVED:
            raise ValidationError(ALREADY_DISSOLVED)
        if closing.stage != ClosingStage.REPORT_FILED:
            raise ValidationError(NO_REPORT)
        if case.state != WindingUpState.IN_LIQUIDATION:
            raise ValidationError(NOT_IN_LIQUIDATION)
        _not_stayed(case, today)
        if not records_custody.strip():
            raise ValidationError({"records_custody": CUSTODY_NEEDED})
        error = periods.certificate_date_error(dissolved_on, appointed_on=closing.appointed_on,
                                               last_day=closing.dissolve_by, report_filed_on=closing.report_filed_on,
                                               today=today)
        if error:
            raise ValidationError({"dissolved_on": error})
        society = case.society
        closing.dissolve(approved_on=today, dissolved_on=dissolved_on, by=actor)
        closing.records_custody = records_custody.strip()
        closing.closing_order = order_issue(
            kind=closing_orders.CLOSING_ORDER.code, made_on=today, target=closing, society=society,
            district=case.district, officer=actor, subject=f"{society.name}: liquidation closed")
        closing.certificate = order_issue(
            kind=closing_orders.DISSOLUTION_CERTIFICATE.code, made_on=today, target=case, society=society,
            district=case.district, officer=actor, subject=f"{society.name}: dissolved on {_d(dissolved_on)}")
        if closing.surplus_amount > 0 and closing.bye_law_object:
            closing.surplus_basis, closing.surplus_settled_on = SurplusBasis.BYE_LAW, today
        closing.save()
        case.dissolve()
        case.dissolved_on = dissolved_on
        case.save(update_fields=["state", "dissolved_on"])
        society.dissolved()
        society.save(update_fields=["legal_status"])
        activity.record(ClosingAction.DISSOLVED, actor=actor, society=society, target=closing, data={
            "dissolved_on": dissolved_on, "certificate": closing.certificate.number,
            "closing_order": closing.closing_order.number, "liquidator_discharged_on": today,
            "records_custody": closing.records_custody, "surplus_amount": closing.surplus_amount,
            "surplus_basis": closing.surplus_basis})
    return closing


def closing_record_notice(*, winding_up_id: int, actor, today: date, published_on: date,
                          gazette_number: str) -> Closing:
    """s.97: the Official Gazette printed the notice of the closing. The members' three months to choose the
    surplus's object run from it (s.96, surplus_object_selection_3m) when the bye-laws name none."""
    with transaction.atomic():
        case, closing = _lock(winding_up_id)
        _check(actor, Act.CLOSE_LIQUIDATION, case)
        if closing.stage != ClosingStage.DISSOLVED:
            raise ValidationError(NO_REPORT)
        if closing.closing_notice_on is not None:
            raise ValidationError(NOTICE_ALREADY, params={"date": _d(closing.closing_notice_on)})
        if published_on > today:
            raise ValidationError({"published_on": NOTICE_IN_FUTURE})
        order = closing.closing_order
        if published_on < order.made_on:
            raise ValidationError({"published_on": ValidationError(NOTICE_BEFORE_ORDER,
                                                                   params={"date": _d(order.made_on)})})
        if not gazette_number.strip():
            raise ValidationError({"gazette_number": GAZETTE_NUMBER})
        closing.closing_notice_on, closing.closing_gazette_number = published_on, gazette_number.strip()[:60]
        if closing.surplus_amount > 0 and not closing.surplus_basis:
            closing.members_choose_by = periods.surplus_selection_last_day(published_on)
        closing.save()
        order.published_on = published_on
        order.save(update_fields=["published_on"])
        activity.record(ClosingAction.NOTICE_PUBLISHED, actor=actor, society=case.society, target=closing,
                        data={"published_on": published_on, "gazette_number": closing.closing_gazette_number,
                              "members_choose_by": closing.members_choose_by})
    return closing


def _surplus_open(closing: Closing) -> None:
    if closing.surplus_amount <= 0:
        raise ValidationError(NO_SURPLUS)
    if closing.surplus_settled_on is not None:
        raise ValidationError(SURPLUS_SETTLED, params={"date": _d(closing.surplus_settled_on)})


def surplus_record_members_choice(*, winding_up_id: int, actor, today: date, chosen_on: date,
                                  object_chosen: str) -> Closing:
    """s.96: the members chose an object of local public utility within the three months of the closing notice;
    the Registrar approves it by recording it here. Never a division among the members (s.98)."""
    with transaction.atomic():
        case, closing = _lock(winding_up_id)
        _check(actor, Act.CLOSE_LIQUIDATION, case)
        _surplus_open(closing)
        if not object_chosen.strip():
            raise ValidationError({"object_chosen": OBJECT_NEEDED})
        error = periods.members_choice_error(chosen_on=chosen_on, notice_on=closing.closing_notice_on,
                                             bye_law_object=closing.bye_law_object, today=today)
        if error:
            raise ValidationError({"chosen_on": error})
        closing.members_object, closing.members_chose_on = object_chosen.strip()[:300], chosen_on
        closing.surplus_basis, closing.surplus_settled_on = SurplusBasis.MEMBERS, today
        closing.save()
        activity.record(ClosingAction.SURPLUS_MEMBERS, actor=actor, society=case.society, target=closing,
                        data={"chosen_on": chosen_on, "object": closing.members_object,
                              "amount": closing.surplus_amount})
    return closing


def surplus_apply(*, winding_up_id: int, actor, today: date, object_applied: str) -> Closing:
    """s.96 last part: the bye-laws named no object and the members chose none within the three months, so the
    Registrar applies the surplus (to an object of local public utility, or another society's reserve fund), by
    an order in the register."""
    with transaction.atomic():
        case, closing = _lock(winding_up_id)
        _check(actor, Act.CLOSE_LIQUIDATION, case)
        _surplus_open(closing)
        if not object_applied.strip():
            raise ValidationError({"object_applied": OBJECT_NEEDED})
        error = periods.registrar_application_error(notice_on=closing.closing_notice_on,
                                                    bye_law_object=closing.bye_law_object,
                                                    members_object=closing.members_object, today=today)
        if error:
            raise ValidationError(error)
        closing.registrar_object = object_applied.strip()[:300]
        closing.surplus_order = order_issue(
            kind=closing_orders.SURPLUS_ORDER.code, made_on=today, target=closing, society=case.society,
            district=case.district, officer=actor, subject=f"{case.society.name}: surplus applied")
        closing.surplus_basis, closing.surplus_settled_on = SurplusBasis.REGISTRAR, today
        closing.save()
        activity.record(ClosingAction.SURPLUS_APPLIED, actor=actor, society=case.society, target=closing,
                        data={"object": closing.registrar_object, "order": closing.surplus_order.number,
                              "amount": closing.surplus_amount})
    return closing
