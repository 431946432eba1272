"""A real Celery worker in another process, on the Redis broker, against the test database."""

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def running_worker():
    broker = os.environ.get("CELERY_BROKER_URL", "")
    if not broker.startswith("redis://"):
        raise RuntimeError("the real-worker test needs CELERY_BROKER_URL=redis://... (make test provides it)")
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    env["DATABASE_URL"] = (f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/"
                           f"{connection.settings_dict['NAME']}")
    env["CELERY_BROKER_URL"] = broker
    log = open(ROOT / "out" / "celery-worker.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", "--loglevel=INFO",
         "--without-heartbeat", "--without-gossip", "--without-mingle", "-n", f"test-{os.getpid()}@localhost"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if "ready" in (ROOT / "out" / "celery-worker.log").read_text():
                break
            if proc.poll() is not None:
                raise RuntimeError("celery worker exited: see out/celery-worker.log")
            time.sleep(0.2)
        yield proc
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()
