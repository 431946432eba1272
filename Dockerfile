FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gettext fonts-lohit-beng-assamese postgresql-client \
      libpango-1.0-0 libpangoft2-1.0-0 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml ./
RUN pip install --no-cache-dir .
COPY . .
# collectstatic with the production storage (hashed, compressed names and the manifest WhiteNoise serves from);
# the key is a throwaway for this build step only.
RUN python manage.py compilemessages && DEBUG=false SECRET_KEY=collectstatic-build-step-only \
      python manage.py collectstatic --noinput
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2"]
