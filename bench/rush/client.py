"""A small concurrent HTTP harness on the standard library (http.client + threads).

Every request opens its own connection (gunicorn's sync workers close after each response anyway), sends the
secretary's session cookie and a CSRF cookie + token like a browser, and records status, time and errors.
"""

import http.client
import secrets
import statistics
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlencode


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float
    set_cookies: list[str] = field(default_factory=list)

    @property
    def location(self) -> str:
        return self.headers.get("location", "")

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


@dataclass
class Identity:
    """One logged-in secretary as the browser holds them: session cookie and CSRF cookie."""

    user_id: int
    society_id: int
    session_key: str
    year_id: int = 0  # the financial year whose return is filed
    csrf_token: str = field(default_factory=lambda: secrets.token_hex(16))  # 32 chars: a valid CSRF secret

    def cookie_header(self) -> str:
        return f"sessionid={self.session_key}; csrftoken={self.csrf_token}"


class Server:
    def __init__(self, host: str, port: int, timeout: float = 60.0):
        self.host, self.port, self.timeout = host, port, timeout

    def request(self, method: str, path: str, *, who: Identity | None = None, body: bytes = b"",
                content_type: str = "", extra_headers: dict | None = None) -> Response:
        headers = {"Host": f"{self.host}:{self.port}", "User-Agent": "september-rush"}
        if who is not None:
            headers["Cookie"] = who.cookie_header()
            if method == "POST":
                headers["X-CSRFToken"] = who.csrf_token
        if content_type:
            headers["Content-Type"] = content_type
        headers.update(extra_headers or {})
        started = time.perf_counter()
        conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            conn.request(method, path, body=body or None, headers=headers)
            raw = conn.getresponse()
            data = raw.read()
            return Response(raw.status, {k.lower(): v for k, v in raw.getheaders()}, data,
                            time.perf_counter() - started,
                            [v for k, v in raw.getheaders() if k.lower() == "set-cookie"])
        finally:
            conn.close()

    def get(self, path: str, who: Identity | None = None) -> Response:
        return self.request("GET", path, who=who)

    def post_form(self, path: str, who: Identity, fields: dict) -> Response:
        body = urlencode({**fields, "csrfmiddlewaretoken": who.csrf_token}, doseq=True).encode()
        return self.request("POST", path, who=who, body=body, content_type="application/x-www-form-urlencoded")

    def post_multipart(self, path: str, who: Identity, fields: dict, files: dict[str, tuple[str, bytes, str]]
                       ) -> Response:
        body, content_type = multipart({**fields, "csrfmiddlewaretoken": who.csrf_token}, files)
        return self.request("POST", path, who=who, body=body, content_type=content_type)

    def wait_until_up(self, path: str = "/", seconds: float = 30.0) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                if self.get(path).status < 500:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server on {self.host}:{self.port} did not come up in {seconds:.0f} s")
            time.sleep(0.2)


def multipart(fields: dict, files: dict[str, tuple[str, bytes, str]]) -> tuple[bytes, str]:
    boundary = "----rush" + secrets.token_hex(12)
    parts: list[bytes] = []
    for name, value in fields.items():
        for item in value if isinstance(value, list | tuple) else [value]:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{item}\r\n'.encode())
    for name, (filename, content, ctype) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f"Content-Type: {ctype}\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@dataclass
class Outcome:
    """What one unit of work (a bare insert, or one complete filing) ended with."""

    ok: bool
    seconds: float
    requests: int = 1
    error: str = ""
    ack: str = ""
    society_id: int | None = None
    detail: str = ""  # e.g. where a filing redirected to


@dataclass
class PhaseResult:
    name: str
    outcomes: list[Outcome]
    wall_seconds: float

    @property
    def done(self) -> int:
        return sum(o.ok for o in self.outcomes)

    @property
    def errors(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def per_second(self) -> float:
        return self.done / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def requests(self) -> int:
        return sum(o.requests for o in self.outcomes)

    def latency_ms(self, p: float) -> float:
        values = sorted(o.seconds * 1000 for o in self.outcomes if o.ok)
        if not values:
            return float("nan")
        k = (len(values) - 1) * p
        lo, hi = int(k), min(int(k) + 1, len(values) - 1)
        return values[lo] + (values[hi] - values[lo]) * (k - lo)

    def median_ms(self) -> float:
        values = [o.seconds * 1000 for o in self.outcomes if o.ok]
        return statistics.median(values) if values else float("nan")


def run_phase(name: str, jobs: list[Callable[[], Outcome]], clients: int) -> PhaseResult:
    """Run every job on `clients` threads at once; wall time from the first start to the last finish."""
    outcomes: list[Outcome] = []
    lock = threading.Lock()

    def _run(job):
        started = time.perf_counter()
        try:
            outcome = job()
        except Exception as exc:  # a refused connection or a timeout is an error, not a crash of the bench
            outcome = Outcome(False, time.perf_counter() - started, error=f"{type(exc).__name__}: {exc}")
        with lock:
            outcomes.append(outcome)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(_run, jobs))
    return PhaseResult(name, outcomes, time.perf_counter() - started)


def merge(name: str, results: list[PhaseResult]) -> PhaseResult:
    """Rounds of one kind as one phase: all outcomes, the sum of their wall times."""
    return PhaseResult(name, [o for r in results for o in r.outcomes], sum(r.wall_seconds for r in results))
