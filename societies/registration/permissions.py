"""Who may do what to a registration application. Ranks come from one table (registrar.capabilities);
jurisdiction is a query (registrar.selectors)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from registrar.capabilities import Act, may, rank_may, ranks_for

# Ranks that may decide registration: the ARCS of the district and every officer above.
DECIDING_RANKS = ranks_for(Act.DECIDE_REGISTRATION)

NOT_YOURS = "This application is not yours."
NOT_IN_JURISDICTION = "This application is outside your jurisdiction, or your rank may not decide it."
PAPER_NOT_ALLOWED = _("Only the ARCS of the district or an officer above may enter a paper application: it starts "
                      "the 60-day clock for a decision (s.10(1), s.11).")


def can_decide(user, application) -> bool:
    return may(user, Act.DECIDE_REGISTRATION, application.district_id)


def can_enter_paper(user, district_id: int | None = None) -> bool:
    """Enter a paper application for `district_id`; without one, for some district of the user's (the form
    offers only those)."""
    if district_id is None:
        return rank_may(user, Act.ENTER_PAPER_APPLICATION)
    return may(user, Act.ENTER_PAPER_APPLICATION, district_id)


def is_applicant(user, application) -> bool:
    return getattr(user, "pk", None) is not None and application.applicant_id == user.pk


def require_decider(user, application) -> None:
    if not can_decide(user, application):
        raise PermissionDenied(NOT_IN_JURISDICTION)


def require_applicant(user, application) -> None:
    if not is_applicant(user, application):
        raise PermissionDenied(NOT_YOURS)


NOT_A_SUPERIOR = "Only an officer above the ARCS with jurisdiction over this district may assign or reassign it."


def is_superior_for(user, application) -> bool:
    """An officer ranked above the ARCS (Deputy Registrar and up) who may decide this application: the one who
    hands work to the district's officers (e.g. one on leave or transferred)."""
    return may(user, Act.ASSIGN_APPLICATION, application.district_id) and can_decide(user, application)


def require_superior(user, application) -> None:
    if not is_superior_for(user, application):
        raise PermissionDenied(NOT_A_SUPERIOR)
