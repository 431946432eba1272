"""Statutory audit of a society's accounts (ss.81-86): the auditors (panel and departmental) and the audit of one
financial year. The report, objections and their lifecycle live in their own modules of this package (issue 18,
audit work); inspection and inquiry are the `audit.inquiry` app. ("audit" is always the audit of accounts; the
record of who did what is the activity log.)"""

from .audit import Audit, AuditorKind, AuditStatus
from .fees import AuditFeeBand
from .objections import Objection, ObjectionState, RectificationDirection, Severity
from .panel import PanelApprover, PanelFirm, PanelOrder, PanelPartner, StateBankDesignation
from .report import AuditClassBand, AuditReport, AuditWork, Reaudit

__all__ = [
    "Audit", "AuditFeeBand", "AuditStatus", "AuditorKind", "PanelApprover", "PanelFirm", "PanelOrder",
    "PanelPartner", "StateBankDesignation",
    # the audit work (issue 18 points 3-5)
    "AuditClassBand", "AuditReport", "AuditWork", "Objection", "ObjectionState", "Reaudit", "RectificationDirection",
    "Severity",
]
