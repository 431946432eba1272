"""One secretary filing one annual return through the real views (societies/governance/views/returns.py).

The form page is GET /society/<pk>/returns/<fy_pk>/ (society_return_edit); one multipart POST to the same URL
with every s.129 figure, both PDFs and action=file saves and files the return and redirects (302) to the
acknowledgement page (society_return_detail). The acknowledgement number is in that response's success
message (the messages cookie, signed with the server's key, which this process shares).
"""

import io
import re
from http.cookies import SimpleCookie

from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest
from django.urls import reverse
from pypdf import PdfWriter

from .client import Identity, Outcome, Server

ACK = re.compile(r"RET/[A-Z]{2,4}/\d{4}/\d{6}")


def tiny_pdf() -> bytes:
    """A one-page blank A4 PDF that passes societies.uploads.check_pdf (as tests/societies/helpers.py)."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PDF = tiny_pdf()


def return_fields(agm_on, audit_on) -> dict:
    """A complete, consistent return: 118 members at the end by gender and by category, a small loss."""
    return {
        "members_start_women": 50, "members_start_men": 60, "members_start_other": 0,
        "members_end_women": 55, "members_end_men": 62, "members_end_other": 1,
        "members_end_general": 80, "members_end_sc": 10, "members_end_st": 20, "members_end_obc": 8,
        "share_capital": "250000.00", "deposits": "1200000.00", "borrowings": "300000.00",
        "loans_outstanding": "950000.50", "turnover": "4800000.00", "profit_or_loss": "-1500.50",
        "reserves": "75000.00", "agm_held_on": agm_on.isoformat(), "last_audit_on": audit_on.isoformat(),
        "audit_class": "B", "board_directors": 9, "board_women": 3, "last_election_on": "", "action": "file",
    }


def _edit_path(who: Identity) -> str:
    return reverse("society_return_edit", args=[who.society_id, who.year_id])


def open_job(server: Server, who: Identity):
    """The secretary opens the return form (not part of the filing rate; timed as its own phase)."""
    def job() -> Outcome:
        response = server.get(_edit_path(who), who)
        ok = response.status == 200 and b'name="audited_accounts"' in response.body
        return Outcome(ok, response.seconds, error="" if ok else f"HTTP {response.status}: {response.text[:200]}",
                       society_id=who.society_id)

    return job


def acknowledgement_from_messages(set_cookies: list[str]) -> str:
    """The RET/... number in the success message the view stored in the messages cookie."""
    for header in set_cookies:
        cookie = SimpleCookie()
        cookie.load(header)
        if "messages" in cookie and cookie["messages"].value:
            messages = CookieStorage(HttpRequest())._decode(cookie["messages"].value) or []
            for message in messages:
                found = ACK.search(str(message))
                if found:
                    return found.group(0)
    return ""


def file_job(server: Server, who: Identity, fields: dict):
    def job() -> Outcome:
        files = {"audited_accounts": ("audited-accounts.pdf", PDF, "application/pdf"),
                 "annual_report": ("annual-report.pdf", PDF, "application/pdf")}
        response = server.post_multipart(_edit_path(who), who, fields, files)
        if response.status != 302:
            errors = re.findall(r'class="[^"]*error[^"]*"[^>]*>\s*([^<]{3,200})', response.text)
            return Outcome(False, response.seconds, error=f"HTTP {response.status}: "
                           + ("; ".join(sorted(set(errors))) or response.text[:200]), society_id=who.society_id)
        ack = acknowledgement_from_messages(response.set_cookies)
        return Outcome(bool(ack), response.seconds, ack=ack, society_id=who.society_id,
                       error="" if ack else f"302 to {response.location} without an acknowledgement message",
                       detail=response.location)

    return job


def ack_page_job(server: Server, who: Identity, path: str, ack: str):
    """Afterwards, the acknowledgement page the browser was redirected to shows the same number."""
    def job() -> Outcome:
        response = server.get(path, who)
        ok = response.status == 200 and ack.encode() in response.body
        return Outcome(ok, response.seconds, ack=ack, society_id=who.society_id,
                       error="" if ok else f"HTTP {response.status}: acknowledgement {ack} not on {path}")

    return job
