"""The production settings under gunicorn, and the database in trouble (issue 11 §§ 6 and 7).

gunicorn runs `config.wsgi` with DEBUG=false on loopback, as behind the TLS-terminating proxy (the test sends
X-Forwarded-Proto: https as the proxy does). Its database connection goes through a small TCP relay in this
test that can *freeze* (keep the sockets open and pass nothing, as a stopped or stalled PostgreSQL does: the
kernel still accepts the bytes) and *restart* (drop every connection, as a PostgreSQL restart does).
"""

import contextlib
import http.client
import os
import re
import secrets
import select
import socket
import subprocess
import sys
import threading
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import global_settings
from django.contrib.auth.hashers import make_password
from django.db import connection
from django.utils.module_loading import import_string

from tests.conftest import make_user

pytestmark = [pytest.mark.postgres]

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
SECRET = secrets.token_urlsafe(50)


class FreezableRelay:
    """TCP relay to PostgreSQL that can freeze (pass nothing) and restart (drop all connections)."""

    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.frozen = threading.Event()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.lock = threading.Lock()
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self.closed:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.pairs.append((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket):
        peers = {a: b, b: a}
        try:
            while not self.closed:
                if self.frozen.is_set():
                    time.sleep(0.05)  # frozen: hold everything, answer nothing
                    continue
                readable, _, _ = select.select([a, b], [], [], 0.1)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except OSError:
            return
        finally:
            for sock in (a, b):
                with contextlib.suppress(OSError):
                    sock.close()

    def restart(self):
        with self.lock:
            pairs, self.pairs = self.pairs, []
        for a, b in pairs:
            for sock in (a, b):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                    sock.close()

    def close(self):
        self.closed = True
        self.server.close()
        self.restart()


def production_env(database_url: str, static_root: Path, tmp: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG",
                                                                 "DJANGO_ALLOW_ASYNC_UNSAFE"}}  # set by test.sh for Playwright
    env.update({
        "DEBUG": "false", "SECRET_KEY": SECRET, "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url, "CELERY_BROKER_URL": "", "STATIC_ROOT": str(static_root),
        "PRIVATE_MEDIA_ROOT": str(tmp / "private"), "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "DB_CONNECT_TIMEOUT": "2", "DB_HEALTH_CHECK_TIMEOUT": "1", "LOG_LEVEL": "WARNING",
    })
    env.update(signing_env(tmp / "signing"))
    return env


def signing_env(directory: Path) -> dict:
    """Production has no default signing key (orders.E001): give it a throwaway one, as an operator would."""
    from orders.signing import CERT_FILE, KEY_FILE, ROOT_FILE, make_test_certificate

    if not (directory / CERT_FILE).exists():
        make_test_certificate(directory)
    return {"ORDER_SIGNING_KEY": str(directory / KEY_FILE), "ORDER_SIGNING_CERT": str(directory / CERT_FILE),
            "ORDER_SIGNING_CA_CERTS": str(directory / ROOT_FILE)}


def _database_url(port: int) -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD']}@127.0.0.1:{port}/{db['NAME']}"


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    env = production_env("sqlite:///unused.sqlite3", root, root)
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True,
                   timeout=300)
    return root


