"""The liquidator's registers as a section of the office case page (liquidation.sections): the figures of the
claims register, contributories, calls and assets (a fixed number of aggregate queries), and the link to the
Registrar's orders on the file (leave to sue, compromises, quarterly reports)."""

from .models.case import WindingUpState
from .sections import CaseSection, case_section
from .services.claims import claims_last_day
from .workspace_access import WORKING_STATES


def _context(case, request, today):
    if case.state not in (*WORKING_STATES, WindingUpState.DISSOLVED):
        return None
    from .workspace_documents import _figures

    return {"case": case, "last_day": claims_last_day(case), **_figures(case)}


WORKSPACE = case_section(CaseSection("liquidator_registers", "liquidation/workspace/_section.html", _context,
                                     order=50))
