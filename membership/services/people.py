"""One person across societies: proposing identity links by matching and deciding them (issue 14 point 2).

Matching only proposes (membership.matching, with its warning); a link takes effect when an officer in
jurisdiction or the person confirms it. Confirming points the register entry's or the Director's `person` at
the proposed Person. The register's existing versions are not rewritten (they show the entry as it was
recorded); the entry's next change copies the linked person's particulars. From then on director bars (s.40(4),
s.43(4)) and the two-presidency limit (s.41(10)) follow the person (societies.governance.services.board).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.capabilities import Act

from .. import matching, permissions
from ..actions import MembershipAction
from ..models import Member, Person, PersonLink

CANDIDATE_LIMIT = 200  # persons pre-filtered by a distinctive word before scoring (a bound, not a page)

NOT_OPEN = _("This link was already decided.")
TWO_ACCOUNTS = _("Both records have their own portal account: they cannot be joined here. Ask the person which "
                 "account to keep.")
NOT_ALLOWED = _("Only an officer in the district, or the person themself, may decide this link.")


def _candidates(name: str, *, exclude_pk: int | None):
    words = matching.search_words(name)
    if not words:
        return Person.objects.none()
    # name_key and the words are both lower-cased by matching.normalise, so a plain `contains` (LIKE, served by
    # the trigram index on PostgreSQL, membership migration 0007) finds what `icontains` (UPPER(..) LIKE, which
    # no index serves) found. One filter on one table: no join, so no duplicates and no DISTINCT sort.
    match = Q()
    for word in words[:2]:
        match |= Q(name_key__contains=word)
    rows = Person.objects.filter(match)
    if exclude_pk:
        rows = rows.exclude(pk=exclude_pk)
    return rows[:CANDIDATE_LIMIT]


def _subject(link: PersonLink):
    return link.member if link.member_id else link.director


def _district_id(link: PersonLink) -> int:
    if link.member_id:
        return link.member.society.district_id
    return link.director.board.society.district_id


def _society(link: PersonLink):
    return link.member.society if link.member_id else link.director.board.society


@transaction.atomic
def person_links_propose(*, member_id: int | None = None, director_id: int | None = None, actor=None,
                         today=None) -> list[PersonLink]:
    """Propose links for one register entry or one Director to the persons that match (score >= threshold),
    skipping pairs already proposed or decided. `actor` None is the system (on entry); an officer must be one
    who may read the society's register. Returns the new proposals."""
    from societies.governance.models import Director

    if member_id:
        member = Member.objects.select_related("person", "society").get(pk=member_id)
        society, person = member.society, member.person
        age = person.age_on_day(today or member.admitted_on)
        probe = {"name": person.name, "parent_name": person.parent_name, "age": age, "address": person.address}
        exclude, subject = person.pk, {"member": member}
        known = set(PersonLink.objects.filter(member=member).values_list("person_id", flat=True))
    else:
        director = Director.objects.select_related("board__society", "person").get(pk=director_id)
        society = director.board.society
        probe = {"name": director.name}
        exclude, subject = director.person_id, {"director": director}
        known = set(PersonLink.objects.filter(director=director).values_list("person_id", flat=True))
    if actor is not None and not permissions.officer_may_read(actor, society):
        raise PermissionDenied(NOT_ALLOWED)
    day = today or timezone.localdate()
    proposals = []
    for candidate in _candidates(probe["name"], exclude_pk=exclude):
        if candidate.pk in known:
            continue
        if director_id and candidate.gender != director.gender:
            continue
        score, reasons = matching.score_person(
            **probe, candidate_name=candidate.name, candidate_parent=candidate.parent_name,
            candidate_age=candidate.age_on_day(day), candidate_address=candidate.address)
        if score >= matching.MATCH_THRESHOLD:
            proposals.append(PersonLink(person=candidate, score=score, reasons=reasons, **subject))
    PersonLink.objects.bulk_create(proposals)
    if proposals:
        activity.record(MembershipAction.PERSON_LINKS_PROPOSED, actor=actor, society=society,
                        target=member if member_id else director,
                        data={"proposals": [[p.person_id, p.score] for p in proposals]})
    return proposals


def _lock_link(link_id: int, actor) -> tuple[PersonLink, str]:
    link = (PersonLink.objects.select_for_update(of=("self",))
            .select_related("person", "member__society", "member__person", "director__board__society")
            .get(pk=link_id))
    allowed, decided_as = permissions.can_decide_link(actor, link, _district_id(link))
    if not allowed:
        raise PermissionDenied(NOT_ALLOWED)
    if link.status != PersonLink.Status.PROPOSED:
        raise ValidationError(NOT_OPEN)
    return link, decided_as


