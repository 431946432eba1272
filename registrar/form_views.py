"""The POST half of a form page that calls one service (the office's and the parties' pages in dues, appeals
and recovery): refuse a POST the user may not make, validate, call the service, put its ValidationError on the
form (registrar.forms.add_service_errors), or say what was done and redirect.

    done, status = form_submit(request, form, lambda data: services.due_raise(...),
                               message=lambda due: RAISED % {...}, then=lambda due: redirect(...),
                               allowed=allowed, refusal=services.NOT_ALLOWED)
    if done:
        return done
    return render(request, "...", context, status=status)

The page re-renders with status 400 when the form or the service refused the POST, 200 on a GET.
"""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse

from .forms import add_service_errors


def form_submit(request, form, call: Callable[[dict], Any], *, message, then: Callable[[Any], HttpResponse],
                allowed: bool = True, refusal: str = "") -> tuple[HttpResponse | None, int]:
    """(the redirect, 302) once `call(form.cleaned_data)` succeeded; else (None, the status to render with).

    Not a POST: (None, 200), nothing checked. A POST when not `allowed`: PermissionDenied(refusal), before the
    form is validated. `form` None (an unknown action on a page of several forms): (None, 400). `message` is
    the success message, or a callable of the service's result giving it; `then(result)` the response to send.
    """
    if request.method != "POST":
        return None, 200
    if not allowed:
        raise PermissionDenied(refusal)
    if form is None or not form.is_valid():
        return None, 400
    try:
        result = call(form.cleaned_data)
    except ValidationError as exc:
        add_service_errors(form, exc)
        return None, 400
    messages.success(request, message(result) if callable(message) else message)
    return then(result), 302
