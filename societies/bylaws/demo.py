"""Demo bye-laws (issue 16 point 7), in Sonitpur, dated around `today` and built through the real services:

- Borbari Dairy: two versions, the first only a PDF, the second transcribed clause by clause, and an amendment
  filed 55 days ago (near its 60th day: on the deadlines board, with reminders; never registered by itself);
- Sootea Weavers: an amendment whose society was directed to reconsider 10 days ago (20 days left to reply);
- Jamuguri Fishery: a registered change of the head office address awaiting its s.68 notice.
Idempotent: each society is built once, keyed by its registration number.
"""

from datetime import date, timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from guardian.shortcuts import assign_perm

from registrar.demo import demo_user, register_login
from registrar.models import District, Officer

TINY_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
TEXT = """# 1
1. The name of the society is {name}.
2. The head office of the society is at {place}, Sonitpur district.
3. The area of operation is the {place} Gaon Panchayat.
# 2
4. The aim of the society is to collect, process and sell its members' produce.
# 3
5. Any person of eighteen years who lives in the area of operation may be admitted as a member.
6. A member may withdraw after one year of membership by notice to the Board.
# 4
7. The quorum of the General Assembly is one-fifth of the members.
# 8
8. The financial year of the society ends on 31 March.
"""


def _pdf(name):
    return ContentFile(TINY_PDF, name=name)


def _society(number, name, kind, place, registered_on, secretary):
    from societies.models import Society

    society, created = Society.objects.get_or_create(registration_number=number, defaults={
        "name": name, "society_type": kind, "district": District.objects.get(code="SNT"),
        "address": f"{place}, Sonitpur", "registered_on": registered_on})
    assign_perm("societies.act_as_secretary", secretary, society)
    return society, created


def _file(secretary, society, today, **extra):
    from . import services

    meeting = today - timedelta(days=12)
    fields = {"kind": "clauses", "meeting_on": meeting, "resolution_on": meeting,
              "resolution_text": "Resolved by the General Assembly to amend the bye-laws as filed.",
              "members_on_register": 60, "attended": "1-42", "voted_for": "1-35", "voted_against": "36-40",
              "employees": "3", "president_signed": True, "signing_directors": "Ranjit Bora\nMamoni Saikia",
              "resolution_copy": _pdf("resolution.pdf"), "clause_text": ""}
    fields.update(extra)
    return services.amendment_file(actor=secretary, society_id=society.pk, today=today, **fields)


def seed(*, today: date, stdout) -> None:
    from . import services

    officer = Officer.objects.filter(rank="arcs", districts__code="SNT", is_active=True).select_related("user").first()
    if officer is None:
        stdout.write("  bye-laws: no ARCS of Sonitpur in the demo data; skipped")
        return
    arcs = officer.user
    secretary = demo_user("secretary", "Nilima Borah", "secretary@example.in")
    register_login("Society secretary (bye-laws: file an amendment, reply to a direction)", "secretary")

    name = "Borbari Dairy Co-operative Society Limited"
    society, created = _society("SNT/REG/2013/0901", name, "dairy", "Borbari", date(2013, 5, 2), secretary)
    if created:
        services.version_record(actor=arcs, society_id=society.pk, effective_from=society.registered_on, today=today,
                                pdf=_pdf("bylaws-2013.pdf"), note="Registered with the society (PDF only).")
        second = today - timedelta(days=400)
        services.version_record(actor=arcs, society_id=society.pk, effective_from=second, today=today,
                                text=TEXT.format(name=name, place="Borbari"),
                                note="Amendment registered on paper; transcribed by the office.")
        filed_on = today - timedelta(days=55)
        _file(secretary, society, filed_on, meeting_on=filed_on - timedelta(days=10),
              resolution_on=filed_on - timedelta(days=10),
              clause_text=TEXT.format(name=name, place="Borbari").replace(
                  "one-fifth of the members", "one-fifth of the members or fifty, whichever is less").replace(
                  "6. A member may withdraw", "5A. No employee of the society may be admitted as a member.\n"
                  "6. A member may withdraw"))

    name = "Sootea Handloom Weavers Co-operative Society Limited"
    society, created = _society("SNT/REG/2014/0902", name, "handloom_weavers", "Sootea", date(2014, 8, 11), secretary)
    if created:
        services.version_record(actor=arcs, society_id=society.pk, effective_from=society.registered_on, today=today,
                                text=TEXT.format(name=name, place="Sootea"))
        amendment = _file(secretary, society, today - timedelta(days=20),
                          clause_text=TEXT.format(name=name, place="Sootea").replace("one year", "six months"))
        services.amendment_direct_reconsideration(
            actor=arcs, amendment_id=amendment.pk, today=today - timedelta(days=10), reconsider_by=today + timedelta(days=20),
            directions="Clause 6: withdrawal after six months conflicts with s.21 read with the society's share "
                       "capital rules; reconsider the period.")

    name = "Jamuguri Fishery Co-operative Society Limited"
    society, created = _society("SNT/REG/2015/0903", name, "fishery", "Jamuguri", date(2015, 2, 3), secretary)
    if created:
        services.version_record(actor=arcs, society_id=society.pk, effective_from=society.registered_on, today=today,
                                pdf=_pdf("bylaws-2015.pdf"))
        amendment = _file(secretary, society, today - timedelta(days=40), kind="address",
                          new_address="Ward 3, Jamuguri Town, Sonitpur")  # not moved yet: 30 days from registration
        services.amendment_register(actor=arcs, amendment_id=amendment.pk, today=today - timedelta(days=10),
                                    checklist={"consistent": True, "schedule_a": True}, fee=Decimal("100.00"))
    stdout.write("  bye-laws: 3 societies (two versions; an amendment near day 60; one in reconsideration; an "
                 "address awaiting its s.68 notice)")
