from . import dashboard, notify
from .selectors import officer_for


def portal(request):
    user = request.user
    officer = officer_for(user) if user.is_authenticated else None
    role = "anonymous"
    if user.is_authenticated:
        role = "officer" if officer else ("secretary" if _is_secretary(user) else "citizen")
    return {
        "portal_role": role,
        "portal_officer": officer,
        "office_nav": dashboard.office_nav() if officer else [],
        "office_nav_groups": _office_nav_groups(request, user) if officer else [],
        "unread_notifications": notify.unread_count(user) if user.is_authenticated else 0,
    }


def _office_nav_groups(request, user) -> list[dict]:
    from django.urls import reverse
    from django.utils.translation import gettext as _

    extra = {"office": [(_("Outbox"), reverse("outbox"))]} if user.is_superuser else {}
    return dashboard.office_nav_groups(request.path, extra)


def _is_secretary(user) -> bool:
    from societies.selectors import societies_for_secretary

    return societies_for_secretary(user).exists()
