"""Public pages (issue 25 point 6): /status/ suggests registered societies by name, an acknowledgement links to
the compliance card once registered, the card and /law/<rule>/ speak plainly in both languages, a favicon; and
sign-up is worded apart from a society's registration, its notice language following the page (point 7)."""

from datetime import date

import pytest
from django.conf import settings
from django.utils import translation

from registrar.forms import SignupForm
from societies.models import Society
from tests.societies.helpers import make_submitted

pytestmark = pytest.mark.django_db


def make_society(district, name, number):
    return Society.objects.create(registration_number=number, name=name, society_type="gpss", district=district,
                                  address="Dhekiajuli", registered_on=date(2026, 3, 17))


def test_status_by_name_suggests_registered_societies(client, sonitpur):
    make_society(sonitpur, "Dhekiajuli Dairy Co-operative Society Limited", "SNT/REG/2026/0007")
    make_society(sonitpur, "Borgaon Fishery Co-operative Society Limited", "SNT/REG/2026/0008")
    html = client.get("/status/", {"number": "dairy"}).content.decode()
    assert "1 registered society matches “dairy”" in html
    assert "Dhekiajuli Dairy Co-operative Society Limited" in html and "SNT/REG/2026/0007" in html
    assert "Borgaon Fishery" not in html
    assert "/compliance/" in html
    assert 'href="/register/?q=dairy"' in html  # the public register searches further (issue 24)


def test_status_by_name_says_so_when_nothing_matches(client, sonitpur):
    html = client.get("/status/", {"number": "no such words"}).content.decode()
    assert "No registered society has a name like that." in html


def test_status_of_a_registered_application_links_to_the_compliance_card(client, citizen, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    society = make_society(sonitpur, "Borgaon Fishery Co-operative Society Limited", "SNT/REG/2026/0009")
    type(application).objects.filter(pk=application.pk).update(society=society)
    html = client.get("/status/", {"number": application.acknowledgement_number}).content.decode()
    assert f'href="/compliance/{society.public_token}/"' in html


def test_compliance_card_names_the_law_in_words_not_rule_ids(client, sonitpur):
    society = make_society(sonitpur, "Dhekiajuli Dairy Co-operative Society Limited", "SNT/REG/2026/0007")
    html = client.get(f"/compliance/{society.public_token}/").content.decode()
    main = html[html.index("<main"):html.index("</main>")]
    assert "of the Assam Co-operative Societies Act, 2007" in main
    assert "<code>" not in main and ">promoter_board_max_1y<" not in main
    client.cookies["django_language"] = "as"
    html = client.get(f"/compliance/{society.public_token}/").content.decode()
    assert "অসম সমবায় সমিতি আইন, ২০০৭ৰ ধাৰা ৩৯, ৪০(৪)(a)" in html
    assert "১৭ মাৰ্চ ২০২৬" in html  # the date of registration, Assamese month and digits
    assert "SNT/REG/2026/0007" in html


def test_favicon_is_linked_and_served(client):
    html = client.get("/").content.decode()
    assert 'rel="icon" href="/static/favicon.svg"' in html
    assert (settings.BASE_DIR / "static" / "favicon.svg").read_text().startswith("<svg")


def test_signup_and_society_registration_are_worded_differently_in_assamese():
    with translation.override("as"):
        sign_up, register = translation.gettext("Sign up"), translation.gettext("Register a society")
    assert sign_up == "একাউণ্ট খোলক"
    assert "পঞ্জীয়ন" not in sign_up and "পঞ্জীয়ন" in register


@pytest.mark.parametrize("language", ["en", "as"])
def test_signup_notice_language_defaults_to_the_page_language(language):
    with translation.override(language):
        assert SignupForm().fields["language"].initial == language
