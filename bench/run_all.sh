#!/usr/bin/env bash
# Start a private PostgreSQL + Redis (ports 54339/63809), run the benchmarks, tee into bench/results/latest.txt.
#   bash bench/run_all.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export SERVICES_DIR=${SERVICES_DIR:-/tmp/sahakar-bench} PGPORT=${PGPORT:-54339} REDIS_PORT=${REDIS_PORT:-63809}
trap 'bash scripts/services.sh stop' EXIT
eval "$(bash scripts/services.sh start)"
mkdir -p bench/results
OUT=bench/results/latest.txt
{
  echo "# bench/run_all.sh $(date -u +%Y-%m-%dT%H:%M:%SZ) commit $(git rev-parse --short HEAD)"
  echo "# $(psql "$DATABASE_URL" -tAc 'SELECT version()')"
  echo
  .venv/bin/python bench/sweep_bench.py
  echo
  .venv/bin/python bench/run_sweeps_bench.py
  echo
  .venv/bin/python bench/workqueue_bench.py
  echo
  .venv/bin/python bench/compliance_list_bench.py
  echo
  .venv/bin/python bench/september_rush.py
} 2>&1 | tee "$OUT"
exit "${PIPESTATUS[0]}"
