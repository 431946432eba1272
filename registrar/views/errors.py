"""Branded error pages in English and Assamese (issue 11 § 6): 403, 404, 500, and 503 when the database is
unreachable, frozen or too slow (the web process's connect and statement timeouts raise OperationalError).

They render without context processors, so a page about a database in trouble does not query the database;
the 403 and 404 pages use the request's user when the database answers.
"""

import sys

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template import Context, loader
from django.utils.translation import gettext_lazy as _

RETRY_AFTER_SECONDS = 120
SERVICE_UNAVAILABLE = _(
    "The portal cannot reach its database just now. Nothing you sent in this request was saved. Please try "
    "again in a few minutes."
)
NOT_FOUND = _("There is no page at this address. Check the address, or start again from the home page.")
FORBIDDEN = _("This page is not open to your account.")
SERVER_ERROR = _(
    "Something went wrong on our side and the page could not be shown. The office has been told. Please try "
    "again; if it keeps happening, contact the district office."
)


def _render(request, template_name: str, status: int, context: dict, *, with_user: bool) -> HttpResponse:
    template = loader.get_template(template_name)
    if with_user:
        try:
            return HttpResponse(template.render(context, request), status=status)
        except DatabaseError:
            pass  # the database is in trouble too: render without the user
    plain = Context({**context, "request": request, "csrf_token": get_token(request)})
    return HttpResponse(template.template.render(plain), status=status)


def permission_denied(request, exception=None):
    reason = str(exception) if exception is not None and str(exception) else ""
    return _render(request, "403.html", 403, {"message": FORBIDDEN, "reason": reason}, with_user=True)


def page_not_found(request, exception=None):
    return _render(request, "404.html", 404, {"message": NOT_FOUND}, with_user=True)


def database_unavailable(request):
    response = _render(request, "503.html", 503, {"message": SERVICE_UNAVAILABLE}, with_user=False)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    # Django calls this inside the `except` that caught the exception, so it can tell a database outage
    # (connect timeout, statement timeout, server gone) from a bug.
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        return database_unavailable(request)
    return _render(request, "500.html", 500, {"message": SERVER_ERROR}, with_user=False)
