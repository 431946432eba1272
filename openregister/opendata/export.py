"""The nightly open-data release (issue 24 point 4): the whole register, cancelled, liquidated and dissolved
societies included (Companies House's bulk file leaves dissolved ones out and its users complain), as CSV and
JSON Lines, per-district aggregates, an export shaped like the National Cooperative Database, and a Frictionless
Data Package descriptor (`datapackage.json`: the Table Schema of each file, the licence, byte counts and SHA-256).

Streamed: societies are read with a server-side cursor (`iterator`) and written row by row, so memory does not
grow with the register (bench/open_data.py measures the peak at 1,000,000 societies). A release is written into
a temporary folder and renamed into place, so a reader never sees half a release.
"""

import csv
import hashlib
import json
import os
import shutil
from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q

from registrar import activity, clock
from registrar.models import District
from societies.models import Society

from .. import fields
from ..actions import OpenRegisterAction
from ..models import OpenDataRelease
from . import ncd

LICENSE = {"name": "GODL-India", "title": "Government Open Data License - India",
           "path": "https://data.gov.in/government-open-data-license-india"}
CHUNK = 5000


def _write_register(folder: Path, today: date) -> int:
    declared = fields.declared()
    count = 0
    queryset = fields.prepare(Society.objects.order_by("pk"))
    with open(folder / "societies.csv", "w", newline="", encoding="utf-8") as csv_file, \
            open(folder / "societies.jsonl", "w", encoding="utf-8") as jsonl_file:
        writer = csv.writer(csv_file)
        writer.writerow([f.key for f in declared])
        for society in fields.iterate(queryset, today, chunk=CHUNK):
            values = [f.value(society) for f in declared]
            writer.writerow(["" if v is None else (v.isoformat() if isinstance(v, date) else v) for v in values])
            jsonl_file.write(json.dumps({f.key: (v.isoformat() if isinstance(v, date) else v)
                                         for f, v in zip(declared, values, strict=True)}, ensure_ascii=False))
            jsonl_file.write("\n")
            count += 1
    return count


DISTRICT_COLUMNS = ["district_code", "district", "societies", "registered", "in_liquidation", "dissolved",
                    "cancelled", "elected_board", "officer_in_charge", "superseded", "members", "women_members"]


def district_rows(today: date) -> list[dict]:
    """One row per district: societies by status, members and women on the registers on `today`. Three
    grouped queries however many societies."""
    from membership.models import Gender, MemberVersion
    from membership.selectors import in_force, on_register

    status = (Society.objects.order_by().values("district_id").annotate(
        societies=Count("pk"),
        registered=Count("pk", filter=Q(legal_status="registered")),
        in_liquidation=Count("pk", filter=Q(legal_status="in_liquidation")),
        dissolved=Count("pk", filter=Q(legal_status="dissolved")),
        cancelled=Count("pk", filter=Q(legal_status__in=["cancellation_ordered", "cancellation_appeal_pending"])),
        elected_board=Count("pk", filter=Q(governance_status="elected_board")),
        officer_in_charge=Count("pk", filter=Q(governance_status="officer_in_charge")),
        superseded=Count("pk", filter=Q(governance_status="superseded")),
    ))
    by_district = {row.pop("district_id"): row for row in status}
    members = (MemberVersion.objects.filter(in_force(today), on_register(today)).order_by()
               .values("society__district_id").annotate(
                   members=Count("pk"), women_members=Count("pk", filter=Q(gender=Gender.WOMAN))))
    member_counts = {row.pop("society__district_id"): row for row in members}
    rows = []
    for district in District.objects.order_by("name"):
        row = {"district_code": district.code, "district": district.name}
        row.update(dict.fromkeys(DISTRICT_COLUMNS[2:], 0))
        row.update(by_district.get(district.pk, {}))
        row.update(member_counts.get(district.pk, {}))
        rows.append(row)
    return rows


def _write_csv(path: Path, columns: list[str], rows) -> int:
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _schema_of_register() -> dict:
    return {"fields": [{"name": f.key, "title": str(f.label), "type": f.type,
                        **({"description": str(f.description)} if f.description else {})}
                       for f in fields.declared()],
            "primaryKey": ["registration_number"]}


