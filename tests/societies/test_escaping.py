"""Nothing a person typed is rendered unescaped (issue 10 point 4)."""

from datetime import date

import pytest
from django.urls import reverse

from societies import services

from .helpers import make_submitted

pytestmark = pytest.mark.django_db

NOTE = 'Attach the bye-laws <script>alert("note")</script><img src=x onerror="alert(1)">'


def test_hardening_query_note_escaped(client, citizen, sonitpur, arcs_officer):
    """The officer's note on a query item is shown to the applicant as text, never as markup (stored XSS)."""
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 1))
    memo = services.application_send_query(
        application_id=application.pk, actor=arcs_officer, today=date(2026, 11, 2),
        items=[{"subject": "Bye-laws <b>now</b>", "reason": "missing", "note": NOTE}])
    client.force_login(citizen)
    for url in (reverse("application_answer", args=[application.pk, memo.pk]),
                reverse("application_detail", args=[application.pk])):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>now</b>" not in html, url
        assert "&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt;" in html, url
        assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html, url
