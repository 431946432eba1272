"""Settings for the September-rush bench's gunicorn: the project's settings plus a URLconf with the bare-insert
views. Production (config.settings / config.urls) never carries them."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.rush.urls"
# design.md: CONN_MAX_AGE=0 cost 5x throughput. config.settings reads CONN_MAX_AGE (default 60); bench/_common.py
# sets it to 0 for the seeding process, so pin it here for the server whatever the environment says.
DATABASES["default"]["CONN_MAX_AGE"] = 600  # noqa: F405
