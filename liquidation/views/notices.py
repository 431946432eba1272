"""The public notices page of cancellations (/liquidation/notices/): every cancellation the Official Gazette has
printed, with its Gazette number and date of publication, the claims' and the members' appeal's last days, the
notice in English and Assamese (PDF) and its machine-readable copy (JSON-LD, liquidation.gazette.jsonld) at a
stable URL. Public, no login; no personal data (the liquidator is named, as the Gazette names him, with the
office's address)."""

import json

from django.http import Http404, HttpResponse
from django.shortcuts import render

from registrar import clock

from ..documents_cancellation import render_document
from ..gazette.jsonld import notice_jsonld
from ..models import WindingUp
from ..services.gazette import claims_last_day

PUBLIC_STATES = ("cancellation_ordered", "appeal_pending", "in_liquidation", "dissolved", "set_aside")


def _published():
    return (WindingUp.objects.filter(gazette_published_on__isnull=False, state__in=PUBLIC_STATES)
            .select_related("society", "district", "cancellation_order", "liquidator__officer__office"))


def _notice_or_404(pk):
    case = _published().filter(pk=pk).first()
    if case is None:
        raise Http404("No published notice.")
    return case


def liquidation_notices(request):
    today = clock.today()
    cases = list(_published().order_by("-gazette_published_on", "-pk")[:200])
    rows = [{"case": c, "claims_by": claims_last_day(c.gazette_published_on),
             "appeal_by": c.cancellation_order.takes_effect_after if c.state == "cancellation_ordered" else None}
            for c in cases]
    return render(request, "liquidation/cancellation/notices.html", {"rows": rows, "today": today})


def liquidation_notice(request, pk):
    case = _notice_or_404(pk)
    from ..selectors import appeal_window

    return render(request, "liquidation/cancellation/notice.html", {
        "case": case, "notice": notice_jsonld(case), "today": clock.today(),
        "claims_by": claims_last_day(case.gazette_published_on),
        "appeal_by": appeal_window(case)[0]})


def liquidation_notice_jsonld(request, pk):
    case = _notice_or_404(pk)
    body = json.dumps(notice_jsonld(case), ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type="application/ld+json; charset=utf-8")


def liquidation_notice_pdf(request, pk, lang):
    case = _notice_or_404(pk)
    if lang not in ("en", "as"):
        raise Http404("No such language.")
    response = HttpResponse(render_document("gazette", case, lang), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="gazette-notice-{case.pk}-{lang}.pdf"'
    return response
