"""PDF rendering shared by the society's lifecycles (registration's certificate and letters, supervision's
notices): WeasyPrint with a fetcher that loads nothing from outside, then the office's signature."""

from django.template.loader import render_to_string


def safe_url_fetcher():
    """WeasyPrint may load only inline data: URIs; remote URLs and local files are refused (design.md § Traps)."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})


def pdf_from_html(html: str) -> bytes:
    """HTML to A4 PDF bytes, fetching nothing from outside, signed with the office's certificate (every PDF the
    office issues is an order, a letter in the order series or a notice: orders.signing, ADR 0033)."""
    from weasyprint import HTML

    from orders.signing import sign_pdf

    return sign_pdf(HTML(string=html, url_fetcher=safe_url_fetcher()).write_pdf())


def render_pdf(template: str, context: dict) -> bytes:
    """Render a template (templates/<app>/pdf/...) to a signed A4 PDF."""
    return pdf_from_html(render_to_string(template, context))
