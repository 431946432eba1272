"""PDFs of the audit work (issue 18 point 8), English with Assamese, A4, signed like every document the office
issues (societies.documents.pdf_from_html; ADR 0033): the audit report cover with the objections schedule, the
Registrar's rectification direction (s.85(1)) and the order confirming the s.85(2) flag. Orders carry a QR code
to /verify/<token>/ (audit.letters._verify). The allotment and fee letters are audit/letters.py."""

from datetime import date

from django.template.loader import render_to_string
from django.utils import translation

from societies.documents import pdf_from_html
from societies.governance.rules import director_bar_until

from . import work_rules
from .letters import _signatory, _verify
from .models import AuditReport, Objection, RectificationDirection


def _english(build):
    """One document whoever prints it: English text, Assamese beside it (the Assamese dates by date_as)."""
    def wrapper(*args, **kwargs):
        with translation.override("en"):
            return build(*args, **kwargs)
    wrapper.__name__ = build.__name__
    wrapper.__doc__ = build.__doc__
    return wrapper


@_english
def report_html(report: AuditReport) -> str:
    audit = report.audit
    items = list(Objection.objects.filter(report=report).order_by("number"))
    return render_to_string("audit/pdf/report_cover.html", {
        "audit": audit, "society": audit.society, "report": report, "items": items,
        "findings": report.findings(), "signatory": {"name": audit.auditor_name, "rank": (
            audit.panel_partner and f"CA {audit.panel_partner.name}, M.No. {audit.panel_partner.icai_number}") or (
            audit.auditor_officer and audit.auditor_officer.get_rank_display()) or "", "office": ""},
        "total": sum((i.amount or 0) for i in items),
    })


def report_pdf(report: AuditReport) -> bytes:
    return pdf_from_html(report_html(report))


@_english
def direction_html(direction: RectificationDirection) -> str:
    audit = direction.audit
    order = direction.order
    return render_to_string("audit/pdf/rectification_direction.html", {
        "audit": audit, "society": audit.society, "direction": direction, "order": order,
        "items": list(direction.objections.order_by("number")), "signatory": _signatory(direction.made_by),
        **_verify(order)})


def direction_pdf(direction: RectificationDirection) -> bytes:
    return pdf_from_html(direction_html(direction))


@_english
def flag_order_html(flag) -> str:
    """The Registrar's order confirming the s.85(2) flag: the Board in office disqualified from the day after the
    three months, directors barred five years (s.40(4)(f)), an officer to be appointed under s.41(6)."""
    _kind, report_pk, on = flag.subject_key.split(":")
    report = AuditReport.objects.select_related("audit__society__district").get(pk=int(report_pk))
    on = date.fromisoformat(on)
    from orders.models import Order

    order = Order.objects.filter(number=flag.order_number).first()
    context = {"flag": flag, "report": report, "audit": report.audit, "society": report.audit.society,
               "effective_on": on, "bar_until": director_bar_until(on), "signatory": _signatory(flag.decided_by),
               "order_number": flag.order_number, "order": order or {"number": flag.order_number},
               "reaudit_last_day": work_rules.reaudit_last_day(report.accepted_on) if report.accepted_on else None}
    if order is not None:
        context.update(_verify(order))
    return render_to_string("audit/pdf/flag_order.html", context)


def flag_order_pdf(flag) -> bytes:
    return pdf_from_html(flag_order_html(flag))
