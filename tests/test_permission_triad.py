"""Walk every URL pattern and check the permission triad (see tests/triad.py)."""

import importlib
import pkgutil
from pathlib import Path

import pytest
from django.urls import get_resolver, reverse
from django.urls.resolvers import URLPattern, URLResolver

from tests import triad

pytestmark = pytest.mark.django_db


def _all_url_names(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _all_url_names(entry, ns)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}"


def _all_cases() -> dict[str, triad.Case]:
    cases: dict[str, triad.Case] = {}
    tests_dir = Path(__file__).parent
    for module_info in pkgutil.iter_modules([str(tests_dir)]):
        if not module_info.ispkg:
            continue
        try:
            module = importlib.import_module(f"tests.{module_info.name}.triad_cases")
        except ModuleNotFoundError:
            continue
        for case in module.CASES:
            assert case.name not in cases, f"{case.name} described twice"
            cases[case.name] = case
    return cases


CASES = _all_cases()


def test_every_named_url_has_a_triad_case():
    missing = sorted(
        name for name in set(_all_url_names())
        if name not in CASES and name not in triad.EXEMPT and not name.startswith(triad.EXEMPT_PREFIXES)
    )
    assert missing == [], f"views without a permission-triad case: {missing}"


@pytest.fixture
def personas(arcs_officer, other_district_officer, citizen, other_citizen, secretary, registrar):
    return {"arcs_officer": arcs_officer, "other_district_officer": other_district_officer, "citizen": citizen,
            "other_citizen": other_citizen, "secretary": secretary, "registrar": registrar}


@pytest.mark.parametrize("case", list(CASES.values()), ids=lambda c: c.name)
def test_permission_triad(case, client, personas):
    kwargs, owner, marker = case.build(personas) if case.build else ({}, None, "")
    url = reverse(case.name, kwargs=kwargs) + (f"?{case.query}" if case.query else "")

    def get_as(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client.get(url)

    if case.audience == "public":
        assert get_as(None).status_code == case.ok_status
        return
    anonymous = get_as(None)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"], "anonymous -> login"
    if case.audience == "authenticated":
        assert get_as(personas["citizen"]).status_code == case.ok_status
    elif case.audience == "office":
        assert get_as(personas["arcs_officer"]).status_code == case.ok_status
        other = get_as(personas["other_district_officer"])
        if kwargs and case.about_record:
            assert other.status_code == 404, "an officer of another district gets 404"
        else:
            assert other.status_code == case.ok_status
            if marker:
                assert marker not in other.content.decode(), "another district's record leaked into a list"
        assert get_as(personas["citizen"]).status_code == 403, "a citizen on an office page gets 403"
    elif case.audience == "owner":
        assert get_as(owner).status_code == case.ok_status
        stranger = personas["other_citizen"] if owner != personas["other_citizen"] else personas["citizen"]
        assert get_as(stranger).status_code == 404, "another applicant gets 404"
        assert get_as(personas["other_district_officer"]).status_code == 404
    else:
        pytest.fail(f"unknown audience {case.audience!r}")
