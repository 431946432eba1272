import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# The web process (gunicorn) gets the database connect and statement timeouts; manage.py and Celery do not
# (config/settings.py, ADR 0013-accounts-db-timeouts).
os.environ.setdefault("SAHAKAR_WEB_PROCESS", "1")
application = get_wsgi_application()
