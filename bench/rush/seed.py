"""The September-rush data: N registered societies, each with a secretary (a django-guardian grant), the promoter
Board and first year from supervision_start, the year ending 31 March 2026 with its AGM held, and a logged-in
session per secretary written straight into the session table (no client spends time logging in)."""

import time
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import connection, transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from guardian.models import UserObjectPermission

from registrar.holidays import holidays_around
from registrar.models import District, User
from societies.governance import rules
from societies.governance.models import FinancialYear, GeneralMeeting
from societies.governance.services.supervision import financial_year_open, supervision_start
from societies.models import Society, normalise_name, search_key

from .bare import CREATE_TABLE
from .client import Identity

MEMBERS_ELIGIBLE = 120


@dataclass(frozen=True)
class RushDates:
    """Relative to the server's today, so every filing is in time whichever day the bench runs: the year ended
    on the last day of the month before last, the AGM was held five days ago (within six months), the return is
    due 30 days after it. (In a real September the year ended on 31 March; the load is the same.)"""

    fy_end: date
    agm_on: date
    audit_on: date
    registered_on: date

    @classmethod
    def around(cls, today: date) -> "RushDates":
        fy_end = (today.replace(day=1) - timedelta(days=1)).replace(day=1) - timedelta(days=1)
        return cls(fy_end=fy_end, agm_on=today - timedelta(days=5), audit_on=fy_end + timedelta(days=20),
                   registered_on=date(fy_end.year - 2, fy_end.month, 1))


def seed(n: int, dates: RushDates) -> tuple[list[Identity], float]:
    started = time.perf_counter()
    with transaction.atomic():
        identities = _seed(n, dates)
    with connection.cursor() as cursor:
        cursor.execute(CREATE_TABLE)
        cursor.execute("ANALYZE")
    return identities, time.perf_counter() - started


def _seed(n: int, dates: RushDates) -> list[Identity]:
    districts = list(District.objects.order_by("code"))
    password = make_password("bench-pw-2026")  # one hash for all: hashing 2,000 passwords would take minutes
    users = User.objects.bulk_create([
        User(username=f"secretary{i:05d}", password=password, email=f"secretary{i:05d}@example.in",
             first_name="Secretary", last_name=f"{i:05d}")
        for i in range(n)
    ])
    societies = []
    for i in range(n):
        district = districts[i % len(districts)]
        name = f"Rush {i:05d} Samabay Samity Limited"
        societies.append(Society(
            registration_number=f"{district.code}/REG/2024/{i:05d}", name=name, name_normalised=normalise_name(name),
            name_search=search_key(name), society_type="gpss", district=district,
            address=f"Ward {i % 40}, {district.name}", registered_on=dates.registered_on,
            fy_end_month=dates.fy_end.month, fy_end_day=dates.fy_end.day,
        ))
    societies = Society.objects.bulk_create(societies)

    perm_ct = ContentType.objects.get_for_model(Society)
    permission = Permission.objects.get(content_type=perm_ct, codename="act_as_secretary")
    UserObjectPermission.objects.bulk_create([
        UserObjectPermission(permission=permission, content_type=perm_ct, object_pk=str(s.pk), user=u)
        for u, s in zip(users, societies, strict=True)
    ])

    closed = holidays_around(dates.agm_on)
    meetings, years = [], []
    for society, user in zip(societies, users, strict=True):
        supervision_start(society)  # through the real service: Board, first year, one activity entry
        year = financial_year_open(society, dates.fy_end)
        years.append(year)
        meetings.append(GeneralMeeting(
            society=society, kind=GeneralMeeting.Kind.AGM, financial_year=year, held_on=dates.agm_on,
            members_eligible=MEMBERS_ELIGIBLE, members_present=40, quorum_required=rules.general_meeting_quorum(
                MEMBERS_ELIGIBLE), quorum_met=True, resolutions="Accounts adopted.", recorded_on=dates.agm_on,
            recorded_by=user))
    GeneralMeeting.objects.bulk_create(meetings)
    FinancialYear.objects.filter(ends_on=dates.fy_end).update(
        agm_held_on=dates.agm_on, agm_checked=True, returns_last_day=rules.returns_last_day(dates.agm_on, closed))

    expire = timezone.now() + timedelta(days=14)
    store = SessionStore()
    sessions, identities = [], []
    for user, society, year in zip(users, societies, years, strict=True):
        key = get_random_string(32, "abcdefghijklmnopqrstuvwxyz0123456789")
        sessions.append(Session(session_key=key, expire_date=expire, session_data=store.encode({
            SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[0],
            HASH_SESSION_KEY: user.get_session_auth_hash()})))
        identities.append(Identity(user_id=user.pk, society_id=society.pk, session_key=key, year_id=year.pk))
    Session.objects.bulk_create(sessions)
    return identities
