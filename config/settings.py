"""One settings module; everything that differs between machines comes from the environment."""

from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.conf import locale
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    import os

    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = env(name)
    return default if value == "" else value.lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-change-me" if DEBUG else "")
if not SECRET_KEY:
    raise RuntimeError("SECRET_KEY must be set when DEBUG is off")
ALLOWED_HOSTS = [h.strip() for h in env("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o for o in env("CSRF_TRUSTED_ORIGINS").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",  # trigram lookups for the public register's search (issue 24)
    "rest_framework",  # the read-only public API (issue 24, ADR 0049)
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI and Redoc served from static/, no CDN
    "csp",  # django-csp: the Content-Security-Policy header (ADR 0011-csp)
    "guardian",
    "django_fsm_log",
    "django_celery_beat",
    "django_otp",  # TOTP second factor (ADR 0011-second-factor)
    "django_otp.plugins.otp_totp",
    "registrar",
    "societies",
    "societies.governance",
    "membership",
    "orders",   # the register of orders and stays (issue 13)
    "dues",   # the dues ledger and payments (issue 13)
    "parties",  # outside parties invited to cases (issue 13)
    # Modules on the office machinery; seed_demo runs their demo.py in this order.
    "societies.bylaws",  # bye-laws and s.12 amendments (issue 16)
    "audit",  # statutory audit of accounts (issue 18)
    "audit.inquiry",  # inquiry, inspection, surcharge, seizure (issue 19)
    "recovery",  # Bakijai: demand certificates (issue 22)
    "appeals",  # appeals, review petitions, disputes (issue 23)
    "societies.restructuring",  # division, amalgamation, merger (issue 17)
    "societies.supersession",  # supersession of a Board and its administrators (issue 20)
    "liquidation",  # cancellation, liquidation, dissolution (issue 21)
    "openregister",  # the public register, the API, the change feed, open data (issue 24)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "registrar.middleware.IdleSessionMiddleware",  # sessions end after SESSION_IDLE_MINUTES without a request
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "registrar.request_guards.ControlCharactersMiddleware",  # NUL/control characters: 400 or 404, never a 500
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified() (ADR 0011-second-factor)
    "registrar.second_factor.SecondFactorMiddleware",  # statewide ranks and superusers: code before anything
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# Content-Security-Policy (django-csp 4: one dict, not the old CSP_* settings; ADR 0011-csp). Scripts and styles
# come only from our static files: no inline <script>, no on* attributes, no style="..." in templates (PDF
# templates are rendered by WeasyPrint, never served as HTML). An injected script or style does not run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "registrar.context_processors.portal",
            ],
            # Dates with Assamese digits on Assamese pages, money grouped the Indian way (registrar/l10n.py).
            "builtins": ["registrar.templatetags.portal_l10n"],
        },
    },
]

