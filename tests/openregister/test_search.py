"""The public register's search (issue 24 point 1): misspelt names and words out of order on PostgreSQL (trigram),
the Assamese name, the number, each filter, and dissolved societies present."""

import pytest
from django.db import connection, transaction
from django.urls import reverse

from openregister.search import Criteria, parse_numbers, set_similarity_threshold, society_list_public

from .helpers import societies_for_search

pytestmark = pytest.mark.django_db


def _names(criteria):
    with transaction.atomic():
        set_similarity_threshold(criteria.text)
        return [s.name for s in society_list_public(criteria)]


@pytest.fixture
def societies():
    return societies_for_search()


@pytest.mark.postgres
@pytest.mark.parametrize("typed", ["Tejpur fishery", "fishery tezpur", "Tezpor", "fishry tezpur"])
def test_register_search_forgives_spelling_and_word_order_on_postgres(societies, typed):
    if connection.vendor != "postgresql":
        pytest.skip("trigram search is PostgreSQL's")
    assert _names(Criteria(text=typed))[0] == societies["tezpur"].name


def test_register_search_finds_words_in_any_order(societies):
    assert _names(Criteria(text="weavers jamugurihat")) == [societies["weavers"].name]


def test_register_search_ignores_the_suffix_every_society_shares(societies):
    # "Co-operative Society Limited" is in every name: searching it alone would list the whole register.
    assert _names(Criteria(text="milk co-operative society limited")) == [societies["dairy"].name]


def test_register_search_finds_the_assamese_name(societies):
    assert _names(Criteria(text="তেজপুৰ")) == [societies["tezpur"].name]


def test_register_search_by_number_and_each_filter(societies):
    tezpur, dairy = societies["tezpur"], societies["dairy"]
    assert _names(Criteria(number=tezpur.registration_number.lower())) == [tezpur.name]
    assert set(_names(Criteria(district=dairy.district_id))) == {dairy.name, societies["liquidation"].name}
    assert _names(Criteria(place="mission chariali")) == [tezpur.name]
    assert _names(Criteria(society_type="dairy")) == [dairy.name]
    assert _names(Criteria(legal_status="dissolved")) == [societies["dissolved"].name]
    assert _names(Criteria(governance_status="officer_in_charge")) == [societies["liquidation"].name]


def test_register_page_lists_dissolved_and_liquidated_societies(client, societies):
    page = client.get(reverse("public_register"), {"q": "dhekiajuli"}).content.decode()
    assert societies["dissolved"].name in page and "Dissolved" in page
    page = client.get(reverse("public_register"), {"legal_status": "in_liquidation"}).content.decode()
    assert societies["liquidation"].name in page


def test_register_page_refuses_an_unknown_filter_value_with_a_message(client, societies):
    response = client.get(reverse("public_register"), {"legal_status": "abolished"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_register_extract_is_the_search_result_as_csv(client, societies):
    response = client.get(reverse("public_register_extract"), {"q": "jamugurihat"})
    body = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert body[0].startswith("registration_number,name,name_as")
    assert len(body) == 2 and societies["weavers"].registration_number in body[1]


def test_register_batch_lookup_reports_found_and_missing_numbers(client, societies):
    numbers = f"{societies['tezpur'].registration_number}\nNO/SUCH/1, {societies['dissolved'].registration_number}"
    page = client.post(reverse("public_register_batch"), {"numbers": numbers, "format": "page"}).content.decode()
    assert "2 societies found" in page and "NO/SUCH/1" in page and "1 number not found" in page


def test_register_batch_lookup_refuses_more_than_a_thousand_numbers(client, db):
    numbers = "\n".join(f"X/{n}" for n in range(1001))
    page = client.post(reverse("public_register_batch"), {"numbers": numbers}).content.decode()
    assert "Give at most 1000 registration numbers at once; you gave 1001." in page


def test_register_batch_numbers_are_parsed_in_order_without_repeats():
    assert parse_numbers(" a/1 \nA/1, b/2;\n\n c/3 ") == ["A/1", "B/2", "C/3"]


def test_register_society_page_shows_particulars_and_public_orders_only(client, societies):
    society = societies["tezpur"]
    page = client.get(reverse("public_register_society", args=[society.registration_number]))
    assert page.status_code == 200 and society.name in page.content.decode()
    assert client.get(reverse("public_register_society", args=["NO/SUCH/1"])).status_code == 404
