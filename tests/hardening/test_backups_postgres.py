"""Backups and the restore drill (issue 11 § 8), against the test PostgreSQL cluster.

scripts/backup.sh (what the nightly beat task runs) dumps the test database and the documents folder;
scripts/restore_drill.sh restores the dump into a fresh database, compares every table's row count with the
counts taken in the dump's snapshot, runs verify_activity there and checks the documents archive."""

import os
import stat
import subprocess
from pathlib import Path

import pytest
from django.db import connection, transaction

from registrar import activity, backups
from registrar.actions import RegistrarAction
from registrar.notify import notify

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]


def _drill(backup: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": backups.database_url()}
    return subprocess.run(["bash", str(ROOT / "scripts" / "restore_drill.sh"), str(backup)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)


def _drill_databases() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [connection.settings_dict["NAME"]
                                                                                  + "_drill_%"])
        return [row[0] for row in cursor.fetchall()]


def test_hardening_backup_restores_in_the_drill(settings, tmp_path, citizen):
    with transaction.atomic():
        for n in range(3):
            activity.record(RegistrarAction.SWEEP_RAN, data={"n": n})
        notify(citizen, key="backup-test", subject="A notice", body="Kept in the backup.")
    document = Path(settings.PRIVATE_MEDIA_ROOT) / "applications" / "7" / "bye-laws.pdf"
    document.parent.mkdir(parents=True)
    document.write_bytes(b"%PDF-1.4 test document")

    backup = backups.run_backup(backup_dir=tmp_path / "backups")  # what the beat task calls
    assert (backup / "database.dump").stat().st_size > 0
    assert not stat.S_IMODE((backup / "database.dump").stat().st_mode) & 0o077  # readable by its owner only
    counts = dict(line.split() for line in (backup / "row-counts.txt").read_text().splitlines())
    assert counts["registrar_activityentry"] == "3" and counts["registrar_outboxmessage"] == "1"
    assert (backup / "media-files.txt").read_text() == "./applications/7/bye-laws.pdf\n"

    # Writes after the backup do not matter: the drill compares with the backup's own snapshot.
    activity.record(RegistrarAction.SWEEP_RAN, data={"n": "after"})
    done = _drill(backup)
    assert done.returncode == 0, done.stderr
    assert "restore drill OK" in done.stdout and "counts equal" in done.stdout
    assert "activity chain OK: 3 entries" in done.stdout and "1 documents" in done.stdout
    assert _drill_databases() == []  # the drill database is dropped

    # A backup whose data does not match its counts fails the drill, saying so.
    (backup / "row-counts.txt").write_text((backup / "row-counts.txt").read_text().replace(
        "registrar_activityentry 3", "registrar_activityentry 4"))
    subprocess.run("sha256sum database.dump private-media.tar.gz row-counts.txt media-files.txt MANIFEST "
                   "> SHA256SUMS", shell=True, cwd=backup, check=True)
    failed = _drill(backup)
    assert failed.returncode != 0 and "row counts of the restored database differ" in failed.stderr
    # A damaged file fails the checksum check.
    with open(backup / "private-media.tar.gz", "ab") as archive:
        archive.write(b"x")
    damaged = _drill(backup)
    assert damaged.returncode != 0 and "checksums" in damaged.stderr
    assert _drill_databases() == []


def test_hardening_backup_is_scheduled_and_in_compose(settings):
    from registrar.tasks import run_backup

    entries = {name: entry["task"] for name, entry in settings.CELERY_BEAT_SCHEDULE.items()}
    assert entries["backup-nightly-0130-ist"] == run_backup.name == "registrar.tasks.run_backup"
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "BACKUP_DIR" in compose and "backups:" in compose and "scripts/backup.sh" in compose
    assert "scripts/restore_drill.sh" in (ROOT / "README.md").read_text()
