"""Builders for the register tests: people and entries written through membership.register (the one writer)."""

from datetime import date
from itertools import count

from membership import register
from membership.models import AdmissionBasis, Gender, Member, MemberVersion, Person, ShareLedgerEntry
from societies.models import Society

_numbers = count(1)


def make_society(district, *, name=None, **extra) -> Society:
    n = next(_numbers)
    return Society.objects.create(
        registration_number=f"{district.code}/MEM/T/{n:05d}", name=name or f"Member Test {n} Co-operative Society",
        society_type=extra.pop("society_type", "gpss"), district=district, address=f"Ward {n}, {district.name}",
        registered_on=extra.pop("registered_on", date(2010, 4, 1)), **extra)


def make_person(name="Ranjit Bora", *, gender=Gender.MAN, parent_name="Hemanta Bora", age=40,
                address="Borgang, Sonitpur", user=None) -> Person:
    return Person.objects.create(name=name, gender=gender, parent_name=parent_name, age_years=age,
                                 age_on=date(2020, 1, 1), address=address, user=user)


def make_member(society, number, *, person=None, admitted_on=date(2020, 1, 1), shares=0, **particulars) -> Member:
    person = person or make_person(f"Member {number}")
    particulars.setdefault("admission_basis", AdmissionBasis.FOUNDER)
    member = register.entry_open(Member(society=society, number=number, person=person, admitted_on=admitted_on,
                                        **particulars))
    if shares:
        ShareLedgerEntry.objects.create(society=society, member=member, on=admitted_on,
                                        kind=ShareLedgerEntry.Kind.ALLOTMENT, shares=shares, value=shares * 100)
    return member


def bulk_members(society, size: int, *, start_number: int = 1, admitted_on=date(2020, 1, 1)) -> None:
    """`size` entries with a version and an allotment each, by bulk_create (query-count tests at two sizes)."""
    people = Person.objects.bulk_create([
        Person(name=f"Bulk {i}", name_key=f"bulk {i}", gender=Gender.WOMAN if i % 2 else Gender.MAN)
        for i in range(start_number, start_number + size)])
    members = Member.objects.bulk_create([
        Member(society=society, number=start_number + i, person=p, admitted_on=admitted_on,
               admission_basis=AdmissionBasis.FOUNDER) for i, p in enumerate(people)])
    for m, p in zip(members, people, strict=True):
        m.person = p
    MemberVersion.objects.bulk_create([register.version_of(m, admitted_on) for m in members])
    ShareLedgerEntry.objects.bulk_create([
        ShareLedgerEntry(society=society, member=m, on=admitted_on, kind=ShareLedgerEntry.Kind.ALLOTMENT, shares=2,
                         value=200) for m in members])
