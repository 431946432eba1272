"""PDFs of the liquidator's workspace (issue 21 point 7), English with Assamese beside it, A4, signed like every
document the office issues (societies.documents.pdf_from_html): the claims notice (s.94(3), liquidation_claims_2m)
and the liquidator's quarterly report to the Registrar."""

from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.template.loader import render_to_string
from django.utils import translation

from societies.documents import pdf_from_html

from .models import Asset, Call, Claim, Contributory, WindingUp
from .models.claims import ClaimStatus
from .services.claims import claims_last_day


def _signatory(user) -> dict:
    officer = getattr(user, "officer_profile", None) if user else None
    return {"name": user.display_name() if user else "", "rank": "Liquidator",
            "office": officer.office.name if officer else ""}


def claims_notice_html(case: WindingUp, *, actor) -> str:
    with translation.override("en"):
        return render_to_string("liquidation/pdf/claims_notice.html", {
            "case": case, "society": case.society, "last_day": claims_last_day(case), "signatory": _signatory(actor)})


def claims_notice_pdf(case: WindingUp, *, actor) -> bytes:
    return pdf_from_html(claims_notice_html(case, actor=actor))


def _figures(case: WindingUp) -> dict:
    claims = Claim.objects.filter(winding_up=case).aggregate(
        count=Count("pk"), claimed=Sum("amount"), admitted=Sum("admitted_amount", filter=Q(status=ClaimStatus.ADMITTED)),
        rejected=Count("pk", filter=Q(status=ClaimStatus.REJECTED)), late=Count("pk", filter=Q(late=True)),
        pending=Count("pk", filter=Q(status=ClaimStatus.PENDING)), paid=Sum("paid_amount"))
    zero = Decimal(0)
    return {
        "claims": {k: (v if v is not None else zero) for k, v in claims.items()},
        "contributories": Contributory.objects.filter(winding_up=case).count(),
        "called": Call.objects.filter(contributory__winding_up=case).aggregate(s=Sum("amount"))["s"] or zero,
        "realised": Asset.objects.filter(winding_up=case).aggregate(s=Sum("realised_amount"))["s"] or zero,
    }


def quarterly_report_html(report, *, actor) -> str:
    case = report.winding_up
    with translation.override("en"):
        return render_to_string("liquidation/pdf/quarterly_report.html", {
            "case": case, "society": case.society, "report": report, "signatory": _signatory(actor),
            **_figures(case)})


def quarterly_report_pdf(report, *, actor) -> bytes:
    return pdf_from_html(quarterly_report_html(report, actor=actor))
