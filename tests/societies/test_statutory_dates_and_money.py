"""Statutory dates on registration pages link to their rule; money is grouped the Indian way."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse

from .helpers import make_submitted

pytestmark = pytest.mark.django_db

# The title names the section and the Act's words; the rule id is in the link, not in what people read (issue 25 §6).
DEEMED_TITLE = ('title="s.11 proviso: “the society shall be deemed to have been '
                'registered under this Act”"')
LAW_LINK = 'href="/law/registration_deemed_60d/"'


@time_machine.travel("2026-01-20 10:00 +0530", tick=False)
def test_office_detail_links_last_day_and_deemed_date_to_the_rule(client, citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    client.force_login(arcs_officer)
    html = client.get(reverse("office_application_detail", args=[application.pk])).content.decode()
    assert f'<a class="law statutory-date" {LAW_LINK} {DEEMED_TITLE} data-rule="registration_deemed_60d">16 Mar 2026</a>' in html
    assert ">17 Mar 2026</a>" in html
    assert html.count(LAW_LINK) >= 3  # last day, deemed-from in the clock, deemed-from in the days-left note


@time_machine.travel("2026-01-20 10:00 +0530", tick=False)
def test_applicant_pages_link_the_last_day(client, citizen, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    client.force_login(citizen)
    for name, args in (("application_detail", [application.pk]), ("application_list", [])):
        html = client.get(reverse(name, args=args)).content.decode()
        assert f"{LAW_LINK} {DEEMED_TITLE}" in html, name


@time_machine.travel("2026-01-20 10:00 +0530", tick=False)
def test_workqueue_and_public_status_link_the_last_day(client, citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    html = client.get(reverse("public_status"), {"number": application.acknowledgement_number}).content.decode()
    assert html.count(LAW_LINK) == 2 and ">16 Mar 2026</a>" in html and ">17 Mar 2026</a>" in html
    client.force_login(arcs_officer)
    html = client.get(reverse("office_applications")).content.decode()
    assert f"{LAW_LINK} {DEEMED_TITLE} data-rule=\"registration_deemed_60d\">16 Mar 2026</a>" in html


@time_machine.travel("2026-01-20 10:00 +0530", tick=False)
def test_share_capital_and_fee_use_indian_grouping(client, citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15),
                                 authorised_share_capital=Decimal("12345678"))
    client.force_login(arcs_officer)
    html = client.get(reverse("office_application_detail", args=[application.pk])).content.decode()
    assert "₹1,23,45,678.00 (fee ₹1,23,456.78)" in html
    client.force_login(citizen)
    html = client.get(reverse("application_detail", args=[application.pk])).content.decode()
    assert "₹1,23,45,678.00" in html and "₹1,23,456.78" in html


def test_draft_page_shows_the_fee_with_indian_grouping(client, citizen, sonitpur):
    from .helpers import make_draft

    draft = make_draft(citizen, sonitpur, authorised_share_capital=Decimal("2500000"))
    client.force_login(citizen)
    html = client.get(reverse("application_edit", args=[draft.pk])).content.decode()
    assert "Registration fee (1% of authorised share capital): ₹25,000.00" in html