@transaction.atomic
def person_link_confirm(*, link_id: int, actor) -> PersonLink:
    """Confirm that the entry or Director is the proposed person: point it at the person; the other open
    proposals for the same record are rejected with it."""
    link, decided_as = _lock_link(link_id, actor)
    now = timezone.now()
    if link.member_id:
        member = Member.objects.select_for_update(of=("self",)).select_related("person").get(pk=link.member_id)
        old = member.person
        if old.user_id and link.person.user_id and old.user_id != link.person.user_id:
            raise ValidationError(TWO_ACCOUNTS)
        if old.user_id and not link.person.user_id:
            # The portal account follows the person the record now points to.
            user_id = old.user_id
            Person.objects.filter(pk=old.pk).update(user=None)
            Person.objects.filter(pk=link.person_id).update(user_id=user_id)
        member.person = link.person
        member.save(update_fields=["person"])
        others = PersonLink.objects.filter(member_id=link.member_id)
        before = old.pk
    else:
        from societies.governance.models import Director

        director = Director.objects.select_for_update(of=("self",)).get(pk=link.director_id)
        before = director.person_id
        director.person = link.person
        director.save(update_fields=["person"])
        others = PersonLink.objects.filter(director_id=link.director_id)
    link.status, link.decided_at, link.decided_by, link.decided_as = (
        PersonLink.Status.CONFIRMED, now, actor, decided_as)
    link.save(update_fields=["status", "decided_at", "decided_by", "decided_as"])
    others.filter(status=PersonLink.Status.PROPOSED).exclude(pk=link.pk).update(
        status=PersonLink.Status.REJECTED, decided_at=now, decided_by=actor, decided_as=decided_as)
    activity.record(MembershipAction.PERSON_LINK_CONFIRMED, actor=actor, society=_society(link),
                    target=_subject(link), data={"person": link.person_id, "previous_person": before,
                                                 "score": link.score, "as": decided_as})
    return link


@transaction.atomic
def person_link_reject(*, link_id: int, actor) -> PersonLink:
    link, decided_as = _lock_link(link_id, actor)
    link.status, link.decided_at, link.decided_by, link.decided_as = (
        PersonLink.Status.REJECTED, timezone.now(), actor, decided_as)
    link.save(update_fields=["status", "decided_at", "decided_by", "decided_as"])
    activity.record(MembershipAction.PERSON_LINK_REJECTED, actor=actor, society=_society(link),
                    target=_subject(link), data={"person": link.person_id, "score": link.score, "as": decided_as})
    return link


def links_open_for_officer(user):
    """Open proposals in the officer's jurisdiction, best first (the officer's page)."""
    from registrar.selectors import jurisdiction_district_ids

    rows = (PersonLink.objects.filter(status=PersonLink.Status.PROPOSED)
            .select_related("person", "member__society", "member__person", "director__board__society"))
    ids = jurisdiction_district_ids(user)
    if ids is not None:
        rows = rows.filter(Q(member__society__district_id__in=ids) | Q(director__board__society__district_id__in=ids))
    return rows.order_by("-score", "pk")


def may_confirm_links(user) -> bool:
    from registrar.capabilities import rank_may

    return rank_may(user, Act.CONFIRM_PERSON_LINK)



SCAN_LIMIT = 200


def person_links_scan_directors(*, actor, limit: int = SCAN_LIMIT) -> int:
    """Propose links for the unlinked Directors in office in the officer's jurisdiction (at most `limit`, those
    never proposed first). Each Director is its own short transaction (person_links_propose), so the scan holds
    no lock for long. Returns how many proposals were made."""
    from registrar.selectors import jurisdiction_district_ids
    from societies.governance.models import Director

    if not may_confirm_links(actor):
        raise PermissionDenied(permissions.NOT_LINK_OFFICER)
    rows = Director.objects.filter(person__isnull=True, ceased_on__isnull=True, board__ended_on__isnull=True)
    ids = jurisdiction_district_ids(actor)
    if ids is not None:
        rows = rows.filter(board__society__district_id__in=ids)
    made = 0
    for director_id in rows.filter(person_links__isnull=True).order_by("pk").values_list("pk", flat=True)[:limit]:
        made += len(person_links_propose(director_id=director_id, actor=actor))
    return made
