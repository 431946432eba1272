"""Demo of the audit work (issue 18 point 9), called by audit.demo.seed after the allotment's demo; through the
services, idempotent, dated back from `today`:

- an audit of 2025-26 reported in July with two objections (one a suspected fraud), both directed in August to be
  rectified by a date that has passed: on the ARCS's list of objections past the date;
- an audit reported in July whose AGM accepted it nearly three months ago: the Board's follow-up report is due in
  six days (s.85(2)); the demo secretary sees both and can answer, rectify and file.
"""

from datetime import date, timedelta
from decimal import Decimal

from registrar.calendar import add_months
from registrar.models import User

SUMMARY = {"share_capital": Decimal("420000"), "deposits": Decimal("2150000"), "borrowings": Decimal("600000"),
           "loans_outstanding": Decimal("1750000"), "working_capital": Decimal("3100000"),
           "turnover": Decimal("9800000"), "profit_or_loss": Decimal("64000"), "reserves": Decimal("210000")}
PAST_DATE_ITEMS = [
    {"severity": "objection", "text": "Stock register not reconciled with the physical stock on 31 March 2026.",
     "amount": Decimal("42800"), "clause": "s.80(1); bye-law 38"},
    {"severity": "suspected_fraud", "text": "Cash withdrawals of ₹1,20,000 without vouchers in February 2026.",
     "amount": Decimal("120000"), "clause": "s.80(1); bye-law 41"},
]
FOLLOWUP_ITEMS = [
    {"severity": "observation", "text": "Depreciation charged at rates other than those in the bye-laws.",
     "amount": None, "clause": "bye-law 52"},
]
FOLLOWUP_DAYS_LEFT = 6


def _candidates(year_end, today):
    """Two Sonitpur societies with no audit of the year yet (the allotment's demo keeps its own), opened now."""
    from societies.choices import LegalStatus
    from societies.models import Society

    from .models import Audit
    from .services.allotment import audit_open

    audited = Audit.objects.filter(fy_end=year_end).values("society_id")
    rows = (Society.objects.filter(district__code="SNT", legal_status=LegalStatus.REGISTERED,
                                   registered_on__lt=year_end).exclude(pk__in=audited)
            .order_by("-registration_number")[:2])
    return [audit_open(society, year_end, today=today) for society in rows]


def _report(audit, arcs, auditor, secretary, *, reported_on, items):
    from guardian.shortcuts import assign_perm

    from .services.allotment import audit_allot
    from .services.work import audit_complete, audit_report_file, audit_start

    assign_perm("societies.act_as_secretary", secretary, audit.society)
    allot_on = reported_on - timedelta(days=70)
    audit_allot(actor=arcs, audit_id=audit.pk, today=allot_on, officer_id=auditor.officer.pk,
                confirm_consecutive=True)
    audit_start(audit_id=audit.pk, actor=auditor, started_on=allot_on + timedelta(days=7),
                today=allot_on + timedelta(days=7))
    audit_complete(audit_id=audit.pk, actor=auditor, completed_on=reported_on - timedelta(days=10),
                   today=reported_on - timedelta(days=10))
    return audit_report_file(audit_id=audit.pk, actor=auditor, today=reported_on,
                             findings={"finding_a": "Purchases above the Board's limit without its sanction."},
                             marks=58, opinion="The accounts give a true and fair view, subject to the objections.",
                             summary=SUMMARY, objections=items)


def seed(*, today: date, stdout) -> None:
    from societies.governance.models import GeneralMeeting
    from societies.governance.services.supervision import financial_year_open

    from .models import AuditReport
    from .services.followup import audit_report_accept
    from .services.objections import objection_explain, rectification_direct

    arcs = User.objects.filter(username="arcs.sonitpur").first()
    auditor = User.objects.filter(username="auditor.sonitpur").first()
    secretary = User.objects.filter(username="secretary").first()
    if arcs is None or auditor is None or secretary is None:
        return
    year_end = date(today.year if today.month > 3 else today.year - 1, 3, 31)
    if AuditReport.objects.filter(audit__fy_end=year_end, audit__society__district__code="SNT").exists():
        return   # seeded already
    candidates = _candidates(year_end, today)
    if len(candidates) < 2:
        stdout.write("  audit work: fewer than two Sonitpur societies without an audit; none seeded\n")
        return
    past, follow = candidates
    # 1. objections past the direction's date
    reported_on = min(today - timedelta(days=120), date(year_end.year, 7, 20))
    report = _report(past, arcs, auditor, secretary, reported_on=reported_on, items=PAST_DATE_ITEMS)
    first, second = report.objections.order_by("number")
    objection_explain(objection_id=first.pk, actor=secretary, text="The count was taken on 2 April; the register "
                      "will be reconciled by the new storekeeper.", today=reported_on + timedelta(days=12))
    directed_on = reported_on + timedelta(days=35)   # after the society's 30 days to explain (ADR 0045)
    rectification_direct(audit_id=past.pk, actor=arcs, objection_ids=[first.pk, second.pk],
                         rectify_by=min(today - timedelta(days=20), directed_on + timedelta(days=45)),
                         text="Reconcile the stock register and account for the withdrawals, with vouchers, and "
                              "report here.", today=directed_on)
    # 2. the Board's follow-up report about to run out
    accepted_on = add_months(today + timedelta(days=FOLLOWUP_DAYS_LEFT), -3)
    report = _report(follow, arcs, auditor, secretary, reported_on=min(accepted_on - timedelta(days=30),
                                                                       date(year_end.year, 7, 25)),
                     items=FOLLOWUP_ITEMS)
    year = financial_year_open(follow.society, year_end)
    meeting = GeneralMeeting.objects.filter(society=follow.society, kind=GeneralMeeting.Kind.AGM,
                                            held_on=accepted_on).first()
    if meeting is None:
        meeting = GeneralMeeting.objects.create(
            society=follow.society, kind=GeneralMeeting.Kind.AGM, financial_year=year, held_on=accepted_on,
            members_eligible=180, members_present=61, quorum_required=18, quorum_met=True,
            resolutions="Audit report for the year accepted.", recorded_on=accepted_on, recorded_by=secretary)
    report = audit_report_accept(audit_id=follow.pk, meeting_id=meeting.pk, actor=secretary, today=accepted_on)
    stdout.write(f"  audit work: {past.society.name}: 2 objections past the date fixed; {follow.society.name}: "
                 f"follow-up report due {report.followup_due_on:%d %b %Y}\n")
