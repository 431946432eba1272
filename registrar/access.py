"""Access helpers every view uses: the permission triad in one place.

anonymous -> login redirect; authenticated but not an officer on an office page -> 403;
an officer outside the record's jurisdiction -> 404 (we do not confirm the record exists).
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404

from .selectors import in_jurisdiction, officer_for


def officer_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if officer_for(request.user) is None:
            raise PermissionDenied("This page is for officers of the department.")
        return view(request, *args, **kwargs)

    return wrapper


def login_required_403(view):
    """Login required; used by the applicant and secretary pages (ownership is then checked per object)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def get_for_officer(queryset, user, district_field: str = "district", **lookup):
    """Fetch one record within the officer's jurisdiction, or 404."""
    try:
        return in_jurisdiction(queryset, user, district_field).get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404("No such record in your jurisdiction.") from None
