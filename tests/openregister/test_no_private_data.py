"""No private field reaches a public output (issue 24: "plant canary values in every private field").

Every text field of every model of the portal's apps is overwritten with a canary, except the columns that are
public by design (the society's particulars, districts, order numbers, the names of office-bearers and
Directors: s.35 Boards are public). Then every public output of the register is read — the search page, the
society page, the CSV extract and batch, every API endpoint, the change feed, and every open-data file — and
none may contain a canary."""

import pytest
from django.apps import apps
from django.db import DataError, IntegrityError, models, transaction
from django.urls import reverse

from membership.models import Gender
from openregister.opendata.export import publish
from registrar import activity
from tests.gov_card.helpers import elect_board
from tests.membership.helpers import make_member, make_person
from tests.societies.helpers import make_submitted

from .helpers import societies_for_search

pytestmark = pytest.mark.django_db

CANARY = "CANARY7Q"
APPS = {"registrar", "societies", "governance", "membership", "orders", "dues", "parties", "auth", "bylaws",
        "audit", "inquiry", "recovery", "appeals", "openregister"}
# (app label, model name) -> public columns left alone.
PUBLIC = {
    ("societies", "society"): {"registration_number", "name", "name_as", "name_normalised", "name_search",
                               "address", "area_of_operation", "public_token"},
    ("registrar", "district"): None,  # None: the whole model is public
    ("registrar", "office"): None,
    ("governance", "director"): {"name"},  # the Board's names are public (the compliance card shows them)
    ("orders", "order"): {"number", "series", "kind", "section", "rule_id", "token", "issuer", "officer_rank"},
    ("auth", "user"): {"password", "username"},
    ("auth", "permission"): None,  # the framework's vocabulary, not a person's data
    ("auth", "group"): None,
    ("registrar", "activityentry"): None,  # append-only; its data is planted below instead
}
SKIP_TYPES = (models.EmailField, models.URLField, models.SlugField)


def _plant() -> int:
    planted = 0
    for model in apps.get_models():
        meta = model._meta
        if meta.app_label not in APPS or meta.proxy or not meta.managed:
            continue
        public = PUBLIC.get((meta.app_label, meta.model_name), set())
        if public is None:
            continue
        updates = {}
        for field in meta.concrete_fields:
            if not isinstance(field, models.CharField | models.TextField) or isinstance(field, SKIP_TYPES):
                continue
            if field.name in public or field.choices or field.unique or field.primary_key:
                continue
            if getattr(field, "max_length", None) and field.max_length < len(CANARY) + 2:
                continue
            updates[field.name] = CANARY
        if updates and model._base_manager.exists():
            planted += _update(model, updates)
    return planted


def _update(model, updates) -> int:
    """All fields at once, or field by field when a multi-column unique constraint refuses the canary."""
    try:
        with transaction.atomic():
            return model._base_manager.update(**updates)
    except (IntegrityError, DataError):
        planted = 0
        for name, value in updates.items():
            try:
                with transaction.atomic():
                    planted += model._base_manager.update(**{name: value})
            except (IntegrityError, DataError):
                continue
        return planted


def _public_outputs(client, society, tmp_path, settings):
    number = society.registration_number
    yield client.get(reverse("public_register"), {"q": "tezpur"}).content
    yield client.get(reverse("public_register"), {"district": society.district.code}).content
    yield client.get(reverse("public_register_society", args=[number])).content
    yield b"".join(client.get(reverse("public_register_extract"), {"district": society.district.code})
                   .streaming_content)
    yield b"".join(client.post(reverse("public_register_batch"), {"numbers": number, "format": "csv"})
                   .streaming_content)
    for name, args in (("api_society_list", []), ("api_society_detail", [number]),
                       ("api_society_orders", [number]), ("api_district_list", []), ("api_changes", [])):
        yield client.get(reverse(name, args=args), {"after": 0} if name == "api_changes" else {}).content
    settings.OPEN_DATA_ROOT = tmp_path
    release = publish()
    for entry in release.files:
        yield (tmp_path / release.version / entry["name"]).read_bytes()


def test_no_private_field_reaches_the_register_api_feed_or_open_data(client, citizen, settings, tmp_path):
    society = societies_for_search()["tezpur"]
    elect_board(society, elected_on=society.registered_on)
    make_member(society, 1, person=make_person("Private Member", gender=Gender.WOMAN))
    make_submitted(citizen, society.district, name="Borgaon Fishery Co-operative Society Limited")
    activity.record("societies.registered", society=society, target=society,
                    data={"applicant": CANARY, "promoters": [CANARY]})
    assert _plant() > 10, "the canaries were not planted"
    leaks = [i for i, body in enumerate(_public_outputs(client, society, tmp_path, settings))
             if CANARY.encode() in body]
    assert leaks == [], f"a canary reached public outputs number {leaks}"
