#!/usr/bin/env bash
# What `make test` and CI run: lint, system checks, migrations check, the whole suite on PostgreSQL
# with a real Redis for the Celery-worker test. Any failure, including "no tests collected", fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export SERVICES_DIR=${SERVICES_DIR:-/tmp/sahakar-services-test-$$}
trap 'bash scripts/services.sh stop' EXIT
eval "$(bash scripts/services.sh start)"
export DATABASE_URL CELERY_BROKER_URL
export DJANGO_ALLOW_ASYNC_UNSAFE=true
# The suite's own eager/real choice is made per test; the settings default (broker set) is the real one.
.venv/bin/ruff check .
.venv/bin/python manage.py compilemessages --ignore=.venv -v 0
.venv/bin/python manage.py check --fail-level WARNING
.venv/bin/python manage.py makemigrations --check --dry-run
# One pytest-xdist worker per core, at most 4 (each has its own PostgreSQL test database, test_<db>_gw<N>).
# PYTEST_WORKERS=0 runs in one process, for debugging.
WORKERS=${PYTEST_WORKERS:-$(nproc)}
[ "$WORKERS" -gt 4 ] && WORKERS=4
XDIST=()
[ "$WORKERS" -gt 0 ] && XDIST=(-n "$WORKERS" --dist load)
set +e
.venv/bin/python -m pytest "${XDIST[@]}" "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi
exit "$status"
