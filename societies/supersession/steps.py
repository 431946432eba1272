"""What the case file says about each step of the procedure and what comes next (reads only, no database beyond
the case's own relations)."""

from django.utils.translation import gettext_lazy as _

from registrar.l10n import display_date as long_date  # the reader's language and digits

from .grounds import skips_inquiry
from .models import SupersessionState
from .services.procedure import report_ready

NEXT_REPORT = _("Waiting for the report: once the inquiry's findings or the inspection's result are recorded, call "
                "for the society's objections.")
NEXT_CALL = _("The report is in: call for the society's objections on it (the letter goes to the society).")
NEXT_RBI = _("A Reserve Bank route: no inquiry. The Registrar's order superseding the Board follows directly.")
NEXT_RBI_ADVICE = _("On the Reserve Bank's advice the administrator is to be appointed by %(day)s (s.146(1)).")
NEXT_OBJECTIONS = _("The society may object until %(day)s. Record its objections (or, after that day, that none "
                    "came); then the Registrar considers them and forwards the report.")
NEXT_FORWARD = _("Objections recorded: the Registrar considers them and forwards the report to the society.")
NEXT_RECEIPT = _("Report forwarded on %(day)s: record the date the society received it; its 60 days run from then.")
NEXT_ACTING = _("The society has until %(day)s to place the report before %(meeting)s and act on it (s.125). "
                "Record its action when it does; the Board cannot be superseded before that day has passed.")
NEXT_SUPERSEDE = _("The society's 60 days ran out on %(day)s with no action recorded: the Registrar may now by "
                   "order supersede or suspend the Board and appoint administrators, or drop the case.")
NEXT_DONE = _("Closed: %(state)s.")
NEXT_IN_CHARGE = _("Administrators in charge until %(day)s: they hold the election of a new Board within the "
                   "period.")
MEETINGS = {"agm": _("the Annual General Meeting"), "special": _("a special general meeting")}


def next_step(case, today) -> str:
    state = case.state
    if state == SupersessionState.OPINION:
        if skips_inquiry(case.ground):
            if case.rbi_advice_due_on:
                return f"{NEXT_RBI} {NEXT_RBI_ADVICE % {'day': long_date(case.rbi_advice_due_on)}}"
            return str(NEXT_RBI)
        return str(NEXT_CALL if report_ready(case) else NEXT_REPORT)
    if state == SupersessionState.OBJECTIONS:
        if case.objections_recorded_on:
            return str(NEXT_FORWARD)
        return NEXT_OBJECTIONS % {"day": long_date(case.objections_due_on)}
    if state == SupersessionState.FORWARDED:
        if case.received_on is None:
            return NEXT_RECEIPT % {"day": long_date(case.forwarded_on)}
        if today <= case.action_due_on:
            return NEXT_ACTING % {"day": long_date(case.action_due_on),
                                  "meeting": MEETINGS.get(case.meeting_kind, MEETINGS["special"])}
        return NEXT_SUPERSEDE % {"day": long_date(case.action_due_on)}
    if state in (SupersessionState.SUPERSEDED, SupersessionState.SUSPENDED) and case.period_ends_on:
        return NEXT_IN_CHARGE % {"day": long_date(case.period_ends_on)}
    return NEXT_DONE % {"state": case.get_state_display()}


def steps(case) -> list[tuple[object, object, str]]:
    """(step, date, what was recorded) in the Act's order, for the case file."""
    rows = [(_("Opinion recorded"), case.opinion_on, case.get_ground_display())]
    if case.inquiry_id:
        rows.append((_("Inquiry (s.87)"), case.inquiry.ordered_on, case.inquiry.get_state_display()))
    if case.inspection_id:
        rows.append((_("Inspection (s.88)"), case.inspection.ordered_on, case.inspection.get_state_display()))
    if case.objections_called_on:
        rows.append((_("Objections called"), case.objections_called_on,
                     _("by %(day)s") % {"day": long_date(case.objections_due_on)}))
    if case.objections_recorded_on:
        rows.append((_("Objections recorded"), case.objections_recorded_on,
                     case.objections or _("None received")))
    if case.forwarded_on:
        rows.append((_("Report forwarded"), case.forwarded_on, case.consideration))
    if case.received_on:
        rows.append((_("Received by the society"), case.received_on,
                     _("before %(meeting)s; to act by %(day)s") % {
                         "meeting": MEETINGS.get(case.meeting_kind, MEETINGS["special"]),
                         "day": long_date(case.action_due_on)}))
    if case.action_taken_on:
        rows.append((_("Action taken"), case.action_taken_on, case.action_taken))
    if case.superseded_on:
        rows.append((case.get_state_display(), case.superseded_on,
                     _("administrators until %(day)s") % {"day": long_date(case.period_ends_on)}))
    if case.state == SupersessionState.DROPPED:
        rows.append((_("Dropped"), case.ended_on, case.closing_note))
    return rows
