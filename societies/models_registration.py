"""Kept only for old migrations: societies 0002_registration and governance 0001_initial name these two
callables by this path. Registration's models are in societies/registration/models.py, the private storage in
societies/uploads.py: import them from there."""

from societies.registration.models import new_certificate_token  # noqa: F401
from societies.uploads import private_storage  # noqa: F401
