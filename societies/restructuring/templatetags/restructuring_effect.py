"""`{% scheme_effect_panel scheme %}`: the conditions before effect as a checklist on the office scheme page, with
the actions that meet them (payments, the new societies' applications, the approval, the effect)."""

from django import template

from registrar import clock
from registrar.capabilities import Act, may

from .. import conditions as checklist
from ..models import OptionState, SchemeRole

register = template.Library()


@register.inclusion_tag("restructuring/effect/panel.html", takes_context=True)
def scheme_effect_panel(context, scheme):
    user = context["request"].user
    today = clock.today()
    parties, notices = checklist.load(scheme)
    found = checklist.conditions(scheme, today, loaded=(parties, notices))
    open_ = checklist.scheme_is_open(scheme)
    blocking = checklist.missing(found, for_approval=True)
    return {
        "request": context["request"], "scheme": scheme, "conditions": found, "open": open_,
        "withdrawals": [n for n in notices if n.option == OptionState.WITHDRAWING],
        "new_societies": [p for p in parties if p.role == SchemeRole.NEW_SUCCESSOR],
        "may_pay": open_ and may(user, Act.RECORD_SCHEME_PAYMENT, scheme.district_id),
        "may_apply": open_ and may(user, Act.ENTER_PAPER_APPLICATION, scheme.district_id),
        "may_approve": open_ and not scheme.approval_order_id and may(user, Act.APPROVE_RESTRUCTURING,
                                                                      scheme.district_id),
        "ready_to_approve": not blocking,
        "ready_for_effect": open_ and not checklist.missing(found) and scheme.approval_order_id is not None,
        "may_effect": may(user, Act.APPROVE_RESTRUCTURING, scheme.district_id),
    }
