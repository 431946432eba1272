"""Every e-mail the demo sends carries absolute links (SITE_URL) and no stray spaces or dangling names, and
the sign-up's verification code is in the outbox (where the demo reads mail: issue 25 points 1 and 5)."""

import io
import re

import pytest
from django.core import mail
from django.core.management import call_command

from appeals.models import Hearing
from registrar.models.notifications import OutboxMessage
from registrar.services.accounts import citizen_sign_up

pytestmark = pytest.mark.django_db(transaction=True)

# A path written as a link ("/societies/5/returns/") rather than a full URL: whitespace or a line start, then /x.
RELATIVE_LINK = re.compile(r"(?:^|\s)(/[a-z][\w\-./]*)", re.MULTILINE)
LINK = re.compile(r"https?://\S+")


def test_every_link_in_every_demo_email_is_absolute(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SITE_URL = "http://127.0.0.1:8000"
    call_command("seed_demo", stdout=io.StringIO())
    call_command("run_sweeps", stdout=io.StringIO(), stderr=io.StringIO())
    citizen_sign_up(full_name="Rina Das", email="rina@example.com", password="a-long-pass-phrase-2026")
    rows = list(OutboxMessage.objects.filter(channel=OutboxMessage.Channel.EMAIL))
    assert rows and mail.outbox
    assert any(re.search(r"\b\d{6}\b", row.body) for row in rows if row.to == "rina@example.com")  # the code
    bodies = [(row.subject, row.body) for row in rows] + [(m.subject, m.body) for m in mail.outbox]
    # The one kind of link that is not the portal's: a hearing's video-conference link, as the officer recorded it.
    outside = set(Hearing.objects.exclude(video_link="").values_list("video_link", flat=True))
    for subject, body in bodies:
        assert RELATIVE_LINK.findall(body) == [], (subject, body)
        for link in LINK.findall(body):
            assert link.startswith("http://127.0.0.1:8000/") or link.rstrip(".,;)") in outside, (subject, link)
        for text in (subject, body):
            assert "  " not in text and " ," not in text and " ." not in text and "( " not in text, (subject, text)
            assert not re.search(r"%\(\w+\)s|\{\{|\bNone\b", text), (subject, text)
