"""The office's digital signature on every order PDF (issue 13 point 1; ADR 0033).

`sign_pdf` adds one invisible PAdES signature (pyHanko, incremental update, SHA-256) made with the office's key
and certificate from settings: PEM files (ORDER_SIGNING_KEY, ORDER_SIGNING_CERT) or a PKCS#12 file with its
passphrase (ORDER_SIGNING_PKCS12, ORDER_SIGNING_PASSPHRASE), the issuing authority's certificates in
ORDER_SIGNING_CA_CERTS (embedded in the signature and used as the trust root when checking). Without a key it
refuses (SigningNotConfigured): an order never leaves the office unsigned.

`signature_status` checks a PDF offline: intact (not one byte changed since signing), trusted (the signer's
certificate chains to the configured root), who signed it and when (the signer's clock: no timestamp authority
is reachable from the office network).

`make_test_certificate` writes a self-made test authority and an office certificate (for the quick start, the
demo and the tests; `manage.py make_signing_certificate`). A production office uses a certificate issued by a
licensed Certifying Authority instead.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import functools
import io
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

FIELD_NAME = "RCSAssamOrder"
REASON = "Order of the Registrar of Co-operative Societies, Assam"
LOCATION = "Guwahati, Assam"

NOT_CONFIGURED = ("Order PDFs cannot be signed: no signing key is configured. Set ORDER_SIGNING_KEY and "
                  "ORDER_SIGNING_CERT (or ORDER_SIGNING_PKCS12 and ORDER_SIGNING_PASSPHRASE); for a test "
                  "certificate run `manage.py make_signing_certificate`.")


class SigningNotConfigured(ImproperlyConfigured):
    pass


def _configured() -> tuple[str, ...]:
    """The settings naming the key material, and the files' modification times (a new key is picked up)."""
    names = (settings.ORDER_SIGNING_PKCS12, settings.ORDER_SIGNING_KEY, settings.ORDER_SIGNING_CERT,
             *settings.ORDER_SIGNING_CA_CERTS)
    return tuple(f"{name}@{os.path.getmtime(name) if name and os.path.exists(name) else 0}" for name in names)


def configuration_problem() -> str | None:
    """None when a key and certificate are configured and present; else what is missing (for the deploy check)."""
    if settings.ORDER_SIGNING_PKCS12:
        files = [settings.ORDER_SIGNING_PKCS12]
    elif settings.ORDER_SIGNING_KEY and settings.ORDER_SIGNING_CERT:
        files = [settings.ORDER_SIGNING_KEY, settings.ORDER_SIGNING_CERT]
    else:
        return NOT_CONFIGURED
    files += list(settings.ORDER_SIGNING_CA_CERTS)
    missing = [name for name in files if not Path(name).is_file()]
    if missing:
        return NOT_CONFIGURED + " Missing: " + ", ".join(missing)
    return None


@functools.lru_cache(maxsize=2)
def _signer_for(_key: tuple[str, ...]):
    from pyhanko.sign import signers

    problem = configuration_problem()
    if problem:
        raise SigningNotConfigured(problem)
    chain = list(settings.ORDER_SIGNING_CA_CERTS)
    if settings.ORDER_SIGNING_PKCS12:
        passphrase = settings.ORDER_SIGNING_PASSPHRASE.encode() if settings.ORDER_SIGNING_PASSPHRASE else None
        signer = signers.SimpleSigner.load_pkcs12(settings.ORDER_SIGNING_PKCS12, ca_chain_files=chain or None,
                                                  passphrase=passphrase)
    else:
        passphrase = settings.ORDER_SIGNING_PASSPHRASE.encode() if settings.ORDER_SIGNING_PASSPHRASE else None
        signer = signers.SimpleSigner.load(settings.ORDER_SIGNING_KEY, settings.ORDER_SIGNING_CERT,
                                           ca_chain_files=chain or None, key_passphrase=passphrase)
    if signer is None:  # pyHanko logs the reason and returns None on a wrong passphrase or a broken file
        raise SigningNotConfigured("The order signing key could not be loaded (wrong passphrase or not a key).")
    return signer


def office_signer():
    return _signer_for(_configured())


