"""PDF rendering shared by the society's lifecycles (registration's certificate and letters, supervision's
notices): WeasyPrint with a fetcher that loads nothing from outside except the fonts the project ships, then
the office's signature."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.template.loader import render_to_string

# The fonts the project ships (static/fonts/, ADR 0038): PDF templates load them by @font-face with a URL
# relative to static/ (`url("fonts/Lohit-Assamese.ttf")`, templates/pdf/fonts.css), so Assamese renders on a
# machine with no Assamese font installed.
STATIC_DIR = Path(settings.BASE_DIR) / "static"
FONTS_DIR = STATIC_DIR / "fonts"


def _is_bundled_font(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return False
    path = Path(unquote(parts.path)).resolve()
    return path.is_relative_to(FONTS_DIR.resolve()) and path.suffix.lower() in (".ttf", ".otf", ".woff", ".woff2")


def safe_url_fetcher():
    """WeasyPrint may load inline data: URIs and the fonts under static/fonts/; remote URLs and any other local
    file are refused (design.md § Traps)."""
    from weasyprint.urls import URLFetcher

    class BundledFontsFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.lower().startswith("data:"):
                return super().fetch(url, headers)
            if _is_bundled_font(url):
                return super().fetch(url, headers)
            raise ValueError(f"PDF rendering refuses to fetch {url[:200]}: only data: URIs and static/fonts/")

    return BundledFontsFetcher(allowed_protocols={"data", "file"})


def pdf_from_html(html: str) -> bytes:
    """HTML to A4 PDF bytes, fetching nothing from outside, signed with the office's certificate (every PDF the
    office issues is an order, a letter in the order series or a notice: orders.signing, ADR 0033). Relative
    URLs resolve against static/ (for the bundled fonts)."""
    from weasyprint import HTML

    from orders.signing import sign_pdf

    html_doc = HTML(string=html, url_fetcher=safe_url_fetcher(), base_url=STATIC_DIR.as_uri() + "/")
    return sign_pdf(html_doc.write_pdf())


def render_pdf(template: str, context: dict) -> bytes:
    """Render a template (templates/<app>/pdf/...) to a signed A4 PDF."""
    return pdf_from_html(render_to_string(template, context))
