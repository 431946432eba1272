"""Builders for supersession's procedure tests (S1). Literal dates; the clock is passed as `today`."""

from datetime import date

from audit.inquiry.services import inquiry as inquiry_services
from registrar.models import District
from societies.supersession.models import Ground, Supersession
from societies.supersession.services import procedure
from tests.membership.helpers import make_society

OPINION_ON = date(2026, 6, 1)
COMPLETED_ON = date(2026, 6, 20)
CALLED_ON = date(2026, 6, 22)
FORWARDED_ON = date(2026, 7, 20)
RECEIVED_ON = date(2026, 8, 1)      # rules.yaml anchor: receipt 1 Aug 2026 -> last day 30 Sep 2026
LAST_DAY = date(2026, 9, 30)
OPINION = "The Board has not held a meeting for a year and ignores the Registrar's directions of 2 March 2026."


def society(*, kind="dairy", name=None, district="SNT"):
    return make_society(District.objects.get(code=district), name=name, society_type=kind)


def opened(registrar, officer, soc, *, ground=Ground.DIRECTIONS_NOT_COMPLIED, route=procedure.INQUIRY, **extra):
    return procedure.supersession_open(
        actor=registrar, society_id=soc.pk, ground=ground, opinion=OPINION, today=OPINION_ON, route=route,
        subject="Compliance with the Registrar's directions", officer_id=officer.pk, **extra)


def reported(registrar, officer, soc, **extra):
    case = opened(registrar, officer, soc, **extra)
    if case.inquiry_id:
        inquiry_services.inquiry_complete(case_id=case.inquiry_id, actor=officer, completed_on=COMPLETED_ON,
                                          findings="The directions were not complied with.", today=COMPLETED_ON)
    else:
        from audit.inquiry.services.inspection import inspection_communicate_result

        inspection_communicate_result(inspection_id=case.inspection_id, actor=officer,
                                      result="Books not written since March.", today=COMPLETED_ON)
    return Supersession.objects.get(pk=case.pk)


def objections_called(registrar, officer, soc, **extra):
    case = reported(registrar, officer, soc, **extra)
    return procedure.supersession_call_objections(case_id=case.pk, actor=officer, today=CALLED_ON)


def forwarded(registrar, officer, soc, **extra):
    case = objections_called(registrar, officer, soc, **extra)
    procedure.supersession_record_objections(case_id=case.pk, actor=officer, today=date(2026, 7, 5),
                                             objections="The Board says the directions reached it late.")
    return procedure.supersession_forward_report(case_id=case.pk, actor=registrar, today=FORWARDED_ON,
                                                 consideration="The late receipt does not explain a year's delay.")


def received(registrar, officer, soc, **extra):
    case = forwarded(registrar, officer, soc, **extra)
    return procedure.supersession_record_receipt(case_id=case.pk, actor=officer, received_on=RECEIVED_ON,
                                                 today=RECEIVED_ON)
