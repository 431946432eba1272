"""Who sees the register of members (s.24) and who may change it.

Personal data (Digital Personal Data Protection Act, 2023): the register is private. It is read by the society's
secretary (the django-guardian grant) and its Board (a Director in office linked to the user's Person), by
officers in jurisdiction whose rank may read it (registrar.capabilities READ_MEMBER_REGISTER), and by each member
for their own entry only. The public sees counts. Anyone else gets 404: we do not confirm a society's register
or a member exists.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from registrar.capabilities import Act, may
from societies.governance.permissions import is_secretary

NOT_SECRETARY = _("Only the society's secretary may change its register of members.")
NOT_LINK_OFFICER = _("Only the ARCS of the district or an officer above may confirm that two records are one "
                     "person.")


def is_board_member(user, society) -> bool:
    """A Director in office on the society's current Board whose confirmed person is this user."""
    if not (getattr(user, "is_authenticated", False) and user.is_active):
        return False
    from societies.governance.models import Director

    return Director.objects.filter(board__society=society, board__ended_on__isnull=True, ceased_on__isnull=True,
                                   person__user=user).exists()


def officer_may_read(user, society) -> bool:
    return may(user, Act.READ_MEMBER_REGISTER, society.district_id)


def can_read_register(user, society) -> bool:
    return officer_may_read(user, society) or is_secretary(user, society) or is_board_member(user, society)


def require_read_register(user, society) -> None:
    if not can_read_register(user, society):
        raise Http404("No such register among yours.")


def can_change_register(user, society) -> bool:
    return is_secretary(user, society)


def require_change_register(user, society) -> None:
    if not can_change_register(user, society):
        raise PermissionDenied(NOT_SECRETARY)


def can_read_member(user, member) -> bool:
    """The member's own entry, or anyone who may read the whole register."""
    own = getattr(user, "is_authenticated", False) and member.person.user_id == user.pk
    return bool(own) or can_read_register(user, member.society)


def can_decide_link(user, link, district_id) -> tuple[bool, str]:
    """(allowed, as): an officer in jurisdiction decides as OFFICER; the person themself (their portal account)
    as PERSON."""
    if may(user, Act.CONFIRM_PERSON_LINK, district_id):
        return True, "officer"
    if getattr(user, "is_authenticated", False) and link.person.user_id == user.pk:
        return True, "person"
    return False, ""
