"""What the office pages share: jurisdiction fetches, the officers a case may go to, and running one form's
service with its errors on the form (registrar.forms.add_service_errors)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar.forms import add_service_errors
from registrar.models import Officer
from registrar.selectors import in_jurisdiction
from societies.models import Society

NOT_NOW = _("That cannot be done at this stage of the case.")


def officers_for(district):
    """The officers a case in `district` may be given to: the district's officers and the Directorate."""
    from registrar.models.office import STATEWIDE_RANKS

    officers = Officer.objects.filter(is_active=True)
    rows = officers.filter(districts=district) | officers.filter(rank__in=STATEWIDE_RANKS)
    return get_user_model().objects.filter(officer__in=rows).distinct().order_by("first_name", "username")

def societies_for(user):
    return in_jurisdiction(Society.objects.all(), user)


def run(request, form, call, success, redirect_to):
    """Call the service with the form's cleaned data; on success a message and a redirect, else the form with the
    service's errors (None returned: render the page again)."""
    if not form.is_valid():
        return None
    try:
        result = call(form.cleaned_data)
    except ValidationError as exc:
        add_service_errors(form, exc)
        return None
    except (PermissionDenied, TransitionNotAllowed) as exc:
        form.add_error(None, str(exc) if isinstance(exc, PermissionDenied) and str(exc) else NOT_NOW)
        return None
    messages.success(request, success(result) if callable(success) else success)
    return redirect(redirect_to(result) if callable(redirect_to) else redirect_to)
