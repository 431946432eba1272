"""The public page of a rule (/law/<rule_id>/) and the {% statutory_date %} tag that links to it."""

from datetime import date
from decimal import Decimal

import pytest
from django.template import Context, Template

from registrar.templatetags.statute_tags import group_indian, inr, rule_title

DEEMED_QUOTE = "the society shall be deemed to have been registered under this Act"


@pytest.mark.django_db
def test_law_page_shows_the_acts_words_and_the_section_in_plain_language(client):
    response = client.get("/law/registration_deemed_60d/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Section 11 proviso of the Assam Co-operative Societies Act, 2007", DEEMED_QUOTE,
                 "The Registrar", "60 days", "the society is registered by law",
                 "The society is deemed registered from the day after the last day."):
        assert text in html, text


@pytest.mark.django_db
def test_law_page_shows_no_engine_fields_rule_ids_or_engineers_notes(client):
    html = client.get("/law/registration_deemed_60d/").content.decode()
    main = html[html.index('<main'):html.index('</main>')]
    for text in ("<code>registration_deemed_60d</code>", ">registration_deemed_60d<", "Rule id", "Kind",
                 "days: 60", "Limit", "Trigger", "does NOT stop the clock", "Notes"):
        assert text not in main, text


@pytest.mark.django_db
def test_law_page_is_translated_into_assamese(client):
    client.cookies["django_language"] = "as"
    html = client.get("/law/registration_deemed_60d/", HTTP_ACCEPT_LANGUAGE="as").content.decode()
    for text in ("অসম সমবায় সমিতি আইন, ২০০৭ৰ ধাৰা ১১ proviso", "পঞ্জীয়ক", "৬০ দিন",
                 "অন্তিম দিনৰ পিছদিনৰ পৰা সমিতিখন পঞ্জীয়নভুক্ত বুলি গণ্য হয়।", "আইনৰ ভাষা", DEEMED_QUOTE):
        assert text in html, text
    assert "What happens if it is not kept" not in html


@pytest.mark.django_db
def test_law_page_marks_an_untranslated_consequence_on_assamese_pages(client):
    # member_min_age_18 has no plain-language entry: its English consequence is shown, marked as such.
    client.cookies["django_language"] = "as"
    html = client.get("/law/member_min_age_18/").content.decode()
    assert "এতিয়ালৈকে অসমীয়ালৈ অনুবাদ কৰা হোৱা নাই" in html


@pytest.mark.django_db
def test_law_page_shows_a_rule_outside_the_catalogue(client):
    # member_min_age_18 has no period, so it is not in the deadline catalogue, but it is still law.
    response = client.get("/law/member_min_age_18/")
    assert response.status_code == 200
    assert "unless he is above eighteen years of age" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("rule_id", "words"), [
    # added by the December 2026 pack: a duty with no number of days
    ("seized_records_immediate_audit", "The Registrar shall take immediate steps in such case for audit"),
    # changed: s.44 proviso and s.50(1) proviso, not s.26(4)
    ("election_tie_by_lot", "44 proviso, 50(1) proviso"),
])
def test_law_page_follows_the_december_2026_pack(client, rule_id, words):
    response = client.get(f"/law/{rule_id}/")
    assert response.status_code == 200
    assert words in response.content.decode()


@pytest.mark.django_db
def test_law_page_unknown_rule_is_404(client):
    assert client.get("/law/no_such_rule/").status_code == 404


def test_statutory_date_renders_date_link_and_title():
    html = Template('{% load statute_tags %}{% statutory_date d "registration_deemed_60d" %}').render(
        Context({"d": date(2026, 3, 17)}))
    assert ">17 Mar 2026</a>" in html
    assert 'href="/law/registration_deemed_60d/"' in html
    assert f'title="s.11 proviso: “{DEEMED_QUOTE}”"' in html


def test_statutory_date_without_a_value_is_a_dash():
    html = Template('{% load statute_tags %}{% statutory_date d "promoter_board_max_1y" %}').render(
        Context({"d": None}))
    assert html == "—"


def test_statutory_date_unknown_rule_raises():
    with pytest.raises(KeyError):
        Template('{% load statute_tags %}{% statutory_date d "no_such_rule" %}').render(
            Context({"d": date(2026, 3, 17)}))


def test_rule_title_names_section_and_quote():
    assert rule_title("promoter_board_max_1y") == (
        "s.35(1) proviso, 35(3): “for a period not exceeding one year from the date of "
        "registration”")


@pytest.mark.parametrize(("value", "expected"), [
    (0, "0.00"),
    (5, "5.00"),
    (999, "999.00"),
    (1000, "1,000.00"),
    (12345, "12,345.00"),
    (100000, "1,00,000.00"),
    (1234567, "12,34,567.00"),
    (12345678, "1,23,45,678.00"),
    (123456789, "12,34,56,789.00"),
    (Decimal("5000.5"), "5,000.50"),
    (Decimal("1234567.005"), "12,34,567.01"),
    ("250000", "2,50,000.00"),
    (-1234567, "-12,34,567.00"),
    (None, ""),
    ("", ""),
    ("not money", ""),
])
def test_inr_groups_digits_the_indian_way(value, expected):
    assert inr(value) == expected


@pytest.mark.parametrize(("whole", "expected"), [(1, "1"), (123, "123"), (1234, "1,234"), (10000000, "1,00,00,000")])
def test_group_indian_splits_lakhs_and_crores(whole, expected):
    assert group_indian(whole) == expected


def test_inr_filter_in_a_template():
    assert Template("{% load statute_tags %}₹ {{ v|inr }}").render(Context({"v": 1234567})) == "₹ 12,34,567.00"
