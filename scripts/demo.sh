#!/usr/bin/env bash
# The quick start: SQLite, Celery eager (no broker), demo data, a server on 127.0.0.1:8000.
# Quiet: e-mail goes to the notice outbox (every message is a row, shown on /office/outbox/) through Django's
# in-memory mail backend, so no e-mail body is printed; what the seeding and the sweeps did is in var/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL CELERY_BROKER_URL
export EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
export SITE_URL="${SITE_URL:-http://127.0.0.1:8000}"
PY=.venv/bin/python
mkdir -p var/demo
$PY manage.py compilemessages --ignore=.venv -v 0
$PY manage.py migrate --noinput -v 0
# Order PDFs are signed (ADR 0033): a self-made TEST certificate under var/signing/, made once.
$PY manage.py make_signing_certificate > var/demo/signing.log
LOG_LEVEL=WARNING $PY manage.py seed_demo > var/demo/seed.log
echo "Demo data loaded (what each module seeded: var/demo/seed.log)."
# Beat does not run in eager mode: apply today's statutory sweeps once so the demo shows their effects.
# A row a sweep cannot process makes run_sweeps exit 1 (every other row still ran): say so, and start anyway.
if LOG_LEVEL=WARNING $PY manage.py run_sweeps > var/demo/sweeps.log 2>&1; then
  echo "Today's statutory sweeps ran (var/demo/sweeps.log)."
else
  echo "Some sweep rows failed (var/demo/sweeps.log): the office sees them at ${SITE_URL}/office/sweep-problems/"
fi
echo
echo "E-mails and SMS are not sent in the demo: read them in the outbox, ${SITE_URL}/office/outbox/"
echo "  (log in as rcs; the outbox is also under Office in the menu). A sign-up's verification code is there too."
echo
echo "Sahakar Registry is starting at ${SITE_URL}/  (Ctrl-C to stop)"
sed -n '/^Demo logins/,$p' var/demo/seed.log
echo
exec $PY manage.py runserver 127.0.0.1:8000
