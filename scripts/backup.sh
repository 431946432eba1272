#!/usr/bin/env bash
# Nightly backup (issue 11 § 8): the database as `pg_dump -Fc` and the uploaded documents (PRIVATE_MEDIA_ROOT)
# as a tar, into BACKUP_DIR/<UTC time>/ with the row count of every table and a SHA256SUMS file. Beat runs it at
# 01:30 IST through registrar.tasks.run_backup; operators may run it by hand. scripts/restore_drill.sh proves
# a backup restores.
#
#   DATABASE_URL=postgres://user:pass@host:port/name PRIVATE_MEDIA_ROOT=/var/lib/sahakar/private \
#   BACKUP_DIR=/var/lib/sahakar/backups [BACKUP_KEEP=14] scripts/backup.sh
#
# The row counts and the dump come from ONE snapshot (pg_export_snapshot + pg_dump --snapshot), so the drill can
# demand equal counts even though the office keeps writing while the dump runs. A backup is complete when its
# directory has no ".partial" suffix; prints that directory on success.
set -euo pipefail
umask 077  # the dump holds every citizen's data: readable by the backup owner only

: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database to back up}"
case "$DATABASE_URL" in
  postgres://*|postgresql://*) ;;
  *) echo "backup.sh: DATABASE_URL is not PostgreSQL ($DATABASE_URL): SQLite demo databases are not backed up" >&2
     exit 2 ;;
esac
: "${PRIVATE_MEDIA_ROOT:?PRIVATE_MEDIA_ROOT must name the uploaded documents folder}"
: "${BACKUP_DIR:?BACKUP_DIR must name where backups go}"
BACKUP_KEEP="${BACKUP_KEEP:-14}"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dest="$BACKUP_DIR/$stamp"
work="$dest.partial"
mkdir -p "$work"
trap 'rm -rf "$work"' ERR

# The row count of every table in the public schema, one "table count" per line, in the snapshot's transaction.
COUNT_SQL="SELECT table_name || ' ' || (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I',
  table_schema, table_name), false, true, '')))[1]::text FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name;"

# A psql session holds a REPEATABLE READ transaction open while pg_dump reads the snapshot it exported.
coproc SNAP { psql "$DATABASE_URL" -X -q -A -t -v ON_ERROR_STOP=1 2>&1; }
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&"${SNAP[1]}"
read -r snapshot <&"${SNAP[0]}"
if [[ ! "$snapshot" =~ ^[0-9A-F-]+$ ]]; then
  echo "backup.sh: could not open a snapshot on the database: $snapshot" >&2
  exit 1
fi
echo "$COUNT_SQL SELECT '--end--';" >&"${SNAP[1]}"
: >"$work/row-counts.txt"
while read -r line <&"${SNAP[0]}"; do
  [[ "$line" == "--end--" ]] && break
  if [[ ! "$line" =~ ^[A-Za-z0-9_]+\ [0-9]+$ ]]; then
    echo "backup.sh: counting rows failed: $line" >&2
    exit 1
  fi
  echo "$line" >>"$work/row-counts.txt"
done

pg_dump --format=custom --no-owner --no-privileges --snapshot="$snapshot" --file="$work/database.dump" \
  "$DATABASE_URL"
echo "COMMIT;" >&"${SNAP[1]}"
exec {SNAP[1]}>&-
wait "$SNAP_PID" || true

# The uploaded documents: an empty folder still gives a (valid, empty) archive, so the drill can check it.
mkdir -p "$PRIVATE_MEDIA_ROOT"
tar -C "$PRIVATE_MEDIA_ROOT" -czf "$work/private-media.tar.gz" .
(cd "$PRIVATE_MEDIA_ROOT" && find . -type f | LC_ALL=C sort) >"$work/media-files.txt"

{
  echo "taken_at $stamp"
  echo "tables $(wc -l <"$work/row-counts.txt")"
  echo "media_files $(wc -l <"$work/media-files.txt")"
} >"$work/MANIFEST"
(cd "$work" && sha256sum database.dump private-media.tar.gz row-counts.txt media-files.txt MANIFEST >SHA256SUMS)
mv "$work" "$dest"
trap - ERR

# Keep the newest BACKUP_KEEP complete backups.
find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '????????T??????Z' | LC_ALL=C sort -r \
  | tail -n "+$((BACKUP_KEEP + 1))" | while read -r old; do rm -rf "$old"; done
echo "$dest"
