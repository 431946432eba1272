"""Public pages about societies: status lookup. No login; no personal data."""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from ..models import Society

NOT_FOUND = _("No society or application has that number. Check the number and try again.")


def public_status(request):
    number = (request.GET.get("number") or "").strip().upper()
    society = None
    error = ""
    if number:
        society = Society.objects.select_related("district").filter(registration_number__iexact=number).first()
        if society is None:
            error = NOT_FOUND
    return render(request, "societies/public/status.html", {"number": number, "society": society, "error": error})
