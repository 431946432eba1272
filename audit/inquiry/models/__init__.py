"""Inquiry (s.87), inspection (s.88), findings, cost and surcharge orders (ss.89, 103), seizures (s.126) and copies
of reports on a fee (s.87(6), s.88(5))."""

from .inquiry import OWN_MOTION, PENDING_STATES, Applicant, Channel, InquiryCase, InquiryState
from .inspection import Finding, Inspection, InspectionBasis, InspectionState
from .recovery import CostOrSurcharge, ReportCopy, Seizure

__all__ = ["OWN_MOTION", "PENDING_STATES", "Applicant", "Channel", "CostOrSurcharge", "Finding", "InquiryCase", "InquiryState", "Inspection",
           "InspectionBasis", "InspectionState", "ReportCopy", "Seizure"]
