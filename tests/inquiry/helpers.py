"""Builders for inquiry and inspection tests. Literal dates; the clock is passed as `today`."""

from datetime import date

from audit.inquiry.models import Applicant, Channel
from audit.inquiry.services import inquiry as services

RECEIVED = date(2026, 3, 2)
CANARY = "CANARY-7f3a-PENDING-INQUIRY"


def apply_online(citizen, society, *, kind=Applicant.CREDITOR, grounds="Loans given to Directors' relatives "
                 "without security, against bye-law 14", signatories="", today=RECEIVED, **extra):
    return services.inquiry_apply(actor=citizen, society_id=society.pk, applicant_kind=kind,
                                  applicant_name=extra.pop("name", "Tezpur Traders"), grounds=grounds, today=today,
                                  channel=Channel.ONLINE, signatories=signatories, **extra)


def ordered_case(citizen, officer, society, *, received=RECEIVED, ordered=date(2026, 3, 12), **extra):
    case = apply_online(citizen, society, today=received, **extra)
    return services.inquiry_order(case_id=case.pk, actor=officer, subject="Loans to relatives of Directors",
                                  officer_id=officer.pk, today=ordered)


def completed_case(citizen, officer, society, *, completed=date(2026, 4, 11), **extra):
    case = ordered_case(citizen, officer, society, **extra)
    return services.inquiry_complete(case_id=case.pk, actor=officer, findings="Loans of ₹4,00,000 to relatives "
                                     "without security (bye-law 14).", completed_on=completed, today=completed)


def communicated_case(citizen, officer, society, *, communicated=date(2026, 5, 11), **extra):
    case = completed_case(citizen, officer, society, **extra)
    return services.inquiry_communicate_report(case_id=case.pk, actor=officer, today=communicated)
