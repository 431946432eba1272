"""Opening a year's audit and allotting its auditor (s.81(1); issue 18 point 2).

audit_allot checks, at the moment of allotment and with the rows locked: the officer's capability and
jurisdiction; the auditor (a departmental officer of rank auditor in the district, or a panel firm on a panel in
force for the district, chosen by the society's AGM); the three-year departmental rule (s.81(1) proviso) or, for
the State Co-operative Bank, a NABARD-approved panel CA (s.145(1), s.133); the auditor's capacity in the audit
year; no conflict of interest (the auditor is a member or holds office in the society: the register of members
and the Board, through confirmed Person links); and it warns on the same auditor for a fourth consecutive year.
The allotment letter is an order in the register (audit.kinds.ALLOTMENT); a firm is invited to the audit as an
outside party (parties: case kind "audit").
"""

from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from membership.models import Member
from orders.services import order_issue
from parties.models import Role
from registrar import activity
from registrar.capabilities import Act, may
from registrar.models import Officer, Rank
from societies.governance.models import Director

from .. import rules
from ..actions import AuditAction
from ..kinds import ALLOTMENT
from ..models import Audit, AuditStatus, PanelApprover, PanelFirm, PanelPartner, StateBankDesignation

NOT_ALLOWED = _("Only the ARCS of the district or an officer above may allot an audit.")
NOT_OPEN = _("This audit is already allotted (%(status)s).")
ONE_AUDITOR = _("Choose either a departmental auditor or a panel firm.")
NOT_AN_AUDITOR = _("%(name)s is not a departmental auditor in service in %(district)s.")
FIRM_NOT_ON_PANEL = _("%(firm)s is not on a panel in force on %(day)s for %(district)s.")
PARTNER_NOT_OF_FIRM = _("The signing partner must be a partner of %(firm)s.")
PANEL_NEEDS_RESOLUTION = _("A panel auditor is appointed only at the society's option: give the date of the AGM "
                           "resolution choosing the firm (s.81(1) proviso).")
RESOLUTION_IN_FUTURE = _("The AGM resolution cannot be dated after today.")
DEPARTMENTAL_REQUIRED = _("The audits of %(years)s were not departmental: the audit of %(year)s must be done by a "
                          "departmental auditor (s.81(1) proviso: at least once in every three years).")
STATE_BANK_NABARD = _("The State Co-operative Bank is audited by a chartered accountant from the panel approved "
                      "by NABARD (s.145(1), s.133).")
NABARD_PANEL_ONLY_STATE_BANK = _("The NABARD panel is for the State Co-operative Bank; choose a firm from the "
                                 "State Government's panel.")
OVER_CAPACITY = _("%(auditor)s already has %(count)s audit(s) allotted for the audit year %(year)s, its capacity "
                  "is %(capacity)s.")
CONFLICT = _("%(person)s is %(role)s of %(society)s: an auditor may not audit a society where they are a member "
             "or hold office.")
CONSECUTIVE_WARNING = _("%(auditor)s would audit %(society)s for %(count)s consecutive years. Allot a different "
                        "auditor, or confirm that this allotment is intended.")
ROLE_MEMBER = _("a member")
ROLE_DIRECTOR = _("a Director")

# Departmental auditors' yearly capacity (the department's norm; settings.AUDIT_DEPARTMENTAL_CAPACITY).
DEFAULT_DEPARTMENTAL_CAPACITY = 60


def departmental_capacity() -> int:
    return int(getattr(settings, "AUDIT_DEPARTMENTAL_CAPACITY", DEFAULT_DEPARTMENTAL_CAPACITY))


@transaction.atomic
def audit_open(society, fy_end: date, *, today: date) -> Audit | None:
    """Open the audit of `society` for the year ending `fy_end` (the chore audits_open, or the first page that
    needs it). Idempotent: an existing audit is returned as it is."""
    existing = Audit.objects.filter(society=society, fy_end=fy_end).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            audit = Audit.objects.create(society=society, fy_end=fy_end, opened_on=today,
                                         due_on=rules.audit_last_day(fy_end))
    except IntegrityError:  # opened at the same moment by another run
        return Audit.objects.get(society=society, fy_end=fy_end)
    activity.record(AuditAction.OPENED, society=society, target=audit,
                    data={"fy_end": fy_end, "due_on": audit.due_on})
    return audit


def is_state_bank(society) -> bool:
    return StateBankDesignation.objects.filter(society=society).exists()


def departmental_years(society) -> list[date]:
    return list(Audit.objects.filter(society=society, auditor_kind="departmental").values_list("fy_end", flat=True))


