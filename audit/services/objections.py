"""Audit objections tracked to closure (issue 18 point 5; s.85(1)).

open -> explained        the society answers the item online (its secretary);
   -> directed           the Registrar's direction (the ARCS by delegation), an order with the date he fixes, once
                         the society has had its chance to explain (work_rules.explanation_opportunity_over);
   -> rectified          the society records what it did and uploads its evidence (a PDF checked like every
                         upload: societies.uploads.check_pdf);
   -> accepted           by the auditor of the audit or the officer; or sent back to `directed`.
When the last item of a direction is accepted the direction closes (its clock stops); when the last item of the
report is accepted the audit closes and the auditor's access ends (audit.kinds AUDIT_CASE).
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from orders.naming import order_subject
from orders.services import order_issue
from registrar import activity
from registrar.capabilities import Act
from registrar.l10n import display_date
from registrar.notify import notify
from societies.uploads import check_pdf, display_name

from .. import work_rules
from ..models import Audit, Objection, ObjectionState, RectificationDirection
from ..work_access import require_may_close, require_office, require_secretary_of, society_representatives
from ..work_actions import AuditWorkAction
from ..work_orders import RECTIFICATION_DIRECTION

EXPLANATION_REQUIRED = _("Write the society's explanation of this item.")
RECTIFICATION_REQUIRED = _("Say what the society did to rectify this item.")
EVIDENCE_REQUIRED = _("Upload the evidence of the rectification (a PDF).")
REMARKS_REQUIRED = _("Say why the rectification is not accepted.")
NOT_THIS_STATE = _("Item %(number)s cannot be %(what)s now: it is “%(state)s”.")
NOTHING_TO_DIRECT = _("Choose at least one item to direct.")
NOT_EXPLAINED_YET = _("Item %(number)s has not been explained and the society's chance to explain runs to %(day)s "
                      "(s.85(1): the society explains before the Registrar directs).")
DATE_NOT_AFTER = _("The date fixed for rectification must be after the date of the direction.")
DIRECTION_TEXT_REQUIRED = _("Write the direction: what the society is to do.")
NOT_REPORTED = _("The audit report has not been issued yet.")

DIRECTED_SUBJECT = _("%(society)s: rectify the audit defects by %(by)s")
DIRECTED_BODY = _("By direction %(number)s dated %(on)s under section 85(1), %(society)s is to rectify item(s) "
                  "%(items)s of the audit report for %(year)s by %(by)s and report what it did on the portal.")

_WHAT = {"explain": _("explained"), "direct": _("directed"), "rectify": _("rectified"), "accept": _("accepted"),
         "send_back": _("sent back")}


def _lock_item(objection_id: int) -> Objection:
    item = (Objection.objects.select_for_update(of=("self",))
            .select_related("report__audit__society__district", "report__audit__auditor_officer", "direction")
            .get(pk=objection_id))
    return item


def _move(item: Objection, method: str, **kwargs) -> None:
    try:
        getattr(item, method)(**kwargs)
    except TransitionNotAllowed:
        raise ValidationError(NOT_THIS_STATE, params={"number": item.number, "what": _WHAT[method],
                                                       "state": item.get_state_display()}) from None


@transaction.atomic
def objection_explain(*, objection_id: int, actor, text: str, today: date) -> Objection:
    item = _lock_item(objection_id)
    audit = item.report.audit
    require_secretary_of(actor, audit)
    if not text.strip():
        raise ValidationError(EXPLANATION_REQUIRED)
    _move(item, "explain", on=today, by=actor, text=text.strip())
    item.save(update_fields=["state", "explanation", "explained_on", "explained_by"])
    activity.record(AuditWorkAction.OBJECTION_EXPLAINED, actor=actor, society=audit.society, target=audit,
                    data={"item": item.number})
    return item


@transaction.atomic
def rectification_direct(*, audit_id: int, actor, objection_ids: list[int], rectify_by: date, text: str,
                         today: date) -> RectificationDirection:
    """s.85(1): direct the society to rectify the chosen items by the date fixed. Each item must have been
    explained, or its chance to explain be over. An order in the register (ARD series), with its PDF."""
    from ..documents import direction_pdf

    audit = Audit.objects.select_for_update(of=("self",)).select_related("society__district").get(pk=audit_id)
    require_office(actor, Act.DIRECT_AUDIT_RECTIFICATION, audit)
    if audit.reported_on is None:
        raise ValidationError(NOT_REPORTED)
    if not text.strip():
        raise ValidationError(DIRECTION_TEXT_REQUIRED)
    if not work_rules.rectification_date_valid(today, rectify_by):
        raise ValidationError(DATE_NOT_AFTER)
    items = list(Objection.objects.select_for_update().filter(report__audit=audit, pk__in=objection_ids)
                 .order_by("number"))
    if not items:
        raise ValidationError(NOTHING_TO_DIRECT)
    chance_over = work_rules.explanation_opportunity_over(audit.reported_on, today)
    errors = []
    for item in items:
        if item.state == ObjectionState.OPEN and not chance_over:
            errors.append(ValidationError(NOT_EXPLAINED_YET, params={
                "number": item.number, "day": display_date(work_rules.explanation_last_day(audit.reported_on))}))
        elif item.state not in (ObjectionState.OPEN, ObjectionState.EXPLAINED):
            errors.append(ValidationError(NOT_THIS_STATE, params={"number": item.number, "what": _WHAT["direct"],
                                                                  "state": item.get_state_display()}))
    if errors:
        raise ValidationError(errors)
    with translation.override("en"):
        subject = order_subject(audit.society.name, f"rectification of audit defects {audit.fy_label}")
    order = order_issue(kind=RECTIFICATION_DIRECTION.code, subject=subject, made_on=today,
                        society=audit.society, officer=actor)
    direction = RectificationDirection.objects.create(audit=audit, made_on=today, rectify_by=rectify_by,
                                                      text=text.strip(), made_by=actor, order=order)
    point_order_at(order, direction)   # one order per direction (an audit may have several)
    for item in items:
        _move(item, "direct", direction=direction)
        item.save(update_fields=["state", "direction"])
    order.pdf.save(f"{order.pk}.pdf", _file(direction_pdf(direction)), save=False)
    order.save(update_fields=["pdf"])
    numbers = ", ".join(str(i.number) for i in items)
    activity.record(AuditWorkAction.RECTIFICATION_DIRECTED, actor=actor, society=audit.society, target=audit,
                    data={"order": order.number, "items": numbers, "rectify_by": rectify_by})
    params = {"society": audit.society.name, "number": order.number, "on": display_date(today),
              "items": numbers, "year": audit.fy_label, "by": display_date(rectify_by)}
    url = reverse("audit_society_audit", args=[audit.pk])

    def send():
        for user in society_representatives(audit.society):  # the liquidator of a society in liquidation
            notify(user, key=f"audit:direction:{direction.pk}", subject=DIRECTED_SUBJECT, body=DIRECTED_BODY,
                   params=params, url=url)

    transaction.on_commit(send)
    return direction


def point_order_at(order, row) -> None:
    """The register's entry is about the row made with it (the register allows one order of a kind per record)."""
    from django.contrib.contenttypes.models import ContentType

    order.target_type = ContentType.objects.get_for_model(row)
    order.target_id = row.pk
    order.save(update_fields=["target_type", "target_id"])


