"""Who may do what to a registration application. Jurisdiction is a query (registrar.selectors)."""

from django.core.exceptions import PermissionDenied

from registrar.models import Rank
from registrar.selectors import jurisdiction_district_ids, officer_for

# Ranks that may decide registration: the ARCS of the district and every officer above.
DECIDING_RANKS = frozenset({Rank.RCS, Rank.ADDL_RCS, Rank.JOINT_RCS, Rank.DEPUTY_RCS, Rank.ARCS})

NOT_YOURS = "This application is not yours."
NOT_IN_JURISDICTION = "This application is outside your jurisdiction, or your rank may not decide it."


def can_decide(user, application) -> bool:
    officer = officer_for(user)
    if officer is None or officer.rank not in DECIDING_RANKS:
        return False
    ids = jurisdiction_district_ids(user)
    return ids is None or application.district_id in ids


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
    """An officer ranked above the ARCS (registrar.models.STATEWIDE_RANKS: Deputy Registrar and up) who may decide
    this application: the one who hands work to the district's officers (e.g. one on leave or transferred)."""
    from registrar.models.office import STATEWIDE_RANKS

    officer = officer_for(user)
    return officer is not None and officer.rank in STATEWIDE_RANKS and can_decide(user, application)


def require_superior(user, application) -> None:
    if not is_superior_for(user, application):
        raise PermissionDenied(NOT_A_SUPERIOR)