def requires_departmental(audit: Audit, *, state_bank: bool | None = None) -> bool:
    society = audit.society
    return rules.departmental_audit_required(
        audit.fy_end, first_fy_end=rules.first_fy_end(society.registered_on, society.fy_end_month,
                                                      society.fy_end_day),
        departmental_years=departmental_years(society),
        is_state_bank=is_state_bank(society) if state_bank is None else state_bank)


def _previous_years_not_departmental(audit: Audit) -> str:
    one = rules.previous_fy_end(audit.fy_end)
    return ", ".join(rules.fy_label(day) for day in (rules.previous_fy_end(one), one))


def allotted_in_year(*, fy_end: date, officer=None, firm=None) -> int:
    start, end = rules.audit_year_bounds(rules.audit_year_of(fy_end))
    qs = Audit.objects.filter(fy_end__range=(start, end)).exclude(status=AuditStatus.OPEN)
    return qs.filter(auditor_officer=officer).count() if officer is not None else qs.filter(panel_firm=firm).count()


def conflicts(audit: Audit, *, officer=None, firm=None) -> list[str]:
    """The auditor's persons (the officer's own, the firm's partners') who are members of the society or hold
    office on its Board on the day, from confirmed Person links: the reasons allotment is refused."""
    persons = {}
    if officer is not None and getattr(officer.user, "person", None) is not None:
        persons[officer.user.person.pk] = officer.user.display_name()
    if firm is not None:
        for partner in PanelPartner.objects.filter(firm=firm, person__isnull=False):
            persons[partner.person_id] = f"CA {partner.name}"
    if not persons:
        return []
    society = audit.society
    found = []
    members = Member.objects.filter(society=society, person_id__in=persons, ceased_on__isnull=True)
    for person_id in members.values_list("person_id", flat=True).distinct():
        found.append(str(CONFLICT % {"person": persons[person_id], "role": ROLE_MEMBER, "society": society.name}))
    directors = Director.objects.filter(board__society=society, board__ended_on__isnull=True,
                                        ceased_on__isnull=True, person_id__in=persons)
    for person_id in directors.values_list("person_id", flat=True).distinct():
        found.append(str(CONFLICT % {"person": persons[person_id], "role": ROLE_DIRECTOR, "society": society.name}))
    return found


def consecutive_count(audit: Audit, *, officer=None, firm=None) -> int:
    earlier = Audit.objects.filter(society=audit.society, fy_end__lt=audit.fy_end).exclude(status=AuditStatus.OPEN)
    by_year = {row["fy_end"]: (f"o{row['auditor_officer']}" if row["auditor_officer"] else f"f{row['panel_firm']}")
               for row in earlier.values("fy_end", "auditor_officer", "panel_firm")}
    key = f"o{officer.pk}" if officer is not None else f"f{firm.pk}"
    return rules.consecutive_years(audit.fy_end, by_year, key)


def _check_officer(officer: Officer, audit: Audit) -> None:
    district = audit.society.district
    if (officer.rank != Rank.AUDITOR or not officer.is_active
            or not officer.districts.filter(pk=district.pk).exists()):
        raise ValidationError({"officer": ValidationError(
            NOT_AN_AUDITOR, params={"name": officer.user.display_name(), "district": district.name})})


def _check_firm(firm: PanelFirm, partner, audit: Audit, *, today: date, state_bank: bool) -> None:
    district = audit.society.district
    on_panel = (firm.is_active and firm.order.covers(today)
                and (not firm.districts.exists() or firm.districts.filter(pk=district.pk).exists()))
    if not on_panel:
        raise ValidationError({"firm": ValidationError(
            FIRM_NOT_ON_PANEL, params={"firm": firm.name, "day": f"{today:%d-%m-%Y}", "district": district.name})})
    if state_bank and firm.order.approver != PanelApprover.NABARD:
        raise ValidationError({"firm": STATE_BANK_NABARD})
    if not state_bank and firm.order.approver == PanelApprover.NABARD:
        raise ValidationError({"firm": NABARD_PANEL_ONLY_STATE_BANK})
    if partner is not None and partner.firm_id != firm.pk:
        raise ValidationError({"partner": ValidationError(PARTNER_NOT_OF_FIRM, params={"firm": firm.name})})