def _file(data: bytes):
    from django.core.files.base import ContentFile

    return ContentFile(data)


@transaction.atomic
def objection_rectify(*, objection_id: int, actor, text: str, evidence, today: date) -> Objection:
    """The society's rectification with its evidence. The upload is hostile until checked (check_pdf: size,
    parse in a sandboxed worker, no scripts, launch actions or embedded files)."""
    item = _lock_item(objection_id)
    audit = item.report.audit
    require_secretary_of(actor, audit)
    if not text.strip():
        raise ValidationError(RECTIFICATION_REQUIRED)
    if not evidence:
        raise ValidationError(EVIDENCE_REQUIRED)
    check_pdf(evidence)
    _move(item, "rectify", on=today, by=actor, text=text.strip())
    item.evidence_name = display_name(evidence)
    item.evidence.save(f"item-{item.pk}.pdf", evidence, save=False)
    item.save(update_fields=["state", "rectification", "rectified_on", "rectified_by", "evidence", "evidence_name"])
    activity.record(AuditWorkAction.OBJECTION_RECTIFIED, actor=actor, society=audit.society, target=audit,
                    data={"item": item.number, "evidence": item.evidence_name})
    return item


@transaction.atomic
def objection_accept(*, objection_id: int, actor, remarks: str = "", today: date) -> Objection:
    """Accept a rectified item (the auditor or the officer). Closes the direction and the audit when last."""
    item = _lock_item(objection_id)
    audit = Audit.objects.select_for_update(of=("self",)).select_related("society").get(pk=item.report.audit_id)
    require_may_close(actor, audit)
    _move(item, "accept", on=today, by=actor, remarks=remarks.strip())
    item.save(update_fields=["state", "closed_on", "closed_by", "remarks"])
    activity.record(AuditWorkAction.OBJECTION_ACCEPTED, actor=actor, society=audit.society, target=audit,
                    data={"item": item.number})
    unclosed = Objection.objects.filter(report__audit=audit).exclude(state=ObjectionState.ACCEPTED)
    if item.direction_id and not unclosed.filter(direction_id=item.direction_id).exists():
        RectificationDirection.objects.filter(pk=item.direction_id).update(closed_on=today)
    if not unclosed.exists():
        audit.closed_on = today
        audit.save(update_fields=["closed_on"])
        activity.record(AuditWorkAction.AUDIT_CLOSED, actor=actor, society=audit.society, target=audit,
                        data={"year": audit.fy_label})
    return item


@transaction.atomic
def objection_send_back(*, objection_id: int, actor, remarks: str, today: date) -> Objection:
    item = _lock_item(objection_id)
    audit = item.report.audit
    require_may_close(actor, audit)
    if not remarks.strip():
        raise ValidationError(REMARKS_REQUIRED)
    _move(item, "send_back", remarks=remarks.strip())
    item.save(update_fields=["state", "remarks"])
    activity.record(AuditWorkAction.OBJECTION_SENT_BACK, actor=actor, society=audit.society, target=audit,
                    data={"item": item.number, "remarks": item.remarks})
    return item
