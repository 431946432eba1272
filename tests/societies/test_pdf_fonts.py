"""The PDFs carry their own Assamese font (static/fonts/Lohit-Assamese.ttf, ADR 0038): a machine with no
Assamese font installed still renders Assamese, and the fetcher lets WeasyPrint read that folder only."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from societies.documents import safe_url_fetcher
from societies.registration.documents import certificate_html
from societies.registration.sweepers import applications_deem_registered

from .helpers import make_submitted, reload

pytestmark = pytest.mark.django_db

FONTCONFIG_DEJAVU_ONLY = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{cache}</cachedir></fontconfig>
"""

RENDER = """
import sys, django
django.setup()
from societies.documents import pdf_from_html
sys.stdout.buffer.write(pdf_from_html(open(sys.argv[1], encoding="utf-8").read()))
"""


def _dejavu_only_env(tmp_path) -> dict:
    config = tmp_path / "fonts.conf"
    config.write_text(FONTCONFIG_DEJAVU_ONLY.format(cache=tmp_path / "fc-cache"))
    return {**os.environ, "FONTCONFIG_FILE": str(config), "DJANGO_SETTINGS_MODULE": "config.settings",
            "ORDER_SIGNING_PKCS12": "", "ORDER_SIGNING_KEY": settings.ORDER_SIGNING_KEY,
            "ORDER_SIGNING_CERT": settings.ORDER_SIGNING_CERT,
            "ORDER_SIGNING_CA_CERTS": ",".join(settings.ORDER_SIGNING_CA_CERTS), "ORDER_SIGNING_PASSPHRASE": ""}


def test_certificate_pdf_embeds_the_bundled_font_on_a_machine_without_assamese_fonts(citizen, sonitpur, tmp_path):
    env = _dejavu_only_env(tmp_path)
    # The restriction holds: fontconfig in that environment knows no font for Assamese.
    listed = subprocess.run(["fc-list", ":lang=as"], env=env, capture_output=True, text=True, check=True).stdout
    assert listed.strip() == ""
    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 25))
    html = tmp_path / "certificate.html"
    html.write_text(certificate_html(reload(application).society.certificate), encoding="utf-8")
    pdf = tmp_path / "certificate.pdf"
    with pdf.open("wb") as out:
        subprocess.run([sys.executable, "-c", RENDER, str(html)], env=env, cwd=settings.BASE_DIR, stdout=out,
                       check=True, timeout=120)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    embedded = [line for line in fonts.splitlines() if "Lohit-Assamese" in line]
    assert embedded and embedded[0].split()[-5] == "yes", fonts  # the "emb" column
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "পঞ্জীয়ন নম্বৰ" in text  # Assamese glyphs mapped back to text, not boxes


def test_pdf_templates_each_load_the_bundled_font():
    """Every stand-alone PDF template (one with its own <html>) includes the @font-face partial."""
    templates = sorted(Path(settings.BASE_DIR, "templates").glob("**/pdf/*.html"))
    standalone = [t for t in templates if "<html" in t.read_text(encoding="utf-8")]
    assert standalone
    missing = [str(t) for t in standalone if '{% include "pdf/fonts.css" %}' not in t.read_text(encoding="utf-8")]
    assert missing == []


def test_url_fetcher_allows_only_the_bundled_fonts_folder():
    fetcher = safe_url_fetcher()
    font = (Path(settings.BASE_DIR) / "static" / "fonts" / "Lohit-Assamese.ttf").as_uri()
    assert fetcher.fetch(font).read(4) == b"\x00\x01\x00\x00"  # a TrueType file
    outside = [(Path(settings.BASE_DIR) / "static" / "css" / "portal.css").as_uri(),
               (Path(settings.BASE_DIR) / "static" / "fonts" / ".." / ".." / "manage.py").as_uri(),
               "file:///usr/share/fonts/truetype/lohit-assamese/Lohit-Assamese.ttf", "file:///etc/passwd",
               "https://fonts.example.com/Lohit-Assamese.ttf"]
    for url in outside:
        with pytest.raises(ValueError):
            fetcher.fetch(url)
