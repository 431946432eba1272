"""Demo data of the statutory audit (issue 18 point 9), through the services, idempotent:

- the State Government's panel order with two firms (Das & Co. for Sonitpur and Kamrup; Baruah & Associates
  statewide, whose partner already signs in as the parties demo's CA firm) and the fee scale;
- every society's ended years opened (the chore audits_open);
- in Sonitpur, five societies' audits of their latest ended year in every state of the allotment and work: open,
  allotted (departmental; past the six months: overdue), allotted to the firm the society chose (invited and
  accepted), in progress, completed (report awaited);
  the audit work's demo (audit.work_demo, when present) adds the reported ones, objections and follow-ups.
"""

import importlib.util
from datetime import date, timedelta
from decimal import Decimal

from registrar.demo import register_login
from registrar.models import User

PANEL_NUMBER = "FIN(AUDIT)/47/2025/12"
FIRMS = (
    ("Das & Co., Chartered Accountants", "312345E", "audit@dasandco.in", 40, ("SNT", "KMR"),
     [("Ritu Das", "054321"), ("Anjan Kalita", "061234")]),
    ("Baruah & Associates, Chartered Accountants", "322211E", "audit@baruah-associates.in", 60, (),
     [("Rituparna Baruah", "071122")]),
)
BANDS = ((0, 750), (100000, 1500), (1000000, 4000), (10000000, 12000))


def _panel(registrar_user, today):
    from registrar.models import District

    from .models import AuditFeeBand, PanelFirm, PanelOrder
    from .services.panel import panel_firm_add, panel_order_record

    order = PanelOrder.objects.filter(number=PANEL_NUMBER).first()
    if order is None:
        order = panel_order_record(actor=registrar_user, number=PANEL_NUMBER, made_on=date(2025, 3, 20),
                                   approver="state_government", valid_from=date(2025, 4, 1),
                                   valid_to=date(2028, 3, 31))
    for name, frn, email, capacity, codes, partners in FIRMS:
        if not PanelFirm.objects.filter(order=order, frn=frn).exists():
            panel_firm_add(actor=registrar_user, order_id=order.pk, name=name, frn=frn, email=email,
                           capacity=capacity, partners=partners,
                           district_ids=list(District.objects.filter(code__in=codes).values_list("pk", flat=True)))
    for minimum, fee in BANDS:
        AuditFeeBand.objects.get_or_create(effective_from=date(2025, 4, 1), min_working_capital=Decimal(minimum),
                                           defaults={"fee": Decimal(fee)})
    return list(PanelFirm.objects.filter(order=order).order_by("name"))


def _latest_ended(society, today):
    from societies.governance.rules import financial_year_end_on_or_after

    from .rules import previous_fy_end

    end = financial_year_end_on_or_after(today, society.fy_end_month, society.fy_end_day)
    return end if end < today else previous_fy_end(end)


def _history(arcs, auditor, audit, today):
    """The year before as a departmental audit completed in its time, so that the society may choose a panel firm
    this year (s.81(1) proviso)."""
    from .rules import previous_fy_end
    from .services.allotment import audit_allot, audit_open
    from .services.work import audit_complete, audit_start

    year_end = previous_fy_end(audit.fy_end)
    earlier = audit_open(audit.society, year_end, today=today)
    if earlier.status == "open":
        day = min(today, year_end + timedelta(days=120))  # within its six months
        audit_allot(actor=arcs, audit_id=earlier.pk, today=day, officer_id=auditor.officer.pk,
                    confirm_consecutive=True)
        audit_start(audit_id=earlier.pk, actor=auditor, started_on=day, today=day)
        audit_complete(audit_id=earlier.pk, actor=auditor, completed_on=day, today=day)


def _states(arcs, auditor, firms, today):
    """Five Sonitpur societies (the first by number: the audit work's demo takes the last ones), each audit of
    its latest ended year in one state of the allotment and the work."""
    from parties.models import PartyInvitation
    from parties.services import party_invitation_accept
    from societies.choices import LegalStatus
    from societies.models import Society

    from .models import AuditStatus
    from .services.allotment import audit_allot, audit_open, requires_departmental

    societies = list(Society.objects.filter(district__code="SNT", legal_status=LegalStatus.REGISTERED)
                     .order_by("registration_number")[:5])
    if len(societies) < 5:
        return 0
    audits = [audit_open(s, _latest_ended(s, today), today=today) for s in societies]
    if any(a.status != AuditStatus.OPEN for a in audits):
        return 0  # seeded before
    # [0] stays open; [1] departmental, allotted, not started; [2] the firm; [3] in progress; [4] completed
    for audit in (audits[1], audits[3], audits[4]):
        audit_allot(actor=arcs, audit_id=audit.pk, today=today, officer_id=auditor.officer.pk,
                    confirm_consecutive=True)
    baruah = next(f for f in firms if f.frn == "322211E")
    if requires_departmental(audits[2]):
        _history(arcs, auditor, audits[2], today)
    audit_allot(actor=arcs, audit_id=audits[2].pk, today=today, firm_id=baruah.pk,
                partner_id=baruah.partners.first().pk, agm_resolution_on=today,
                agm_resolution_ref="AGM resolution 4", confirm_consecutive=True)
    firm_user = User.objects.filter(email__iexact=baruah.email).first()
    invitation = PartyInvitation.objects.filter(object_id=audits[2].pk, email=baruah.email).first()
    if firm_user is not None and invitation is not None and invitation.accepted_at is None:
        party_invitation_accept(token=invitation.token, actor=firm_user, today=today)
    from .services.work import audit_complete, audit_start

    for audit in (audits[3], audits[4]):
        audit_start(audit_id=audit.pk, actor=auditor, started_on=today, today=today)
    audit_complete(audit_id=audits[4].pk, actor=auditor, completed_on=today, today=today)
    return 4


def seed(*, today: date, stdout) -> None:
    from .clocks import years_due_for_audit
    from .services.allotment import audit_open

    registrar_user = User.objects.filter(username="rcs").first()
    arcs = User.objects.filter(username="arcs.sonitpur").first()
    auditor = User.objects.filter(username="auditor.sonitpur").first()
    if registrar_user is None or arcs is None or auditor is None:
        return
    firms = _panel(registrar_user, today)
    opened = 0
    for year in years_due_for_audit(today).select_related("society"):
        audit_open(year.society, year.ends_on, today=today)
        opened += 1
    allotted = _states(arcs, auditor, firms, today)
    stdout.write(f"  audit: panel of {len(firms)} firms, {opened} audits opened, {allotted} allotted\n")
    register_login("Auditor firm on the audit panel (/audits/: its audits only)", "audit@baruah-associates.in")
    if importlib.util.find_spec("audit.work_demo") is not None:
        from . import work_demo

        work_demo.seed(today=today, stdout=stdout)
