#!/usr/bin/env bash
# A throwaway PostgreSQL 15 and Redis on loopback for tests and local development.
#   scripts/services.sh start   -> prints the DATABASE_URL and CELERY_BROKER_URL to export
#   scripts/services.sh stop
# PostgreSQL refuses to run as root, so the cluster is owned by the postgres user (design.md § Traps).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STATE=${SERVICES_DIR:-/tmp/sahakar-services}
PGPORT=${PGPORT:-54329}
REDIS_PORT=${REDIS_PORT:-63799}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

start() {
  mkdir -p "$STATE"
  chown postgres "$STATE" 2>/dev/null || true
  if [ ! -f "$STATE/pg/PG_VERSION" ]; then
    runuser -u postgres -- "$PGBIN/initdb" -D "$STATE/pg" -U postgres -A trust -E UTF8 >/dev/null
  fi
  if ! runuser -u postgres -- "$PGBIN/pg_ctl" -D "$STATE/pg" status >/dev/null 2>&1; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$STATE/pg" -l "$STATE/pg.log" -w start \
      -o "-p $PGPORT -k $STATE -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
  fi
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname='sahakar'" | grep -q 1 ||
    psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE ROLE sahakar LOGIN CREATEDB PASSWORD 'sahakar'"
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='sahakar'" | grep -q 1 ||
    psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE sahakar OWNER sahakar"
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --dir "$STATE" --logfile "$STATE/redis.log" --pidfile "$STATE/redis.pid"
    for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  echo "export DATABASE_URL=postgres://sahakar:sahakar@127.0.0.1:$PGPORT/sahakar"
  echo "export CELERY_BROKER_URL=redis://127.0.0.1:$REDIS_PORT/0"
}

stop() {
  if [ -f "$STATE/pg/PG_VERSION" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$STATE/pg" -m fast stop >/dev/null 2>&1 || true
  fi
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  if [ "${KEEP_DATA:-0}" != 1 ]; then rm -rf "$STATE"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 64 ;;
esac
