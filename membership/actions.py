"""Activity codes of membership (registrar.actions vocabulary)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class MembershipAction(models.TextChoices):
    MEMBER_ENTERED = "membership.member_entered", _("Member entered in the register")
    MEMBER_CHANGED = "membership.member_changed", _("Register entry changed")
    NOMINEE_RECORDED = "membership.nominee_recorded", _("Nominee recorded")
    SHARES_ALLOTTED = "membership.shares_allotted", _("Shares allotted")
    SHARES_TRANSFERRED = "membership.shares_transferred", _("Shares transferred between members")
    SHARES_REFUNDED = "membership.shares_refunded", _("Shares refunded")
    SHARES_TO_HEIR = "membership.shares_to_heir", _("Shares transferred to the nominee or heir")
    PERSON_LINKS_PROPOSED = "membership.person_links_proposed", _("Identity links proposed")
    PERSON_LINK_CONFIRMED = "membership.person_link_confirmed", _("Identity link confirmed")
    PERSON_LINK_REJECTED = "membership.person_link_rejected", _("Identity link rejected")
    REGISTER_PRINTED = "membership.register_printed", _("Register of members printed")
    DEMO_REGISTER_SEEDED = "membership.demo_register_seeded", _("Demo register of members seeded")
    RETURN_FIGURES_OVERRIDDEN = "membership.return_figures_overridden", _(
        "Annual return member figures changed from the register's")
    APPLICATION_RECEIVED = "membership.application_received", _("Application for membership received")
    APPLICATION_ADMITTED = "membership.application_admitted", _("Applicant admitted by the Board")
    APPLICATION_DEEMED_ADMITTED = "membership.application_deemed_admitted", _("Applicant deemed admitted (s.20(2))")
    APPLICATION_REFUSED = "membership.application_refused", _("Application for membership refused")
    APPLICATION_APPEALED = "membership.application_appealed", _("Refused applicant appealed to the General Assembly")
    APPLICATION_APPEAL_DECIDED = "membership.application_appeal_decided", _(
        "General Assembly decided an applicant's appeal")
    MEMBER_WITHDRAWN = "membership.member_withdrawn", _("Member withdrew (s.21)")
    MEMBER_CEASED = "membership.member_ceased", _("Member ceased (death or disqualification)")
    MEMBER_TERMINATED = "membership.member_terminated", _("Member terminated by the Board (s.23)")
    TERMINATION_APPEALED = "membership.termination_appealed", _("Terminated member appealed to the General Assembly")
    TERMINATION_APPEAL_DECIDED = "membership.termination_appeal_decided", _(
        "General Assembly decided a terminated member's appeal")
    TERMINATED_NAME_DELETED = "membership.terminated_name_deleted", _("Terminated member's name deleted")
    DEMO_ADMISSIONS_SEEDED = "membership.demo_admissions_seeded", _("Demo applications and terminations seeded")
