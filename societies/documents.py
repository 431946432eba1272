"""PDF rendering shared by the society's lifecycles (registration's certificate and letters, supervision's
notices): WeasyPrint with a fetcher that loads nothing from outside."""

from django.template.loader import render_to_string


def safe_url_fetcher():
    """WeasyPrint may load only inline data: URIs; remote URLs and local files are refused (design.md § Traps)."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})


def render_pdf(template: str, context: dict) -> bytes:
    """Render a template (templates/<app>/pdf/...) to A4 PDF bytes, fetching nothing from outside."""
    from weasyprint import HTML

    return HTML(string=render_to_string(template, context), url_fetcher=safe_url_fetcher()).write_pdf()
