"""PDF documents of supervision: notices to societies whose annual return is overdue (s.129(1), s.129(3)).

A4, English with Assamese, one page per society, rendered by WeasyPrint with the same fetcher as the
registration certificate (no remote URLs: design.md § Traps), signed like it (ADR 0033).
"""

from datetime import date

from django.template.loader import render_to_string

from registrar.statute.catalogue import yaml_rules
from societies.documents import pdf_from_html

RETURNS_RULE = "annual_returns_30d"


def defaulter_notices_pdf(financial_years, *, officer, today: date) -> bytes:
    """One page per financial year (society) in `financial_years`; the rule's own words from rules.yaml."""
    rule = yaml_rules()[RETURNS_RULE]
    html = render_to_string("governance/pdf/defaulter_notice.html", {
        "years": list(financial_years), "officer": officer, "office": officer.office, "today": today,
        "quote": rule["quote"], "consequence": rule["consequence"],
    })
    return pdf_from_html(html)
