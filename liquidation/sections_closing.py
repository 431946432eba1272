"""The closing's section of the office case page (liquidation.sections): the eight years counted, the stage of the
closing, and the link to the closing page."""

from registrar.calendar import days_left

from .sections import CaseSection, case_section


def _context(case, request, today):
    closing = getattr(case, "closing", None)
    if closing is None:
        return None
    return {"case": case, "closing": closing, "days_left": days_left(closing.dissolve_by, today)}


CLOSING = case_section(CaseSection("closing", "liquidation/closing/_section.html", _context, order=80))
