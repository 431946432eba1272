"""Bakijai models: who claims (Claimant), the Registrar's delegation of the power to certify (Delegation), the
requisition with its documents and hearings, and the Cooperative Demand Certificate with what follows it."""

from .certificate import (
                          Attachment,
                          Certificate,
                          CertState,
                          Distraint,
                          Execution,
                          ExecutionEntry,
                          Extension,
                          Instalment,
                          Prosecution,
)
from .requisition import Claimant, Delegation, Hearing, ReqState, Requisition, RequisitionDocument, Source

__all__ = ["Attachment", "CertState", "Certificate", "Claimant", "Delegation", "Distraint", "Execution",
           "ExecutionEntry", "Extension", "Hearing", "Instalment", "Prosecution", "ReqState", "Requisition",
           "RequisitionDocument", "Source"]
