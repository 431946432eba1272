"""Nightly backups: run scripts/backup.sh with this process's database and documents folder (issue 11 § 8).

The beat task registrar.tasks.run_backup calls `run_backup`; scripts/restore_drill.sh proves a backup restores.
"""

import os
import subprocess
from pathlib import Path

from django.conf import settings
from django.db import connection

SCRIPT = Path(settings.BASE_DIR) / "scripts" / "backup.sh"


class BackupFailed(Exception):
    pass


def database_url() -> str:
    """The libpq URL of the database this process uses (so the backup is of what the office writes)."""
    db = connection.settings_dict
    if not db["ENGINE"].endswith("postgresql"):
        raise BackupFailed("backups need PostgreSQL: this process runs on SQLite (the demo)")
    from urllib.parse import quote

    user = quote(db.get("USER") or "", safe="")
    password = quote(db.get("PASSWORD") or "", safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = db.get("HOST") or "localhost"
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgresql://{auth}{host}{port}/{quote(db['NAME'], safe='')}"


def run_backup(*, backup_dir: Path | None = None, timeout: int = 6 * 3600) -> Path:
    """Take one backup; returns its directory. Raises BackupFailed with the script's own message."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        "BACKUP_DIR": str(backup_dir or settings.BACKUP_DIR),
        "BACKUP_KEEP": str(settings.BACKUP_KEEP),
    }
    done = subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)
    if done.returncode != 0:
        raise BackupFailed(f"scripts/backup.sh exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return Path(done.stdout.strip().splitlines()[-1])
