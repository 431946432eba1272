"""Activity codes of supervision (Board, meetings, proceedings, returns, automatic effects, flags)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class GovernanceAction(models.TextChoices):
    # the secretary
    SECRETARY_INVITED = "governance.secretary_invited", _("Secretary invited")
    SECRETARY_ACCEPTED = "governance.secretary_accepted", _("Secretary invitation accepted")
    SECRETARY_REPLACED = "governance.secretary_replaced", _("Secretary replaced")
    # the Board
    SUPERVISION_STARTED = "governance.supervision_started", _("Promoter Board and first financial year opened")
    BOARD_STRENGTH_RECORDED = "governance.board_strength_recorded", _("Board's sanctioned strength recorded")
    ELECTION_RECORDED = "governance.election_recorded", _("Election result recorded")
    OFFICE_BEARERS_CHANGED = "governance.office_bearers_changed", _("Office-bearers changed")
    DIRECTOR_CEASED = "governance.director_ceased", _("Director ceased")
    BOARD_MEETING_RECORDED = "governance.board_meeting_recorded", _("Board meeting recorded")
    REQUISITION_RECORDED = "governance.requisition_recorded", _("Requisition for a special meeting recorded")
    OFFICER_APPOINTED = "governance.officer_appointed", _("Officer appointed to act as the Board (s.41(6))")
    # general meetings and proceedings
    GENERAL_MEETING_RECORDED = "governance.general_meeting_recorded", _("General meeting recorded")
    PROCEEDINGS_FILED = "governance.proceedings_filed", _("General-meeting proceedings filed")
    PROCEEDINGS_APPROVED = "governance.proceedings_approved", _("Proceedings approved")
    PROCEEDINGS_RETURNED = "governance.proceedings_returned", _("Proceedings returned with observations")
    # annual returns
    RETURN_DRAFTED = "governance.return_drafted", _("Annual return drafted")
    RETURN_FILED = "governance.return_filed", _("Annual return filed")
    RETURN_CORRECTED = "governance.return_corrected", _("Corrected annual return filed")
    DEFAULTER_NOTICES_ISSUED = "governance.defaulter_notices_issued", _("Notices to return defaulters issued")
    # automatic effects (sweepers), each dated on its legal day
    FINANCIAL_YEAR_OPENED = "governance.financial_year_opened", _("Financial year opened")
    BOARD_DISSOLVED_NO_AGM = "governance.board_dissolved_no_agm", _("Board dissolved: no AGM within six months (s.39)")
    DIRECTORS_CEASED_SPECIAL_GM = "governance.directors_ceased_special_gm", _(
        "Directors ceased: requisitioned general meeting not held (s.33(3))")
    PRESIDENT_CEASED_GAP = "governance.president_ceased_gap", _(
        "President ceased: more than 120 days between Board meetings (s.43(3))")
    PRESIDENT_CEASED_FEW_MEETINGS = "governance.president_ceased_few_meetings", _(
        "President ceased: fewer than four Board meetings in the year (s.43(3))")
    PRESIDENT_CEASED_SPECIAL_BOARD = "governance.president_ceased_special_board", _(
        "President ceased: requisitioned Board meeting not held (s.43(3))")
    BOARD_TERM_ENDED = "governance.board_term_ended", _("Directors ceased: term ended with no election (s.41(4))")
    PROMOTER_BOARD_LAPSED = "governance.promoter_board_lapsed", _("Promoter Board's year ended (s.35(1))")
    PROCEEDINGS_DEEMED_APPROVED = "governance.proceedings_deemed_approved", _("Proceedings deemed approved (s.45(1))")
    RETURN_OVERDUE = "governance.return_overdue", _("Annual return overdue (s.129)")
    # findings
    FLAG_RAISED = "governance.flag_raised", _("Compliance flag raised for the Registrar")
    FLAG_CONFIRMED = "governance.flag_confirmed", _("Compliance flag confirmed by order")
    FLAG_DISMISSED = "governance.flag_dismissed", _("Compliance flag dismissed by order")