@pytest.fixture
def gunicorn(transactional_db, static_root, tmp_path):
    """gunicorn with the production settings; its database goes through a FreezableRelay."""
    db = connection.settings_dict
    relay = FreezableRelay((db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = production_env(_database_url(relay.port), static_root, tmp_path)
    log = open(tmp_path / "gunicorn.log", "w+")  # noqa: SIM115  (closed in the finally below)
    process = subprocess.Popen(
        [str(Path(PYTHON).with_name("gunicorn")), "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--timeout", "60"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, (tmp_path / "gunicorn.log").read_text()
                time.sleep(0.2)
        yield port, relay
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
        relay.close()
        log.close()


class Browser:
    """Just enough of a browser: keeps cookies (Secure ones too, as it believes it speaks https)."""

    def __init__(self, port: int, https: bool = True):
        self.port, self.https = port, https
        self.cookies: dict[str, str] = {}
        self.set_cookie_headers: list[str] = []

    def request(self, method: str, path: str, body: dict | None = None, timeout: float = 30):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if self.https:
            headers["X-Forwarded-Proto"] = "https"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"{'https' if self.https else 'http'}://127.0.0.1:{self.port}"
        conn.request(method, path, body=data, headers=headers)
        response = conn.getresponse()
        content = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            self.set_cookie_headers.append(header)
            cookie = SimpleCookie(header)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value
        conn.close()
        return response, content


def test_hardening_production_gunicorn_logs_in_behind_the_tls_proxy(gunicorn):
    port, _relay = gunicorn
    user = make_user("hemanta", first_name="Hemanta", last_name="Nath")
    # The tests hash with MD5 (tests/conftest.py); gunicorn runs the production settings, which know only Django's
    # default hashers: store the password as production would, or no login could ever succeed.
    user.password = make_password("pw-for-tests-2026", hasher=import_string(global_settings.PASSWORD_HASHERS[0])())
    user.save(update_fields=["password"])

    plain = Browser(port, https=False)
    response, _ = plain.request("GET", "/accounts/login/")
    assert response.status == 301 and response.getheader("Location") == f"https://127.0.0.1:{port}/accounts/login/"

    browser = Browser(port)
    response, page = browser.request("GET", "/accounts/login/")
    assert response.status == 200
    assert "max-age=31536000" in response.getheader("Strict-Transport-Security")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response, page = browser.request("POST", "/accounts/login/", {
        "csrfmiddlewaretoken": token, "username": "hemanta", "password": "pw-for-tests-2026"})
    assert response.status == 302, page[:2000]
    assert response.getheader("Location") == "/home/"
    session_cookie = next(h for h in browser.set_cookie_headers if h.startswith("sessionid="))
    assert "Secure" in session_cookie and "HttpOnly" in session_cookie
    response, _ = browser.request("GET", "/home/")
    response, page = browser.request("GET", response.getheader("Location"))
    assert response.status == 200 and "Hemanta" in page

    # Static files are served with DEBUG=false (WhiteNoise), under hashed names, cached for long.
    css = re.search(r'href="(/static/css/portal\.[0-9a-f]+\.css)"', page).group(1)
    response, body = browser.request("GET", css)
    assert response.status == 200 and "max-age=315360000" in response.getheader("Cache-Control")
    assert len(body) > 100


def test_hardening_frozen_database_gives_a_fast_503(gunicorn):
    port, relay = gunicorn
    browser = Browser(port)
    for _ in range(4):  # both workers hold a kept connection
        response, _ = browser.request("GET", "/healthz")
        assert response.status == 200
    relay.frozen.set()
    try:
        started = time.monotonic()
        response, body = browser.request("GET", "/healthz", timeout=20)
        healthz_seconds = time.monotonic() - started
        assert response.status == 503 and '"database": "unreachable' in body
        started = time.monotonic()
        response, page = browser.request("GET", "/status/?number=SNT%2FREG%2F2025%2F0001", timeout=20)
        page_seconds = time.monotonic() - started
        print(f"\nfrozen database: /healthz 503 in {healthz_seconds:.1f} s, a page 503 in {page_seconds:.1f} s")
        assert response.status == 503
        assert response.getheader("Retry-After") == "120"
        assert "Service unavailable" in page and "Registrar of Co-operative Societies, Assam" in page
        assert healthz_seconds < 6 and page_seconds < 6
    finally:
        relay.frozen.clear()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        response, _ = browser.request("GET", "/healthz")
        if response.status == 200:
            break
        time.sleep(0.5)
    assert response.status == 200


def test_hardening_database_restart_gives_no_500(gunicorn):
    port, relay = gunicorn
    browser = Browser(port)
    page = "/status/?number=SNT%2FREG%2F2025%2F0001"
    for _ in range(4):
        assert browser.request("GET", page)[0].status == 200
    relay.restart()  # every kept connection is gone, as after a PostgreSQL restart
    statuses = [browser.request("GET", page)[0].status for _ in range(6)]
    assert statuses == [200] * 6


def test_hardening_database_timeouts_apply_to_web_requests_only(db, tmp_path):
    env = production_env(_database_url(int(connection.settings_dict["PORT"] or 5432)), tmp_path, tmp_path)
    show = ("from django.db import connection\n"
            "with connection.cursor() as c:\n"
            "    c.execute('SHOW statement_timeout'); print(c.fetchone()[0])\n"
            "print(connection.settings_dict.get('OPTIONS', {}).get('connect_timeout'))")
    web = subprocess.run([PYTHON, "-c", "import config.wsgi\n" + show], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    command = subprocess.run([PYTHON, "manage.py", "shell", "-v", "0", "-c", show], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=120)
    assert web.stdout.split() == ["10s", "2"], web.stderr
    assert command.stdout.split() == ["0", "None"], command.stderr  # imports, exports, sweeps: no limit


def test_hardening_check_deploy_is_clean_with_the_production_environment(tmp_path):
    env = production_env("sqlite:///unused.sqlite3", tmp_path, tmp_path)
    result = subprocess.run([PYTHON, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_hardening_check_deploy_requires_the_signing_key(tmp_path):
    env = production_env("sqlite:///unused.sqlite3", tmp_path, tmp_path)
    for name in ("ORDER_SIGNING_KEY", "ORDER_SIGNING_CERT", "ORDER_SIGNING_CA_CERTS"):
        env.pop(name)
    result = subprocess.run([PYTHON, "manage.py", "check", "--deploy"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode != 0
    assert "orders.E001" in result.stderr + result.stdout
