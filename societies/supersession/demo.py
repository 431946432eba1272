"""Demo supersessions (issue 20 point 6), in Sonitpur, every step through supersession's own services and dated
back from `today`:

- Dhekiajuli Dairy: the Registrar's opinion opened an inquiry; its report is in and the society's objections are
  called (its objection period runs);
- Gohpur Fishery: superseded about six months ago after the society let its 60 days pass; the administrator
  (Bikash Kalita, inspector) is near the end of the six months (s.125);
- Borsola GPSS (a PACS): superseded on a judicial direction three weeks ago; the election of a new Board is due
  within the two months (s.140(2)).
Idempotent: a society that already has a case is left as it is."""

from datetime import date, timedelta

from django.db import transaction

from registrar.models import District, User
from societies.governance.services.board import board_constitute, lock_society
from societies.models import Society

from .models import Ground, Supersession

OBJECTIONS = ("SNT/DEMO-SPS/001", "Dhekiajuli Dairy Co-operative Society Limited", "dairy")
NEAR_END = ("SNT/DEMO-SPS/002", "Gohpur Fishery Co-operative Society Limited", "fishery")
PACS = ("SNT/DEMO-SPS/003", "Borsola Gaon Panchayat Samabay Samity Limited", "gpss")
OPINION = ("The Board has not complied with the Registrar's directions of the last year on the recovery of "
           "overdue loans and the writing of the cash book.")


def _society(number: str, name: str, kind: str, today: date) -> Society:
    society = Society.objects.filter(registration_number=number).first()
    if society is None:
        district = District.objects.get(code="SNT")
        society = Society.objects.create(registration_number=number, name=name, society_type=kind,
                                         district=district, registered_on=date(2012, 4, 1),
                                         address=f"Main road, {district.headquarters}")
        with transaction.atomic():  # an elected Board in office, through supervision's one writer
            board_constitute(society=lock_society(society.pk), actor=None, result_on=today - timedelta(days=900),
                             sanctioned_strength=5, directors=[
                                 {"name": "Hemanta Bora", "gender": "man", "office": "president"},
                                 {"name": "Mitali Das", "gender": "woman", "office": "vice_president"},
                                 {"name": "Jatin Kalita", "gender": "man"}])
    return society


def _to_objections(society, *, arcs, rcs, start: date, ground=Ground.DIRECTIONS_NOT_COMPLIED, evidence=""):
    """Opinion on `start`, the inquiry completed 20 days later, the objections called 2 days after."""
    from audit.inquiry.services.inquiry import inquiry_complete

    from .services import procedure

    case = procedure.supersession_open(actor=rcs, society_id=society.pk, ground=ground, opinion=OPINION,
                                       today=start, route=procedure.INQUIRY, subject="The Board's conduct (s.125)",
                                       officer_id=arcs.pk, evidence_note=evidence)
    done = start + timedelta(days=20)
    inquiry_complete(case_id=case.inquiry_id, actor=arcs, completed_on=done, today=done,
                     findings="The directions were not complied with; the cash book is not written since March.")
    return procedure.supersession_call_objections(case_id=case.pk, actor=arcs, today=done + timedelta(days=2))


def _superseded(society, *, arcs, rcs, inspector, on: date, ground=Ground.DIRECTIONS_NOT_COMPLIED, evidence=""):
    """The whole s.125 route before `on`: objections, forwarding, the society's 60 days run out, the order."""
    from .services import order, procedure

    start = on - timedelta(days=160)
    case = _to_objections(society, arcs=arcs, rcs=rcs, start=start, ground=ground, evidence=evidence)
    heard = start + timedelta(days=30)
    procedure.supersession_record_objections(case_id=case.pk, actor=arcs, today=heard,
                                             objections="The Board says the directions reached it late.")
    forwarded = heard + timedelta(days=5)
    procedure.supersession_forward_report(case_id=case.pk, actor=rcs, today=forwarded,
                                          consideration="A late receipt does not explain a year's delay.")
    procedure.supersession_record_receipt(case_id=case.pk, actor=arcs, received_on=forwarded + timedelta(days=3),
                                          today=forwarded + timedelta(days=3))
    return order.supersession_order(case_id=case.pk, actor=rcs, administrator_ids=[inspector.pk], today=on)


def seed(*, today: date, stdout) -> None:
    arcs = User.objects.filter(username="arcs.sonitpur").first()
    inspector = User.objects.filter(username="inspector.sonitpur").first()
    rcs = User.objects.filter(username="rcs").first()
    if arcs is None or inspector is None or rcs is None:
        return
    made = []
    society = _society(*OBJECTIONS, today)
    if not Supersession.objects.filter(society=society).exists():
        _to_objections(society, arcs=arcs, rcs=rcs, start=today - timedelta(days=30))
        made.append("objection period")
    society = _society(*NEAR_END, today)
    if not Supersession.objects.filter(society=society).exists():
        _superseded(society, arcs=arcs, rcs=rcs, inspector=inspector, on=today - timedelta(days=170))
        made.append("administrator near the end of six months")
    society = _society(*PACS, today)
    if not Supersession.objects.filter(society=society).exists():
        _superseded(society, arcs=arcs, rcs=rcs, inspector=inspector, on=today - timedelta(days=20),
                    ground=Ground.PACS_JUDICIAL,
                    evidence="Order of the Gauhati High Court directing the supersession of the Board.")
        made.append("PACS election due within two months")
    if made:
        stdout.write(f"  supersession: {', '.join(made)}\n")