def _resource(folder: Path, name: str, *, title: str, description: str, fmt: str, schema: dict | None,
              rows: int) -> dict:
    path = folder / name
    resource = {
        "name": name.rsplit(".", 1)[0].replace("_", "-") + ("-" + fmt if fmt == "jsonl" else ""),
        "path": name, "title": title, "description": description, "format": fmt,
        "mediatype": {"csv": "text/csv", "jsonl": "application/jsonl"}[fmt], "encoding": "utf-8",
        "bytes": path.stat().st_size, "hash": "sha256:" + _digest(path), "rows": rows,
    }
    if schema is not None:
        resource["schema"] = schema
    return resource


def _version(today: date, root: Path) -> str:
    """Today's date, or date.N for a later run the same day. A folder already on disk counts as taken even
    without its record (a run on another database, or one that died before recording it): never overwritten."""
    base = today.isoformat()
    taken = set(OpenDataRelease.objects.filter(version__startswith=base).values_list("version", flat=True))
    candidate, n = base, 1
    while candidate in taken or (root / candidate).exists():
        n += 1
        candidate = f"{base}.{n}"
    return candidate


def publish(today: date | None = None) -> OpenDataRelease:
    """Write a release and record it. Older releases beyond OPEN_DATA_KEEP are removed from disk (their record
    stays, marked by an empty file list)."""
    today = today or clock.today()
    root = Path(settings.OPEN_DATA_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    version = _version(today, root)
    staging = root / f".{version}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    societies = _write_register(staging, today)
    district_count = _write_csv(staging / "districts.csv", DISTRICT_COLUMNS, district_rows(today))
    ncd_count = _write_csv(staging / "ncd_export.csv", ncd.COLUMNS, ncd.rows(today))
    register_schema = _schema_of_register()
    district_schema = {"fields": [{"name": c, "type": "string" if c in ("district_code", "district") else "integer"}
                                  for c in DISTRICT_COLUMNS], "primaryKey": ["district_code"]}
    resources = [
        _resource(staging, "societies.csv", title="Register of co-operative societies",
                  description="Every society ever registered in Assam, with its legal and governance status.",
                  fmt="csv", schema=register_schema, rows=societies),
        _resource(staging, "societies.jsonl", title="Register of co-operative societies (JSON Lines)",
                  description="The same rows as societies.csv, one JSON object per line.", fmt="jsonl",
                  schema=register_schema, rows=societies),
        _resource(staging, "districts.csv", title="Per-district aggregates",
                  description=f"Societies by status and members on the registers on {today.isoformat()}.",
                  fmt="csv", schema=district_schema, rows=district_count),
        _resource(staging, "ncd_export.csv", title="Export in the shape of the National Cooperative Database",
                  description=ncd.DESCRIPTION, fmt="csv", schema=ncd.schema(), rows=ncd_count),
    ]
    package = {
        "profile": "data-package", "name": "assam-cooperative-societies", "version": version,
        "title": "Co-operative societies of Assam: the public register",
        "description": "Published nightly by the Registrar of Co-operative Societies, Assam (Sahakar Registry).",
        "created": clock.now().isoformat(), "licenses": [LICENSE], "resources": resources,
    }
    with open(staging / "datapackage.json", "w", encoding="utf-8") as handle:
        json.dump(package, handle, ensure_ascii=False, indent=2)
    final = root / version
    os.replace(staging, final)
    files = [{"name": r["path"], "bytes": r["bytes"], "sha256": r["hash"][7:], "rows": r["rows"]} for r in resources]
    files.append({"name": "datapackage.json", "bytes": (final / "datapackage.json").stat().st_size,
                  "sha256": _digest(final / "datapackage.json"), "rows": None})
    with transaction.atomic():
        release = OpenDataRelease.objects.create(version=version, made_on=today, made_at=clock.now(),
                                                 societies=societies, files=files)
        activity.record(OpenRegisterAction.OPEN_DATA_RELEASED, target=release,
                        data={"version": version, "societies": societies})
    _prune(root)
    return release


def _prune(root: Path) -> None:
    keep = settings.OPEN_DATA_KEEP
    for old in OpenDataRelease.objects.exclude(files=[]).order_by("-made_at", "-pk")[keep:]:
        shutil.rmtree(root / old.version, ignore_errors=True)
        old.files = []
        old.save(update_fields=["files"])
