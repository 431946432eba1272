"""The certificate PDF: rendered, read back, QR to the verification page, no remote fetching."""

import io
from datetime import date

import pytest
from django.urls import reverse
from pypdf import PdfReader

from societies.registration.documents import certificate_pdf, safe_url_fetcher, verification_url
from societies.registration.sweepers import applications_deem_registered

from .helpers import make_submitted, reload

pytestmark = pytest.mark.django_db


def test_deemed_certificate_pdf_text(citizen, sonitpur):
    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 25))
    certificate = reload(application).society.certificate
    reader = PdfReader(io.BytesIO(certificate_pdf(certificate)))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Certificate of Registration" in text
    assert "SNT/REG/2026/0001" in text
    assert "17 March 2026" in text
    assert "proviso to section 11" in text
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4
    assert verification_url(certificate).endswith(f"/verify/{certificate.token}/")


def test_url_fetcher_refuses_remote_and_files():
    fetcher = safe_url_fetcher()
    for url in ("http://example.com/logo.png", "https://example.com/x.css", "file:///etc/passwd"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_certificate_download_triad(client, citizen, other_citizen, other_district_officer, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 17))
    url = reverse("application_certificate", args=[application.pk])
    assert "/accounts/login/" in client.get(url)["Location"]
    client.force_login(other_citizen)
    assert client.get(url).status_code == 404
    client.force_login(other_district_officer)
    assert client.get(url).status_code == 404
    client.force_login(arcs_officer)
    assert client.get(url).status_code == 200
    client.force_login(citizen)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_deemed_certificate_embeds_lohit_and_its_qr_decodes_to_the_verify_url(citizen, sonitpur, tmp_path):
    """Assamese text extraction may reorder vowel signs, so check the font is embedded, then read the QR with
    zbarimg from a rendered page (Debian's poppler-utils and zbar-tools)."""
    import subprocess

    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 25))
    certificate = reload(application).society.certificate
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(certificate_pdf(certificate))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Lohit-Assamese" in fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Deemed registered with effect from 17 March 2026 (day 61)" in text
    assert "16 March 2026 (day 60)" in text
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    page_png = next(tmp_path.glob("page*.png"))
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(page_png)], capture_output=True, text=True, check=True)
    assert decoded.stdout.strip() == verification_url(certificate)


def test_certificate_pdf_shows_the_effective_date_and_the_issue_date_labelled_in_both_languages(citizen, sonitpur,
                                                                                                 tmp_path):
    import re
    import subprocess

    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 25))
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(certificate_pdf(reload(application).society.certificate))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "with effect from 17 March 2026." in text
    # Assamese read back from a PDF may reorder pre-base vowel signs and puts a wrapped label's second line after
    # the value: match the English label, then the part of the Assamese label before any such sign.
    assert re.search(r"Registered with effect from পঞ্জীয়ন 17 March 2026", text), text
    assert re.search(r"Certificate issued on প্ৰমাণপত্ৰ প্ৰদানৰ 17 March 2026", text), text
    for label in ("Registration number পঞ্জীয়ন নম্বৰ", "District জিলা", "Type of society .{0,12}প্ৰকাৰ",
                  "Registered address পঞ্জীভু ?ক্ত ঠিকনা", "Application আ ?.?বদন"):
        assert re.search(label, text), label


def test_deemed_certificate_box_starts_below_the_qr_code(citizen, sonitpur, tmp_path):
    """The QR code and its URL sit in their own column; the deemed box starts below them, not beside them."""
    import re
    import subprocess

    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 25))
    certificate = reload(application).society.certificate
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(certificate_pdf(certificate))
    words = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    boxes = [(float(m[2]), float(m[4]), m[5]) for m in
             re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', words)]
    deemed_top = next(top for top, _bottom, word in boxes if word == "Deemed")
    # The URL breaks anywhere (word-break: break-all): its last line is any word that is a piece of the token.
    url_bottom = max(bottom for _top, bottom, word in boxes
                     if len(word.strip("/")) >= 3 and word.strip("/") in certificate.token)
    assert deemed_top > url_bottom


def test_certificate_downloads_as_certificate_and_its_registration_number(client, citizen, sonitpur):
    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 17))
    client.force_login(citizen)
    response = client.get(reverse("application_certificate", args=[application.pk]))
    assert response["Content-Disposition"] == 'attachment; filename="certificate-SNT-REG-2026-0001.pdf"'