def sign_pdf(pdf_bytes: bytes) -> bytes:
    """The PDF with the office's signature appended (an incremental update: the rendered pages are unchanged)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = office_signer()
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, reason=REASON, location=LOCATION, md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES)
    pdf_signer = signers.PdfSigner(meta, signer=signer)
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # the usual case (a request, a worker, a command): pyHanko runs its own event loop
        return pdf_signer.sign_pdf(writer).getvalue()
    # Called under a running event loop (an async caller, or Playwright's sync API in the same thread), where
    # pyHanko's asyncio.run() refuses to start: sign in a worker thread, which has no loop of its own.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(pdf_signer.sign_pdf, writer).result().getvalue()


@dataclass(frozen=True)
class SignatureCheck:
    signed: bool                      # the PDF carries a signature at all
    intact: bool = False              # the signed bytes are unchanged and the signature covers the whole file
    trusted: bool = False             # the signer's certificate chains to the configured root
    signer: str = ""                  # the certificate's subject, e.g. "Registrar of Co-operative Societies, Assam"
    signed_at: dt.datetime | None = None  # the signer's clock (no timestamp authority)
    problem: str = ""

    @property
    def valid(self) -> bool:
        return self.signed and self.intact and self.trusted


def _trust_roots():
    from pyhanko.keys import load_certs_from_pemder

    return list(load_certs_from_pemder(settings.ORDER_SIGNING_CA_CERTS)) if settings.ORDER_SIGNING_CA_CERTS else []


def signature_status(pdf_bytes: bytes, *, trust_roots=None) -> SignatureCheck:
    """Check the office's signature on a PDF, offline. `trust_roots` (certificates) default to
    ORDER_SIGNING_CA_CERTS."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # a damaged file: whatever pyHanko's parser raised
        return SignatureCheck(signed=False, problem=f"The file could not be read as a PDF: {exc}")
    if not signatures:
        return SignatureCheck(signed=False, problem="The PDF carries no signature.")
    roots = _trust_roots() if trust_roots is None else list(trust_roots)
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    embedded = signatures[-1]
    try:
        status = validate_pdf_signature(embedded, context)
    except (SignatureValidationError, ValueError, KeyError) as exc:
        return SignatureCheck(signed=True, problem=f"The signature could not be checked: {exc}")
    signer = status.signing_cert.subject.native.get("common_name", "") if status.signing_cert else ""
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    intact = bool(status.intact and status.valid and whole)
    problem = ""
    if not intact:
        problem = ("The PDF has been changed after it was signed." if status.intact and status.valid
                   else "The signature does not match the document: it has been altered.")
    elif not status.trusted:
        problem = "The signer's certificate does not chain to the office's root certificate."
    return SignatureCheck(signed=True, intact=intact, trusted=bool(status.trusted), signer=signer,
                          signed_at=status.signer_reported_dt, problem=problem)


# ---- the test authority (quick start, demo, tests) ------------------------------------------------------------

OFFICE_NAME = "Registrar of Co-operative Societies, Assam"
ROOT_FILE, KEY_FILE, CERT_FILE = "root.cert.pem", "office.key.pem", "office.cert.pem"


def make_test_certificate(directory: Path, *, office_name: str = OFFICE_NAME, days: int = 3 * 365,
                          now: dt.datetime | None = None) -> dict[str, Path]:
    """Write a self-made test root (CA) and an office signing certificate issued by it into `directory`:
    root.cert.pem, office.key.pem (0600), office.cert.pem. Not for production: the root is nobody's CA."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = now or dt.datetime.now(dt.UTC)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "IN"),
                          x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, "Assam"),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Co-operation Department (TEST)"),
                          x509.NameAttribute(NameOID.COMMON_NAME, common)])

    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = name("Sahakar Registry test root (not a CA)")
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=days + 365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256()))
    office_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    office = (x509.CertificateBuilder().subject_name(name(office_name)).issuer_name(root_name)
              .public_key(office_key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=days))
              .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
              .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                           data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                           crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
              .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
              .add_extension(x509.SubjectKeyIdentifier.from_public_key(office_key.public_key()), critical=False)
              .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
                             critical=False)
              .sign(root_key, hashes.SHA256()))
    paths = {"root": directory / ROOT_FILE, "key": directory / KEY_FILE, "cert": directory / CERT_FILE}
    paths["root"].write_bytes(root.public_bytes(serialization.Encoding.PEM))
    paths["cert"].write_bytes(office.public_bytes(serialization.Encoding.PEM))
    key_pem = office_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption())
    fd = os.open(paths["key"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key_pem)
    os.chmod(paths["key"], 0o600)
    return paths
