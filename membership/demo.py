"""Demo registers of members (issue 14): every demo society (at most DEMO_LIMIT) gets a register; a PACS (GPSS) in Sonitpur with a
few thousand members (bulk_create), a women's society, a member with a portal account, and two confirmed
identity links (a person on two registers; a President linked to her register entry), one more left open for the
officer's page. Idempotent: a society that already has members is left alone."""

import random
from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction

from registrar.bulk import bulk_activity
from registrar.demo import demo_user, register_login
from registrar.models import District

from . import demo_admissions, register
from .actions import MembershipAction
from .matching import normalise
from .models import (
    AdmissionBasis,
    Category,
    Gender,
    Member,
    MemberClass,
    MembershipSettings,
    MemberVersion,
    Nomination,
    ParentRelation,
    Person,
    PersonLink,
    ShareLedgerEntry,
)

PACS_SIZE = 3000
SMALL_SIZE = 40
DEMO_LIMIT = 60
WOMEN_SIZE = 120
MEN = ["Ranjit", "Dilip", "Pabitra", "Bhaben", "Hemanta", "Jatin", "Prafulla", "Nayan", "Abdul", "Rafiqul",
       "Bipul", "Gautam", "Manoj", "Pranab", "Tarun", "Kamal", "Lakhi", "Deben", "Moni", "Rupam"]
WOMEN = ["Mamoni", "Anjali", "Junmoni", "Nilima", "Rupa", "Bobita", "Pranita", "Rita", "Jonali", "Dipika",
         "Hiramoni", "Kalpana", "Monalisa", "Rekha", "Sabina", "Gitanjali", "Urmila", "Pallabi", "Jyoti", "Minu"]
SURNAMES = ["Bora", "Saikia", "Kalita", "Deka", "Nath", "Gogoi", "Das", "Baruah", "Hazarika", "Sarma", "Ali",
            "Rahman", "Phukan", "Borah", "Medhi", "Talukdar", "Choudhury", "Konwar", "Mahanta", "Bhuyan"]
OCCUPATIONS = ["Farmer", "Weaver", "Fisher", "Dairy farmer", "Tea grower", "Shopkeeper", "Labourer", "Teacher"]
VILLAGES = ["Borgang", "Dhekiajuli", "Rangapara", "Jamugurihat", "Balipara", "Gohpur", "Biswanath Chariali"]


def _settings(society, value: int, cap: int | None) -> MembershipSettings:
    terms, _created = MembershipSettings.objects.get_or_create(
        society=society, defaults={"share_value": Decimal(value), "holding_cap_shares": cap})
    return terms


