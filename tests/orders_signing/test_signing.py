"""Every order PDF the office renders carries the office's signature, which checks offline against the root:
through the real download views, one changed byte breaks it, the text, the Assamese font and the QR survive."""

import datetime as dt
import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from pypdf import PdfReader

from orders.signing import (
    NOT_CONFIGURED,
    OFFICE_NAME,
    SigningNotConfigured,
    make_test_certificate,
    sign_pdf,
    signature_status,
)
from societies.registration import services
from societies.registration.documents import verification_url
from societies.registration.sweepers import applications_deem_registered
from tests.societies.helpers import make_submitted, reload

pytestmark = pytest.mark.django_db

OUT = Path(__file__).resolve().parents[2] / "out" / "pdfs"


@pytest.fixture
def certificate_download(client, citizen, sonitpur):
    """The deemed certificate as the applicant downloads it from the portal."""
    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 25))
    client.force_login(citizen)
    response = client.get(reverse("application_certificate", args=[application.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return reload(application).society.certificate, response.content


def test_certificate_download_is_signed_and_validates_against_the_test_root(certificate_download):
    _certificate, pdf = certificate_download
    check = signature_status(pdf)
    assert check.signed and check.intact and check.trusted and check.valid, check.problem
    assert check.signer == OFFICE_NAME
    # The signer's clock (no timestamp authority): the moment the view rendered it, in a zone-aware datetime.
    assert check.signed_at.tzinfo is not None
    assert abs(check.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=2)


def test_certificate_with_one_byte_changed_is_not_valid(certificate_download):
    _certificate, pdf = certificate_download
    for where in (len(pdf) // 4, len(pdf) // 2):
        altered = bytearray(pdf)
        altered[where] ^= 0x01
        check = signature_status(bytes(altered))
        assert not check.valid and not check.intact, where
        assert check.problem


def test_certificate_with_bytes_appended_after_signing_is_not_valid(certificate_download):
    _certificate, pdf = certificate_download
    check = signature_status(pdf + b"\n1 0 obj (forged) endobj\n")
    assert not check.valid
    assert check.problem == "The PDF has been changed after it was signed."


def test_unsigned_pdf_is_reported_unsigned(certificate_download):
    from weasyprint import HTML

    check = signature_status(HTML(string="<p>Certificate of Registration</p>").write_pdf())
    assert not check.signed and not check.valid
    assert check.problem == "The PDF carries no signature."


def test_signed_certificate_reads_back_with_its_number_font_and_qr(certificate_download, tmp_path):
    certificate, pdf = certificate_download
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Certificate of Registration" in text and certificate.society.registration_number in text
    assert len(reader.pages) == 1 and reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Lohit-Assamese" in fonts
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True)
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(next(tmp_path.glob("page*.png")))],
                             capture_output=True, text=True, check=True)
    assert decoded.stdout.strip() == verification_url(certificate)
    OUT.mkdir(parents=True, exist_ok=True)  # for a person to look at
    (OUT / "signed-certificate.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(OUT / "signed-certificate")],
                   check=True)


def test_refusal_order_and_letters_downloads_are_signed(client, citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    memo = services.application_send_query(application_id=application.pk, actor=arcs_officer,
                                           today=date(2026, 1, 20), items=[{"subject": "Fee receipt",
                                                                            "reason": "missing"}])
    services.application_schedule_hearing(application_id=application.pk, actor=arcs_officer,
                                          today=date(2026, 2, 2), hearing_on=date(2026, 2, 16), hearing_time=None,
                                          place="", grounds="s.6(3): a society with the same area exists.")
    services.application_refuse(application_id=application.pk, actor=arcs_officer, today=date(2026, 2, 20),
                                reasons="s.6(3): a society with the same area exists.",
                                dispatched_on=date(2026, 2, 18))
    client.force_login(citizen)
    for url in (reverse("application_query_memo_pdf", args=[application.pk, memo.pk]),
                reverse("application_hearing_notice_pdf", args=[application.pk]),
                reverse("application_refusal_order_pdf", args=[application.pk])):
        response = client.get(url)
        assert response.status_code == 200, url
        assert signature_status(response.content).valid, url


def test_signature_from_another_root_is_intact_but_not_trusted(settings, tmp_path):
    from weasyprint import HTML

    stranger = make_test_certificate(tmp_path / "stranger", office_name="Somebody else")
    trusted_root = settings.ORDER_SIGNING_CA_CERTS
    settings.ORDER_SIGNING_KEY, settings.ORDER_SIGNING_CERT = str(stranger["key"]), str(stranger["cert"])
    settings.ORDER_SIGNING_CA_CERTS = [str(stranger["root"])]
    pdf = sign_pdf(HTML(string="<p>Order</p>").write_pdf())
    settings.ORDER_SIGNING_CA_CERTS = trusted_root
    check = signature_status(pdf)
    assert check.intact and not check.trusted and not check.valid
    assert check.signer == "Somebody else"
    assert check.problem == "The signer's certificate does not chain to the office's root certificate."


def test_signing_without_a_key_refuses(settings):
    settings.ORDER_SIGNING_KEY = settings.ORDER_SIGNING_CERT = ""
    with pytest.raises(SigningNotConfigured) as refused:
        sign_pdf(b"%PDF-1.7\n")
    assert str(refused.value) == NOT_CONFIGURED


def test_make_signing_certificate_writes_once_and_check_order_pdf_reads_it(settings, tmp_path, capsys):
    from weasyprint import HTML

    call_command("make_signing_certificate", "--dir", str(tmp_path / "keys"))
    key = (tmp_path / "keys" / "office.key.pem")
    assert key.stat().st_mode & 0o777 == 0o600
    first = key.read_bytes()
    call_command("make_signing_certificate", "--dir", str(tmp_path / "keys"))
    assert key.read_bytes() == first  # idempotent: the demo runs it every time
    settings.ORDER_SIGNING_KEY = str(key)
    settings.ORDER_SIGNING_CERT = str(tmp_path / "keys" / "office.cert.pem")
    settings.ORDER_SIGNING_CA_CERTS = [str(tmp_path / "keys" / "root.cert.pem")]
    signed = tmp_path / "order.pdf"
    signed.write_bytes(sign_pdf(HTML(string="<p>Order</p>").write_pdf()))
    capsys.readouterr()
    call_command("check_order_pdf", str(signed))
    assert f"VALID - signed by {OFFICE_NAME}" in capsys.readouterr().out
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(signed.read_bytes() + b"\n%%EOF\n")
    with pytest.raises(CommandError, match="1 of 1 file"):
        call_command("check_order_pdf", str(altered))
