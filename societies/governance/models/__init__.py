"""Supervision models: Board and Directors, meetings and proceedings, annual returns and compliance flags."""

from .agenda import AgendaItem
from .board import Board, Director, OfficerAppointment, SecretaryInvitation
from .meetings import BoardMeeting, FinancialYear, GeneralMeeting, Proceedings, Requisition
from .returns import AnnualReturn, ComplianceFlag, FiledReturnIsFinal

__all__ = [
    "AgendaItem", "AnnualReturn", "Board", "BoardMeeting", "ComplianceFlag", "Director", "FiledReturnIsFinal", "FinancialYear",
    "GeneralMeeting", "OfficerAppointment", "Proceedings", "Requisition", "SecretaryInvitation",
]
