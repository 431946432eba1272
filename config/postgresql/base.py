"""PostgreSQL backend with a bounded connection health check (issue 11 § 6; ADR 0013-accounts-db-timeouts).

Django's `CONN_HEALTH_CHECKS` runs `SELECT 1` on a kept connection before its first use in a request, so a
PostgreSQL restart costs no 500. But on a *frozen* server (stopped process, stalled host) the kernel still
accepts the bytes and that `SELECT 1` waits for ever: server-side `statement_timeout` cannot fire when the
server does not run. With `HEALTH_CHECK_TIMEOUT` (seconds; set for the web process only, see settings) the
check waits at most that long on the client side, then the connection is dropped and Django opens a new one,
which `connect_timeout` bounds: the request fails fast with OperationalError and gets the 503 page.
"""

from django.db.backends.postgresql.base import DatabaseWrapper as PostgresWrapper
from psycopg import Error as PsycopgError
from psycopg import generators, pq


class DatabaseWrapper(PostgresWrapper):
    def is_usable(self):
        timeout = self.settings_dict.get("HEALTH_CHECK_TIMEOUT")
        if not timeout or self.connection is None:
            return super().is_usable()
        conn = self.connection
        try:
            with conn.lock:
                pgconn = conn.pgconn
                if pgconn.transaction_status != pq.TransactionStatus.IDLE:
                    return False
                pgconn.send_query(b"SELECT 1")
                results = conn.wait(generators.execute(pgconn), timeout=float(timeout))
        except PsycopgError:  # includes the wait timeout (psycopg.errors._WaitTimeout is an OperationalError)
            return False
        return bool(results) and all(r.status == pq.ExecStatus.TUPLES_OK for r in results)
