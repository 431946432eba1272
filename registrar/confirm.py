"""A confirm step before an irreversible office action (register, refuse, confirm a flag, rectify, transfer).

The action's form posts as before; the view, once the form is valid, answers with `confirm_page` unless the post
carries `confirmed=yes`. The page restates what will happen in words and re-posts the same fields (hidden) with
`confirmed=yes`, so it works without JavaScript (the CSP forbids inline scripts) and a post without the confirm
step changes nothing.
"""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

CONFIRM_FIELD = "confirmed"
CONFIRM_VALUE = "yes"
CANNOT_BE_UNDONE = _("This cannot be undone from this page.")


def confirmed(request) -> bool:
    return request.POST.get(CONFIRM_FIELD) == CONFIRM_VALUE


def confirm_page(request, *, title: str, facts: list[tuple[str, str]], summary: str, button: str, back_url: str,
                 danger: bool = False):
    """The confirmation page: what will happen, the facts it will be done with, and the same post once more."""
    fields = [(name, value) for name, values in request.POST.lists() for value in values
              if name not in ("csrfmiddlewaretoken", CONFIRM_FIELD)]
    return render(request, "partials/confirm_page.html", {
        "title": title, "facts": facts, "summary": summary, "button": button, "back_url": back_url,
        "danger": danger, "fields": fields, "action_url": request.get_full_path(), "confirm_field": CONFIRM_FIELD,
        "confirm_value": CONFIRM_VALUE, "cannot_be_undone": CANNOT_BE_UNDONE,
    })
