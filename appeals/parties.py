"""Who is aggrieved by an order (may file online against it) and who the parties to a case are (see it from their
home page, get its notices). Reads only."""

from registrar.selectors import society_secretaries


def order_parties(order) -> list:
    """The accounts an order is about: the applicant of the application it decides, the person a due is raised
    on, and the secretaries of the society it concerns."""
    found = []
    target = order.target if order.target_id is not None else None
    for attr in ("applicant", "person_user"):
        user = getattr(target, attr, None) if target is not None else None
        if user is not None and user not in found:
            found.append(user)
    if order.society_id is not None:
        for user in society_secretaries(order.society):
            if user not in found:
                found.append(user)
    return found


def is_aggrieved(user, order) -> bool:
    return bool(user and user.is_authenticated) and any(p.pk == user.pk for p in order_parties(order))


def appeal_parties(appeal) -> list:
    """The appellant and the other parties of the order appealed."""
    found = [appeal.appellant] if appeal.appellant_id else []
    return found + [p for p in order_parties(appeal.order) if p.pk != appeal.appellant_id]


def is_party(user, appeal) -> bool:
    return bool(user and user.is_authenticated) and any(p.pk == user.pk for p in appeal_parties(appeal))
