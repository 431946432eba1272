#!/usr/bin/env bash
# The quick start: SQLite, Celery eager (no broker), demo data, a server on 127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL CELERY_BROKER_URL
PY=.venv/bin/python
$PY manage.py compilemessages --ignore=.venv -v 0
$PY manage.py migrate --noinput -v 0
# Order PDFs are signed (ADR 0033): a self-made TEST certificate under var/signing/, made once.
$PY manage.py make_signing_certificate
$PY manage.py seed_demo
# Beat does not run in eager mode: apply today's statutory sweeps once so the demo shows their effects.
# A row a sweep cannot process makes run_sweeps exit 1 (every other row still ran): say so, and start anyway.
$PY manage.py run_sweeps || echo "Some sweep rows failed: the office sees them at /office/sweep-problems/"
echo
echo "Sahakar Registry is starting at http://127.0.0.1:8000/  (Ctrl-C to stop)"
exec $PY manage.py runserver 127.0.0.1:8000