def audit_allot(*, actor, audit_id: int, today: date, officer_id: int | None = None, firm_id: int | None = None,
                partner_id: int | None = None, agm_resolution_on: date | None = None, agm_resolution_ref: str = "",
                confirm_consecutive: bool = False) -> Audit:
    """Allot the audit to a departmental auditor or (the society's choice by AGM resolution) a panel firm, and
    issue the allotment order. Raises PermissionDenied or ValidationError (a message per field; the
    consecutive-years warning has code "consecutive" and passes once `confirm_consecutive`)."""
    with transaction.atomic():
        audit = (Audit.objects.select_for_update(of=("self",)).select_related("society__district")
                 .get(pk=audit_id))
        society = audit.society
        if not may(actor, Act.ALLOT_AUDIT, society.district_id):
            raise PermissionDenied(NOT_ALLOWED)
        if audit.status != AuditStatus.OPEN:
            raise ValidationError(NOT_OPEN, params={"status": audit.get_status_display()})
        if (officer_id is None) == (firm_id is None):
            raise ValidationError(ONE_AUDITOR)
        state_bank = is_state_bank(society)
        officer = firm = partner = None
        if officer_id is not None:
            # Locked: two allotments to one auditor at once are counted one after the other (capacity).
            officer = Officer.objects.select_for_update(of=("self",)).select_related("user").get(pk=officer_id)
            _check_officer(officer, audit)
            if state_bank:
                raise ValidationError({"officer": STATE_BANK_NABARD})
        else:
            firm = PanelFirm.objects.select_for_update(of=("self",)).select_related("order").get(pk=firm_id)
            partner = PanelPartner.objects.filter(pk=partner_id).first() if partner_id else None
            _check_firm(firm, partner, audit, today=today, state_bank=state_bank)
            if not state_bank:
                if agm_resolution_on is None:
                    raise ValidationError({"agm_resolution_on": PANEL_NEEDS_RESOLUTION})
                if agm_resolution_on > today:
                    raise ValidationError({"agm_resolution_on": RESOLUTION_IN_FUTURE})
                if requires_departmental(audit, state_bank=False):
                    raise ValidationError({"firm": ValidationError(DEPARTMENTAL_REQUIRED, params={
                        "years": _previous_years_not_departmental(audit), "year": audit.fy_label})})
        capacity = departmental_capacity() if officer is not None else firm.capacity
        count = allotted_in_year(fy_end=audit.fy_end, officer=officer, firm=firm)
        if rules.capacity_left(capacity, count) < 1:
            year = rules.audit_year_of(audit.fy_end)
            raise ValidationError(OVER_CAPACITY, params={
                "auditor": officer.user.display_name() if officer else firm.name, "count": count,
                "year": f"{year}-{(year + 1) % 100:02d}", "capacity": capacity})
        found = conflicts(audit, officer=officer, firm=firm)
        if found:
            raise ValidationError(found)
        years = consecutive_count(audit, officer=officer, firm=firm)
        warning = ""
        if rules.warns_consecutive(years):
            warning = str(CONSECUTIVE_WARNING % {"auditor": officer.user.display_name() if officer else firm.name,
                                                 "society": society.name, "count": years})
            if not confirm_consecutive:
                raise ValidationError(warning, code="consecutive")

        audit.allot(on=today, officer=officer, firm=firm, partner=partner)
        audit.chosen_by_society = firm is not None and not state_bank
        audit.agm_resolution_on = agm_resolution_on if audit.chosen_by_society else None
        audit.agm_resolution_ref = agm_resolution_ref.strip() if audit.chosen_by_society else ""
        audit.allotted_by = actor
        audit.allotment_warning = warning[:300]
        auditor = officer.user.display_name() if officer else firm.name
        order = order_issue(kind=ALLOTMENT.code, made_on=today, society=society, officer=actor, target=audit,
                            subject=f"Audit of accounts {audit.fy_label} allotted to {auditor}")
        audit.allotment_order = order
        audit.save()
        activity.record(AuditAction.ALLOTTED, actor=actor, society=society, target=audit, data={
            "fy_end": audit.fy_end, "auditor": auditor, "kind": audit.auditor_kind, "order": order.number,
            "chosen_by_society": audit.chosen_by_society, "agm_resolution_on": audit.agm_resolution_on,
            "warning": warning})
        if firm is not None:
            # The firm signs in as an invited outside party on this audit; a departmental auditor is an officer and
            # sees the audits allotted to them (audit.permissions.audit_for_auditor_or_404).
            from parties.services import party_invite

            party_invite(actor=actor, kind="audit", case_id=audit.pk, role=Role.AUDITOR_FIRM, email=firm.email,
                         name=partner.name if partner else firm.name, organisation=firm.name, today=today)
    return audit


def auditor_choices(audit: Audit):
    """Departmental auditors of the district, and firms on a panel for it (the allotment form's choices)."""
    district = audit.society.district
    officers = (Officer.objects.filter(rank=Rank.AUDITOR, is_active=True, districts=district)
                .select_related("user").order_by("user__first_name", "user__username"))
    firms = (PanelFirm.objects.filter(is_active=True).filter(Q(districts=district) | Q(districts__isnull=True))
             .select_related("order").distinct().order_by("name"))
    return officers, firms
