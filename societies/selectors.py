"""Reads about societies. Registration's reads (work queue, checklist) are in societies.registration.selectors."""

from django.db.models import QuerySet
from guardian.shortcuts import get_objects_for_user

from .models import Society


def societies_for_secretary(user) -> QuerySet:
    """Societies this user is secretary of (a django-guardian grant), without global-permission shortcuts."""
    if not getattr(user, "is_authenticated", False):
        return Society.objects.none()
    return get_objects_for_user(
        user, "societies.act_as_secretary", klass=Society, use_groups=False, with_superuser=False,
        accept_global_perms=False,
    )