def _fill(society, size: int, *, rng: random.Random, women_only: bool = False, start: date, today: date) -> int:
    """`size` members by bulk_create: persons, entries, first versions, allotments, a few changes and
    cessations and nominees, so the register as at a past date differs from today's."""
    terms = _settings(society, 100, 50)
    span = max(1, (today - start).days - 400)
    people, members = [], []
    for _i in range(size):
        woman = women_only or rng.random() < 0.42
        first = rng.choice(WOMEN if woman else MEN)
        surname = rng.choice(SURNAMES)
        people.append(Person(
            name=f"{first} {surname}", name_key=normalise(f"{first} {surname}"),
            parent_name=f"{rng.choice(MEN)} {surname}",
            parent_relation=ParentRelation.HUSBAND if woman and rng.random() < 0.5 else ParentRelation.FATHER,
            gender=Gender.WOMAN if woman else Gender.MAN, age_years=rng.randint(19, 70), age_on=start,
            address=f"{rng.choice(VILLAGES)}, {society.district.name}"))
    Person.objects.bulk_create(people, batch_size=1000)
    for i, person in enumerate(people, start=1):
        admitted = start + timedelta(days=rng.randint(0, span)) if i > 10 else start
        members.append(Member(
            society=society, number=i, person=person, admitted_on=admitted,
            admission_basis=AdmissionBasis.FOUNDER if i <= 10 else AdmissionBasis.BOARD_RESOLUTION,
            admission_resolution_ref="" if i <= 10 else f"BR/{admitted.year}/{i}",
            category=rng.choices(Category.values, weights=[50, 15, 15, 20])[0],
            occupation=rng.choice(OCCUPATIONS),
            member_class=MemberClass.NON_VOTING if rng.random() < 0.05 else MemberClass.VOTING))
    Member.objects.bulk_create(members, batch_size=1000)
    versions, ledger, nominations = [], [], []
    for member, person in zip(members, people, strict=True):
        member.person = person
        versions.append(register.version_of(member, member.admitted_on))
        shares = rng.randint(1, 10)
        ledger.append(ShareLedgerEntry(society=society, member=member, on=member.admitted_on,
                                       kind=ShareLedgerEntry.Kind.ALLOTMENT, shares=shares,
                                       value=terms.share_value * shares, reference="demo"))
        if rng.random() < 0.3:
            nominations.append(Nomination(member=member, nominee_name=f"{rng.choice(WOMEN)} {person.name.split()[-1]}",
                                          relation="spouse", valid_from=member.admitted_on))
    # A few changes and cessations a year ago and more recently: history for "as at".
    for member in rng.sample(members, k=max(1, size // 40)):
        changed_on = today - timedelta(days=rng.randint(30, 300))
        if changed_on <= member.admitted_on:
            continue
        version = next(v for v in versions if v.member is member)
        version.valid_to = changed_on
        member.occupation = "Retired" if rng.random() < 0.5 else member.occupation
        if rng.random() < 0.5:
            member.ceased_on, member.cessation_cause = changed_on, rng.choice(["withdrawal", "death"])
        versions.append(register.version_of(member, changed_on))
    MemberVersion.objects.bulk_create(versions, batch_size=1000)
    ShareLedgerEntry.objects.bulk_create(ledger, batch_size=1000)
    Nomination.objects.bulk_create(nominations, batch_size=1000)
    ceased = [m for m in members if m.ceased_on]
    Member.objects.bulk_update(ceased + [m for m in members if m.occupation == "Retired" and not m.ceased_on],
                               ["occupation", "ceased_on", "cessation_cause"], batch_size=1000)
    return size


def _society(code: str, number: str, name: str, kind: str, registered_on: date):
    from societies.models import Society

    society = Society.objects.filter(registration_number=number).first()
    if society is None:
        district = District.objects.get(code=code)
        society = Society.objects.create(registration_number=number, name=name, society_type=kind,
                                         district=district, registered_on=registered_on,
                                         address=f"Main road, {district.headquarters}",
                                         area_of_operation=f"{district.name} district")
    return society


def seed(*, today: date, stdout) -> None:
    from societies.governance.models import Director
    from societies.models import Society

    rng = random.Random(14)
    pacs = _society("SNT", "SNT/DEMO-MEM/001", "Borgang Gaon Panchayat Samabay Samity Limited", "gpss",
                    date(1985, 6, 1))
    women = _society("SNT", "SNT/DEMO-MEM/002", "Dhekiajuli Mahila Multipurpose Co-operative Society Limited",
                     "women_multipurpose", date(2012, 8, 15))
    # Every society of the demo database (the other apps' demos made them), the PACS and the women's society
    # first; bounded so a database that is not a demo one is not filled.
    demo_societies = [pacs, women] + list(Society.objects.exclude(pk__in=[pacs.pk, women.pk])
                                          .select_related("district").order_by("pk")[:DEMO_LIMIT])
    built = []
    with bulk_activity() as log:
        for society in demo_societies:
            if Member.objects.filter(society=society).exists():
                continue
            size = PACS_SIZE if society.pk == pacs.pk else WOMEN_SIZE if society.pk == women.pk else SMALL_SIZE
            start = max(society.registered_on, today - timedelta(days=3650))
            with transaction.atomic():
                _fill(society, size, rng=rng, women_only=society.pk == women.pk, start=start, today=today)
            log.add(MembershipAction.DEMO_REGISTER_SEEDED, society=society, target=society, data={"members": size})
            built.append(society)
    register_login("Member of two societies (/memberships/: own entries only)", "member")
    if pacs in built and women in built:
        _identities(today=today, pacs=pacs, women=women)
    if not Director.objects.filter(person__isnull=False).exists():
        _director_link(Director)
    demo_admissions.seed(today=today, stdout=stdout)
    from .voters import demo as voters_demo  # voter lists (issue 15 point 6)

    voters_demo.seed(today=today, stdout=stdout)
    from .elections import demo as elections_demo  # Board elections (issue 15 point 6)

    elections_demo.seed(today=today, stdout=stdout)
    stdout.write(f"membership: {len(built)} registers of members "
                 f"(PACS {pacs.registration_number} with {Member.objects.filter(society=pacs).count()} members)\n")


def _identities(*, today: date, pacs, women) -> None:
    """Two linked identities and one open proposal (the officer's page); a member with a portal account."""
    user = demo_user("member", "Mamoni Saikia", "member@example.in")
    # 1. One person on two registers: the women's society's No. 1 is also the PACS's No. 1 under another
    # spelling; the link is confirmed, so both entries belong to one person with a portal account.
    w1 = Member.objects.select_related("person").get(society=women, number=1)
    p1 = Member.objects.select_related("person").get(society=pacs, number=1)
    Person.objects.filter(pk=w1.person_id).update(name="Mamoni Saikia", name_key="mamoni saikia", user=user,
                                                   gender=Gender.WOMAN)
    Person.objects.filter(pk=p1.person_id).update(name="Smt. Mamoni Saikiya", name_key="smt mamoni saikiya",
                                                   gender=Gender.WOMAN, parent_name=w1.person.parent_name)
    MemberVersion.objects.filter(member=w1).update(name="Mamoni Saikia", gender=Gender.WOMAN)
    MemberVersion.objects.filter(member=p1).update(name="Smt. Mamoni Saikiya", gender=Gender.WOMAN)
    PersonLink.objects.create(person_id=w1.person_id, member=p1, score=86, reasons={"name": 90},
                              status=PersonLink.Status.CONFIRMED, decided_as=PersonLink.DecidedAs.OFFICER,
                              decided_at=None)
    Member.objects.filter(pk=p1.pk).update(person_id=w1.person_id)
    # 3. An open proposal for the officer: the PACS's No. 2 may be the women's society's No. 2.
    w2 = Member.objects.get(society=women, number=2)
    p2 = Member.objects.get(society=pacs, number=2)
    PersonLink.objects.get_or_create(person_id=w2.person_id, member=p2,
                                     defaults={"score": 74, "reasons": {"name": 78, "address": 60}})


def _director_link(Director) -> None:
    """2. A President of a demo Board linked to the person they are on their society's register."""
    director = (Director.objects.filter(ceased_on__isnull=True, board__ended_on__isnull=True,
                                        office=Director.Office.PRESIDENT, person__isnull=True)
                .select_related("board__society").order_by("pk").first())
    if director is not None:
        entry = Member.objects.filter(society=director.board.society).select_related("person").order_by("number").first()
        if entry is not None:
            Person.objects.filter(pk=entry.person_id).update(name=director.name, name_key=normalise(director.name),
                                                             gender=director.gender)
            PersonLink.objects.create(person_id=entry.person_id, director=director, score=100,
                                      reasons={"name": 100}, status=PersonLink.Status.CONFIRMED,
                                      decided_as=PersonLink.DecidedAs.OFFICER)
            MemberVersion.objects.filter(member=entry).update(name=director.name, gender=director.gender)
            Director.objects.filter(pk=director.pk).update(person_id=entry.person_id)