# DATABASE_URL: sqlite:///path or postgres://user:pass@host:port/name. Default: a SQLite file in the project.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("CONN_MAX_AGE", "60")),  # design.md: CONN_MAX_AGE=0 cost 5x throughput
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
else:
    # A kept connection is checked before its first use in each request: a PostgreSQL restart gives no 500.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["default"]["ENGINE"] = "config.postgresql"  # Django's backend + a bounded health check
    # Web requests only (config/wsgi.py sets SAHAKAR_WEB_PROCESS): a frozen or stuck database gives a fast 503,
    # not a hung worker. Imports, exports, sweeps and backups (manage.py, Celery) keep no such limits
    # (ADR 0013-accounts-db-timeouts).
    if env_bool("SAHAKAR_WEB_PROCESS", False):
        _timeout = int(env("DB_CONNECT_TIMEOUT", "3"))
        DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = _timeout
        DATABASES["default"]["OPTIONS"]["options"] = f"-c statement_timeout={int(env('DB_STATEMENT_TIMEOUT_MS', '10000'))}"
        DATABASES["default"]["HEALTH_CHECK_TIMEOUT"] = float(env("DB_HEALTH_CHECK_TIMEOUT", "2"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "registrar.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
ANONYMOUS_USER_NAME = None  # django-guardian: no AnonymousUser row
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "landing"

# Login throttling: after this many failures for one username within the window, refuse for the window.
LOGIN_FAILURE_LIMIT = int(env("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_LOCKOUT_MINUTES = int(env("LOGIN_LOCKOUT_MINUTES", "15"))
# Village service centres put many people behind one address: its limit is higher than an account's.
LOGIN_ADDRESS_LIMIT = int(env("LOGIN_ADDRESS_LIMIT", "50"))
# The client address is REMOTE_ADDR, unless REMOTE_ADDR is one of these proxies (IPs or CIDR networks): then
# the right-most X-Forwarded-For entry that is not a listed proxy. Empty: X-Forwarded-For is never believed.
TRUSTED_PROXY_IPS = [p.strip() for p in env("TRUSTED_PROXY_IPS").split(",") if p.strip()]
# Shared office computers: a session ends after this long without a request (registrar.middleware).
SESSION_IDLE_MINUTES = int(env("SESSION_IDLE_MINUTES", "30"))
SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES * 60

# Second factor (TOTP, django-otp; ADR 0011-second-factor): required for the statewide ranks (RCS, Additional,
# Joint, Deputy RCS) and superusers, and for any officer who turned it on. There is no switch to turn it off.
OTP_TOTP_ISSUER = "RCS Assam"
OTP_TOTP_THROTTLE_FACTOR = 1  # after each wrong code the next try waits 1, 2, 4, ... seconds

# --- language and time -------------------------------------------------------------------------------
# Django 5.2 ships no Assamese locale: register its language info ourselves (issue 3 § 5).
locale.LANG_INFO["as"] = {"bidi": False, "code": "as", "name": "Assamese", "name_local": "অসমীয়া"}
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("as", _("Assamese"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# dd-mm-yyyy typed and shown in both languages; Assamese month names and digits (config/formats, registrar/l10n.py).
FORMAT_MODULE_PATH = ["config.formats"]
USE_I18N = True
TIME_ZONE = "Asia/Kolkata"
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
# WhiteNoise serves collected static files when DEBUG is off (hashed names, compressed, cached for a year);
# `collectstatic` must run with the same DEBUG setting (Dockerfile, tests/hardening). ADR 0013-accounts-production.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage" if DEBUG
                    else "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploaded documents live outside the web root and are only served through permission-checked views.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "var" / "private")))
MEDIA_ROOT = PRIVATE_MEDIA_ROOT
MAX_UPLOAD_BYTES = int(env("MAX_UPLOAD_BYTES", str(5 * 1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES + 1024 * 1024
# Uploads (ADR 0030): no form sends more than two files; quotas per application and per filing; files on disk
# are 0640 in 0750 directories (societies.uploads.PrivateStorage, whatever these say).
DATA_UPLOAD_MAX_NUMBER_FILES = 4
FILE_UPLOAD_PERMISSIONS = 0o640
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o750
UPLOAD_MAX_FILES_PER_APPLICATION = int(env("UPLOAD_MAX_FILES_PER_APPLICATION", "15"))
UPLOAD_MAX_BYTES_PER_APPLICATION = int(env("UPLOAD_MAX_BYTES_PER_APPLICATION", str(25 * 1024 * 1024)))
UPLOAD_MAX_BYTES_PER_FILING = int(env("UPLOAD_MAX_BYTES_PER_FILING", str(8 * 1024 * 1024)))
# The PDF check runs in worker processes (societies.pdfcheck) limited in memory and time, per web process.
PDF_CHECK_WORKERS = int(env("PDF_CHECK_WORKERS", "1"))
PDF_CHECK_SECONDS = float(env("PDF_CHECK_SECONDS", "10"))
PDF_CHECK_MEMORY_MB = int(env("PDF_CHECK_MEMORY_MB", "512"))
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
# Order PDFs are signed with the office's certificate (orders.signing, ADR 0033): a PEM key and certificate, or
# a PKCS#12 file with its passphrase. With DEBUG on they default to the test certificate that
# `manage.py make_signing_certificate` writes under var/signing/ (the quick start runs it); with DEBUG off they
# must be set (`check --deploy` reports orders.E001 otherwise, and signing refuses to run).
_SIGNING_DIR = BASE_DIR / "var" / "signing"
ORDER_SIGNING_KEY = env("ORDER_SIGNING_KEY", str(_SIGNING_DIR / "office.key.pem") if DEBUG else "")
ORDER_SIGNING_CERT = env("ORDER_SIGNING_CERT", str(_SIGNING_DIR / "office.cert.pem") if DEBUG else "")
ORDER_SIGNING_PKCS12 = env("ORDER_SIGNING_PKCS12")
ORDER_SIGNING_PASSPHRASE = env("ORDER_SIGNING_PASSPHRASE")
# The certificate(s) of the authority that issued the office's certificate: the trust root signature_status()
# checks against, and the chain embedded in each signature.
ORDER_SIGNING_CA_CERTS = [p for p in env("ORDER_SIGNING_CA_CERTS", str(_SIGNING_DIR / "root.cert.pem") if DEBUG
                                         else "").split(",") if p]

# --- email and SMS ----------------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "RCS Assam <noreply@rcs.assam.gov.in>")
SMS_BACKEND = env("SMS_BACKEND", "registrar.sms.ConsoleSMSBackend")
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "30"))  # a hung mail server must not hold an outbox row's lock forever
# The notice outbox (registrar.outbox): an unsent row older than this is dispatched again by beat and run_sweeps.
OUTBOX_REDELIVER_AFTER_MINUTES = int(env("OUTBOX_REDELIVER_AFTER_MINUTES", "5"))
OUTBOX_MAX_ATTEMPTS = int(env("OUTBOX_MAX_ATTEMPTS", "50"))  # then the row waits on the outbox page for a person

# Nightly backups (scripts/backup.sh, run by the beat task registrar.tasks.run_backup): pg_dump -Fc of the
# database and a tar of PRIVATE_MEDIA_ROOT into BACKUP_DIR, the newest BACKUP_KEEP kept.
BACKUP_DIR = Path(env("BACKUP_DIR", str(BASE_DIR / "var" / "backups")))
BACKUP_KEEP = int(env("BACKUP_KEEP", "14"))

# --- Celery -----------------------------------------------------------------------------------------
# An empty broker means "run tasks eagerly in-process" (the quick start); set it to redis://... in production.
CELERY_BROKER_URL = env("CELERY_BROKER_URL")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", CELERY_BROKER_URL or None)
CELERY_TIMEZONE = TIME_ZONE
CELERY_ENABLE_UTC = False
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    # Sweepers apply the Act's automatic effects. They run just after midnight IST, on the day after each
    # last day, and date every effect on the legal day even when they run late (design.md § deadlines).
    "statutory-sweeps-daily-0005-ist": {
        "task": "registrar.tasks.run_daily_sweeps",
        "schedule": crontab(hour=0, minute=5),
    },
    # Notices whose e-mail or SMS was not sent (worker died, broker or mail server down) are dispatched again.
    "notice-outbox-redeliver-every-5-min": {
        "task": "registrar.tasks.redeliver_outbox",
        "schedule": crontab(minute="*/5"),
    },
    # scripts/backup.sh: pg_dump -Fc plus a tar of the uploaded documents, after the sweeps have run.
    "backup-nightly-0130-ist": {
        "task": "registrar.tasks.run_backup",
        "schedule": crontab(hour=1, minute=30),
    },
}

# The activity log's head (ADR 0031): anchored hourly and published daily (e-mailed to the Registrar, listed on
# /activity/head/). Checkpoints are written through the `anchor` connection, in production a role that may only
# read the log and append checkpoints (docs/activity-log-grants.sql), whose URL only the anchor worker has: route
# the task to ACTIVITY_ANCHOR_QUEUE and run `celery -A config worker -Q <queue>` with ANCHOR_DATABASE_URL set.
CELERY_BEAT_SCHEDULE["activity-anchor-hourly"] = {
    "task": "registrar.tasks.anchor_activity_head", "schedule": crontab(minute=17)}
CELERY_BEAT_SCHEDULE["activity-head-publish-daily-2355-ist"] = {
    "task": "registrar.tasks.anchor_activity_head", "schedule": crontab(hour=23, minute=55),
    "kwargs": {"publish": True}}
if env("ACTIVITY_ANCHOR_QUEUE", ""):
    CELERY_TASK_ROUTES = {**globals().get("CELERY_TASK_ROUTES", {}),
                          "registrar.tasks.anchor_activity_head": {"queue": env("ACTIVITY_ANCHOR_QUEUE")}}
if env("ANCHOR_DATABASE_URL", ""):
    DATABASES["anchor"] = dj_database_url.parse(env("ANCHOR_DATABASE_URL"), conn_max_age=0)

# --- The public register and API (issue 24, ADR 0049) -----------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": ["openregister.api.keys.ApiKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": ["openregister.api.throttling.WindowThrottle"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer",
                                 "rest_framework.renderers.BrowsableAPIRenderer"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Sahakar Registry public API",
    "DESCRIPTION": "The public register of co-operative societies of Assam (read-only). Anonymous clients: "
                   "600 requests per 5 minutes; registered clients send `Authorization: Api-Key <key>`.\n\n"
                   # The docs pages are drf-spectacular's own: these links are their way back to the portal.
                   "[« The public register](/register/) · [Open data](/open-data/) · "
                   "[The same documentation in ReDoc](/api/redoc/)",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}
# Anonymous API use per client address, and the window (Companies House: 600 per 5 minutes).
API_ANONYMOUS_LIMIT = int(env("API_ANONYMOUS_LIMIT", "600"))
API_WINDOW_SECONDS = 300
# The change feed keeps this many days; an older cursor is answered 416 (issue 24 point 3).
CHANGE_FEED_DAYS = 90
# The nightly downloads (a folder the web server may serve as it is; nothing private is written there).
OPEN_DATA_ROOT = Path(env("OPEN_DATA_ROOT", str(BASE_DIR / "var" / "open-data")))
OPEN_DATA_KEEP = int(env("OPEN_DATA_KEEP", "14"))
CELERY_BEAT_SCHEDULE["open-data-nightly-0300-ist"] = {
    "task": "openregister.opendata.tasks.publish_open_data", "schedule": crontab(hour=3, minute=0)}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"weasyprint": {"level": "ERROR"}, "fontTools": {"level": "ERROR"}},
}

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
    # Behind the TLS-terminating proxy (docker-compose's `proxy`): it sets X-Forwarded-Proto and gunicorn is
    # reachable only through it. Set SECURE_PROXY_SSL_HEADER="" if gunicorn ever faces clients directly.
    _proto_header = env("SECURE_PROXY_SSL_HEADER", "X-Forwarded-Proto")
    if _proto_header:
        SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proto_header.upper().replace("-", "_"), "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the proxy's and the orchestrator's probes speak plain http
    SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    # Preloading is the domain owner's decision (the State's gov.in zone), not this application's:
    # off unless asked for, and check --deploy's reminder about it silenced.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
    SESSION_COOKIE_HTTPONLY = True
    # WhiteNoise serves the collected static files (STORAGES above) right after SecurityMiddleware's redirect.
    MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
                      "whitenoise.middleware.WhiteNoiseMiddleware")
