"""Builders for the scheme tests (R1): a society with a register, a scheme filed through the service, notices
prepared and served. Direct service calls, no pages."""

from datetime import date

from guardian.shortcuts import assign_perm

from societies.restructuring.models import SchemeKind
from societies.restructuring.services.notices import notices_prepare, notices_record_service
from societies.restructuring.services.scheme import NewSociety, scheme_file
from tests.membership.helpers import bulk_members, make_society

RESOLVED = date(2026, 1, 2)


def society_with_members(district, secretary, size=6, **extra):
    society = make_society(district, **extra)
    bulk_members(society, size)
    assign_perm("societies.act_as_secretary", secretary, society)
    return society


def file_division(secretary, society, *, size=6, today=date(2026, 1, 3), present=30, votes=20, **extra):
    half = size // 2
    return scheme_file(
        actor=secretary, society_id=society.pk, today=today, kind=SchemeKind.DIVISION, resolution_on=RESOLVED,
        members_present=present, votes_for=votes, scheme_text="Two villages, two societies.",
        successors=[NewSociety("Borgaon Dairy Co-operative Society Limited", "Chilling plant", f"1-{half}"),
                    NewSociety("Dhekiajuli Town Dairy Co-operative Society Limited", "Shop", f"{half + 1}-{size}")],
        **extra)


def file_amalgamation(secretary, society, other, *, today=date(2026, 1, 3)):
    return scheme_file(
        actor=secretary, society_id=society.pk, today=today, kind=SchemeKind.AMALGAMATION, resolution_on=RESOLVED,
        members_present=30, votes_for=25, scheme_text="One society for the block.",
        successors=[NewSociety("Sonitpur United Dairy Co-operative Society Limited")],
        other_transferors=[other.registration_number])


def file_merger(secretary, society, into, *, today=date(2026, 1, 3)):
    return scheme_file(
        actor=secretary, society_id=society.pk, today=today, kind=SchemeKind.MERGER, resolution_on=RESOLVED,
        members_present=30, votes_for=25, scheme_text="Into the larger society.",
        merge_into=into.registration_number)


def prepare_and_serve(secretary, scheme, society, served: dict | None = None, *, on=date(2026, 1, 5),
                      today=date(2026, 1, 10)):
    """Notices to the society's members, served by hand on `on` (or per notice: {index: date})."""
    notices_prepare(actor=secretary, scheme_id=scheme.pk, society_id=society.pk, today=today)
    rows = list(scheme.notices.filter(transferor__society=society).order_by("pk"))
    for index, notice in enumerate(rows):
        day = (served or {}).get(index, on)
        notices_record_service(actor=secretary, scheme_id=scheme.pk, society_id=society.pk, notice_ids=[notice.pk],
                               today=max(today, day), served_on=day, method="hand")
    return rows
