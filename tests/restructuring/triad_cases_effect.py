"""Permission-triad cases of the conditions before effect (helper R2), extended into triad_cases.CASES."""

from tests.triad import Case


def _division(p):
    from registrar.models import District

    from .effect_helpers import division

    return division(District.objects.get(code="SNT"), p["arcs_officer"])


def _claim(p):
    scheme, _old, members, _ = _division(p)
    return {"pk": scheme.pk, "notice": scheme.notices.get(member=members[3]).pk}, None, ""


def _successor(p):
    scheme, _old, _members, (a, _b) = _division(p)
    return {"pk": scheme.pk, "party": a.pk}, None, ""


def _scheme(p):
    scheme, *_ = _division(p)
    return {"pk": scheme.pk}, None, ""


def _approved(p):
    from societies.restructuring.services.effect import scheme_approve

    from .effect_helpers import AFTER

    scheme, *_ = _division(p)
    scheme_approve(scheme_id=scheme.pk, actor=p["registrar"], today=AFTER)
    return {"pk": scheme.pk}, None, ""


CASES = [
    Case("office_scheme_claim_met", "office", _claim),
    Case("office_scheme_successor_apply", "office", _successor),
    Case("office_scheme_approve", "office", _scheme, ok_status=405, notes="POST only; 405 after the officer check"),
    Case("office_scheme_take_effect", "office", _scheme, ok_status=405,
         notes="POST only; 405 after the officer check"),
    Case("office_scheme_approval_pdf", "office", _approved),
]
