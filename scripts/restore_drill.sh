#!/usr/bin/env bash
# Restore drill (issue 11 § 8): prove a backup made by scripts/backup.sh restores. It
#   1. checks the backup's SHA256SUMS,
#   2. restores the dump into a FRESH database on the same server (<name>_drill_<time>; never over the live one),
#   3. compares the row count of every table with the counts taken in the dump's own snapshot,
#   4. runs `manage.py verify_activity` against the restored database (the activity log's hash chain),
#   5. unpacks the documents archive into a temporary folder and compares its file list,
# then drops the drill database (KEEP_DRILL_DB=1 keeps it). Exits non-zero, saying why, on any difference.
#
#   DATABASE_URL=postgres://user:pass@host:port/name scripts/restore_drill.sh [BACKUP]
#
# BACKUP is a directory made by backup.sh; default: the newest complete one in BACKUP_DIR. The role in
# DATABASE_URL needs CREATEDB. PYTHON is the project's interpreter (default .venv/bin/python, else python3).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?DATABASE_URL must name a database on the PostgreSQL server to restore onto}"
backup="${1:-}"
if [[ -z "$backup" ]]; then
  : "${BACKUP_DIR:?give a backup directory, or set BACKUP_DIR}"
  backup="$(find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '????????T??????Z' | LC_ALL=C sort | tail -n 1)"
  [[ -n "$backup" ]] || { echo "restore drill FAILED: no complete backup in $BACKUP_DIR" >&2; exit 1; }
fi
[[ -f "$backup/database.dump" ]] || { echo "restore drill FAILED: $backup has no database.dump" >&2; exit 1; }
if [[ -x .venv/bin/python ]]; then PYTHON="${PYTHON:-.venv/bin/python}"; else PYTHON="${PYTHON:-python3}"; fi

fail() { echo "restore drill FAILED: $*" >&2; exit 1; }

(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || fail "checksums of $backup do not match (SHA256SUMS)"

# postgres://user:pass@host:port/name?opts -> the same URL with the drill database's name.
base="${DATABASE_URL%%\?*}"
query=""; [[ "$DATABASE_URL" == *\?* ]] && query="?${DATABASE_URL#*\?}"
source_name="${base##*/}"
drill_name="${source_name}_drill_$(date -u +%Y%m%d%H%M%S)_$$"
drill_url="${base%/*}/${drill_name}${query}"

psql "$DATABASE_URL" -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$drill_name\"" >/dev/null \
  || fail "could not create the drill database $drill_name (the role needs CREATEDB)"
media_dir="$(mktemp -d)"
cleanup() {
  rm -rf "$media_dir"
  if [[ "${KEEP_DRILL_DB:-}" != "1" ]]; then
    psql "$DATABASE_URL" -X -q -c "DROP DATABASE IF EXISTS \"$drill_name\"" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

pg_restore --no-owner --no-privileges --exit-on-error --dbname="$drill_url" "$backup/database.dump" \
  || fail "pg_restore of $backup/database.dump into $drill_name stopped with an error"

COUNT_SQL="SELECT table_name || ' ' || (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I',
  table_schema, table_name), false, true, '')))[1]::text FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name;"
psql "$drill_url" -X -q -A -t -v ON_ERROR_STOP=1 -c "$COUNT_SQL" >"$media_dir/restored-counts.txt"
if ! diff -u "$backup/row-counts.txt" "$media_dir/restored-counts.txt" >"$media_dir/counts.diff"; then
  cat "$media_dir/counts.diff" >&2
  fail "row counts of the restored database differ from the backup's (above: - backup, + restored)"
fi
tables=$(wc -l <"$backup/row-counts.txt")
rows=$(awk '{ s += $2 } END { print s + 0 }' "$backup/row-counts.txt")

verify_out="$(DATABASE_URL="$drill_url" "$PYTHON" manage.py verify_activity 2>&1)" \
  || { echo "$verify_out" >&2; fail "verify_activity on the restored database"; }

mkdir -p "$media_dir/files"
tar -C "$media_dir/files" -xzf "$backup/private-media.tar.gz" || fail "the documents archive does not unpack"
(cd "$media_dir/files" && find . -type f | LC_ALL=C sort) >"$media_dir/restored-files.txt"
diff -q "$backup/media-files.txt" "$media_dir/restored-files.txt" >/dev/null \
  || fail "the documents archive does not hold the files listed in media-files.txt"
files=$(wc -l <"$backup/media-files.txt")

echo "restore drill OK: $backup into $drill_name: $tables tables, $rows rows, counts equal; $files documents;" \
  "$verify_out"
