"""Sample pg_stat_activity while a phase runs: how often a request waits on the activity log's advisory lock
(registrar.activity serialises appends with pg_advisory_xact_lock) or on a row lock (e.g. a numbering counter)."""

import threading
import time
from dataclasses import dataclass

import psycopg

QUERY = """
    SELECT count(*) FILTER (WHERE state = 'active'),
           count(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'),
           count(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event <> 'advisory')
    FROM pg_stat_activity
    WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
"""


@dataclass
class LockStats:
    samples: int = 0
    active: int = 0
    advisory: int = 0
    row: int = 0
    samples_with_advisory_wait: int = 0

    def share(self, n: int) -> float:
        return n / self.samples if self.samples else 0.0


class LockSampler:
    def __init__(self, conninfo: str, interval: float = 0.01):
        self.conninfo, self.interval = conninfo, interval
        self.stats = LockStats()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self.stats

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            while not self._stop.is_set():
                active, advisory, row = conn.execute(QUERY).fetchone()
                self.stats.samples += 1
                self.stats.active += active
                self.stats.advisory += advisory
                self.stats.row += row
                self.stats.samples_with_advisory_wait += advisory > 0
                time.sleep(self.interval)


def merge(stats: list[LockStats]) -> LockStats:
    total = LockStats()
    for s in stats:
        total.samples += s.samples
        total.active += s.active
        total.advisory += s.advisory
        total.row += s.row
        total.samples_with_advisory_wait += s.samples_with_advisory_wait
    return total
