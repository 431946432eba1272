"""The outbox page: every e-mail and SMS the portal owes or sent, from the outbox table (issue 11 § 4).

In the demo (console e-mail, console SMS) this is where a visitor reads what was "sent"; in production it is
where the Directorate sees what the mail server or SMS gateway has not accepted yet. Superusers only: the
messages are other people's notices."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render

from .. import outbox


@login_required
def outbox_page(request):
    if not request.user.is_superuser:
        raise PermissionDenied
    rows = outbox.outbox_list()
    status = request.GET.get("status", "")
    if status == "unsent":
        rows = rows.filter(sent_at__isnull=True)
    elif status == "sent":
        rows = rows.filter(sent_at__isnull=False)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "registrar/office/outbox.html", {
        "page": page, "status": status, "query_string": f"status={status}" if status else "",
    })
