"""The nightly open-data release (issue 24 point 4): the whole register with dissolved and liquidated societies,
per-district aggregates, the NCD-shaped export, and a datapackage.json whose byte counts and checksums match."""

import csv
import hashlib
import json
from pathlib import Path

import pytest
from django.urls import reverse

from openregister.opendata.export import publish

from .helpers import societies_for_search

pytestmark = pytest.mark.django_db


@pytest.fixture
def release(settings, tmp_path):
    settings.OPEN_DATA_ROOT = tmp_path / "open-data"
    societies = societies_for_search()
    return publish(), societies, Path(settings.OPEN_DATA_ROOT)


def test_open_data_release_includes_dissolved_and_liquidated_societies(release):
    made, societies, root = release
    with open(root / made.version / "societies.csv", encoding="utf-8") as handle:
        rows = {row["registration_number"]: row for row in csv.DictReader(handle)}
    assert rows[societies["dissolved"].registration_number]["legal_status"] == "dissolved"
    assert rows[societies["liquidation"].registration_number]["legal_status"] == "in_liquidation"
    lines = (root / made.version / "societies.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(rows) == made.societies == 5
    assert json.loads(lines[0])["registration_number"] in rows


def test_open_data_datapackage_checksums_match_the_files(release):
    made, _societies, root = release
    package = json.loads((root / made.version / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "GODL-India"
    for resource in package["resources"]:
        data = (root / made.version / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["schema"]["fields"]
    names = {r["path"] for r in package["resources"]}
    assert names == {"societies.csv", "societies.jsonl", "districts.csv", "ncd_export.csv"}


def test_open_data_district_aggregates_count_statuses(release):
    made, societies, root = release
    with open(root / made.version / "districts.csv", encoding="utf-8") as handle:
        rows = {row["district_code"]: row for row in csv.DictReader(handle)}
    sonitpur = rows["SNT"]
    assert (sonitpur["societies"], sonitpur["dissolved"], sonitpur["registered"]) == ("3", "1", "2")


def test_open_data_page_lists_the_release_and_serves_only_its_files(client, release):
    made, _societies, _root = release
    page = client.get(reverse("open_data")).content.decode()
    assert made.version in page and "datapackage.json" in page
    response = client.get(reverse("open_data_file", args=[made.version, "societies.csv"]))
    assert response.status_code == 200 and b"registration_number" in b"".join(response.streaming_content)
    assert client.get(reverse("open_data_file", args=[made.version, "..%2Fsettings.py"])).status_code == 404


def test_open_data_second_release_of_a_day_gets_its_own_version(release):
    made, _societies, _root = release
    assert publish().version == f"{made.version}.2"
