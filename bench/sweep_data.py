"""Rows for every registered sweeper's table, built in SQL: one INSERT ... SELECT FROM generate_series per table.

Used by bench/run_sweeps_bench.py (10,000 and 100,000 societies) and by tests/sweeps/test_explain_postgres.py
(a few thousand rows, so the planner's choice is a real one, without `enable_seqscan = off`).

`build(n=..., due=..., today=...)` fills what exists: registration applications and societies always, the
supervision tables of societies.governance when their models are installed. For every sweeper exactly `due`
rows are due on `today` whatever `n` is; the rest are due far enough ahead that no sweeper (nor a reminder)
touches them. A sweeper on a new table needs a `_fill_<table>` here: the EXPLAIN test fails until it has one.

Needs Django set up (bench/_common.py or pytest-django) and PostgreSQL.
"""

from datetime import date, timedelta

from django.db import connection, models, transaction

# Column values the generator may not guess: callables, or NOT NULL columns with no default.
_AUTO = object()


def _column_sql(field, values: dict[str, str], params: dict) -> str | None:
    """The SQL expression for one column: the caller's, else a constant default, '' for blank text, now() for
    auto timestamps, NULL when nullable. None (error) for a NOT NULL column none of these covers."""
    column = field.column
    if column in values:
        return values[column]
    if isinstance(field, models.AutoField):
        return _AUTO  # the sequence fills it
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return "now()"
    if getattr(field, "db_default", models.NOT_PROVIDED) is not models.NOT_PROVIDED:
        return _AUTO
    if field.has_default() and not callable(field.default):
        key = f"default_{column}"
        params[key] = field.get_db_prep_save(field.default, connection)
        return f"%({key})s"
    if field.null:
        return "NULL"
    if isinstance(field, (models.CharField, models.TextField)) and field.blank:
        return "''"
    if isinstance(field, models.JSONField) and field.has_default():
        return "'{}'::jsonb" if field.default is dict else "'[]'::jsonb"
    return None


def insert_series(model, n: int, values: dict[str, str], params: dict | None = None) -> int:
    """INSERT `n` rows of `model` (g = 1..n); `values` maps column -> SQL expression over g.

    Other columns get their constant default, '' (blank text), now() (auto timestamps) or NULL. A NOT NULL
    column with none of these raises, naming it, so a new column shows up here rather than as bad data.
    """
    params = dict(params or {})
    columns, exprs, missing = [], [], []
    for field in model._meta.concrete_fields:
        expr = _column_sql(field, values, params)
        if expr is _AUTO:
            continue
        if expr is None:
            missing.append(field.column)
            continue
        columns.append(field.column)
        exprs.append(expr)
    if missing:
        raise ValueError(f"{model._meta.db_table}: give a value for NOT NULL column(s) {', '.join(missing)}")
    params["n"] = n
    sql = (f"INSERT INTO {model._meta.db_table} ({', '.join(columns)}) "
           f"SELECT {', '.join(exprs)} FROM generate_series(1, %(n)s) AS g")
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _people(district):
    """One applicant and the district's ARCS (with a phone: reminders go by SMS too). A few ORM rows."""
    from registrar.models import Office, Officer, Rank, User

    applicant, _ = User.objects.get_or_create(username="bench.applicant",
                                              defaults={"email": "bench.applicant@example.in"})
    arcs_user, created = User.objects.get_or_create(
        username="bench.arcs", defaults={"email": "bench.arcs@example.in", "phone": "9800000001"})
    if created:
        officer = Officer.objects.create(user=arcs_user, rank=Rank.ARCS, office=Office.objects.get(district=district))
        officer.districts.set([district])
    return applicant, arcs_user


def _fill_applications(n: int, due: int, today: date, district_id: int, applicant_id: int) -> int:
    """n open applications: `due` past their last day (deemed registration), `due` whose 7-day reminder falls
    on `today` (decision reminders), the rest due 50 days ahead (after every reminder window)."""
    from societies import rules
    from societies.models import RegistrationApplication

    overdue_received = today - timedelta(days=90)
    remind_received = today - timedelta(days=53)  # last day = today + 7: the 7-day reminder is due today
    open_received = today - timedelta(days=10)
    params = {
        "district": district_id, "applicant": applicant_id, "due": due,
        "r1": overdue_received, "d1": rules.registration_last_day(overdue_received),
        "r2": remind_received, "d2": rules.registration_last_day(remind_received),
        "r3": open_received, "d3": rules.registration_last_day(open_received),
    }
    assert params["d2"] == today + timedelta(days=7), params["d2"]
    which = "CASE WHEN g <= %(due)s THEN {a} WHEN g <= 2 * %(due)s THEN {b} ELSE {c} END"
    values = {
        "applicant_id": "%(applicant)s", "district_id": "%(district)s",
        "proposed_name": "'Bench Samabay Samity ' || g || ' Limited'", "society_type": "'gpss'",
        "address": "'Ward ' || (g %% 40) || ', Tezpur'", "area_of_operation": "'Tezpur revenue circle'",
        "authorised_share_capital": "100000.00", "chief_promoter_name": "'Promoter ' || g",
        "state": "'under_scrutiny'", "acknowledgement_number": "'RCS/SNT/BENCH/' || lpad(g::text, 7, '0')",
        "received_on": which.format(a="%(r1)s::date", b="%(r2)s::date", c="%(r3)s::date"),
        "decision_due_on": which.format(a="%(d1)s::date", b="%(d2)s::date", c="%(d3)s::date"),
    }
    return insert_series(RegistrationApplication, n, values, params)


def _fill_societies(n: int, today: date, district_id: int) -> int:
    """n registered societies (the deemed sweep adds its own), registered two years before `today`."""
    from societies.models import Society

    values = {
        "registration_number": "'SNT/BENCH/' || lpad(g::text, 7, '0')",
        "name": "'Bench Society ' || g || ' Co-operative Society Limited'",
        "name_normalised": "'bench society ' || g || ' co operative society limited'",
        "name_search": "'bench society ' || g", "society_type": "'gpss'", "district_id": "%(district)s",
        "address": "'Tezpur'", "registered_on": "%(registered)s::date", "public_token": "md5('bench' || g)",
    }
    return insert_series(Society, n, values, {"district": district_id, "registered": today - timedelta(days=730)})


def build(*, n: int, due: int, today: date) -> dict[str, int]:
    """Fill every table a registered sweeper reads; returns {table: rows inserted}. ANALYZEs what it filled."""
    from registrar.models import District
    from societies.models import RegistrationApplication, Society

    district = District.objects.get(code="SNT")
    applicant, _arcs = _people(district)
    counts = {
        Society._meta.db_table: _fill_societies(n, today, district.pk),
        RegistrationApplication._meta.db_table: _fill_applications(n, due, today, district.pk, applicant.pk),
    }
    counts.update(_fill_supervision(n, due, today))
    with connection.cursor() as cursor:
        for table in counts:
            cursor.execute(f"ANALYZE {table}")
    return counts


# Three groups of rows by g, the same at every size: g <= due is overdue (5 days past its date), due < g <= 2*due
# reaches its 7-day reminder today, the rest is due far ahead (or closed, outside the partial due-date index).
_GROUP = "CASE WHEN g <= %(due)s THEN {a} WHEN g <= 2 * %(due)s THEN {b} ELSE {c} END"


def _days(offset: int) -> str:
    return f"(%(today)s::date + {offset})"


def _by_group(overdue: int, reminder: int, rest: int) -> str:
    return _GROUP.format(a=_days(overdue), b=_days(reminder), c=_days(rest))


def _by_year_group(overdue: int, returns_reminder: int, agm_reminder: int, rest: int) -> str:
    return (f"CASE WHEN g <= %(due)s THEN {_days(overdue)} WHEN g <= 2 * %(due)s THEN {_days(returns_reminder)} "
            f"WHEN g <= 3 * %(due)s THEN {_days(agm_reminder)} ELSE {_days(rest)} END")


def _first_id(cursor, table: str, where: str = "TRUE") -> int:
    cursor.execute(f"SELECT min(id) - 1 FROM {table} WHERE {where}")
    return cursor.fetchone()[0]


def _fill_supervision(n: int, due: int, today: date) -> dict[str, int]:
    """The supervision tables of societies.governance, as far as they exist: one current Board, one open
    financial year, one general meeting with its proceedings, one requisition and one officer appointment per
    bench society. Each due-date column has `due` overdue rows and `due` reminder rows; the rest are not due."""
    from django.apps import apps

    if not apps.is_installed("societies.governance"):
        return {}
    from django.db.utils import ProgrammingError

    from societies.models import Society

    arcs = _people_ids()
    counts: dict[str, int] = {}
    with connection.cursor() as cursor:
        base = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    params = {"due": due, "today": today, "society0": base, "arcs": arcs}
    # Each table's due rows sit on their own societies (shifted by 2*due per table), so that one sweeper's effect
    # (a Board ceased for a lapsed requisition) does not pre-empt another's on the same society.
    def society(shift: int) -> str:
        return f"%(society0)s + ((g - 1 + {shift} * 2 * %(due)s) %% %(n)s) + 1"

    fills = [
        ("Board", {
            "society_id": society(0), "kind": "'elected'", "took_office_on": _days(-400),
            "term_ends_on": _by_group(-5, 7, 1500), "next_meeting_due_on": _by_group(-5, 7, 100),
        }),
        ("FinancialYear", {
            # agm_last_day = ends_on + 183 days in every group (s.39: six months after the year end).
            # Groups: overdue; held its AGM 23 days ago, so the 30-day return clock (s.129(1)) ends in 7 days;
            # AGM not held and due in 7 days (the AGM reminder); the rest far ahead.
            "society_id": society(1), "starts_on": _by_year_group(-553, -541, -541, -100),
            "ends_on": _by_year_group(-188, -176, -176, 265), "agm_last_day": _by_year_group(-5, 7, 7, 448),
            "returns_last_day": _by_year_group(-5, 7, 37, 448),
            "agm_held_on": f"CASE WHEN g > %(due)s AND g <= 2 * %(due)s THEN {_days(-23)} ELSE NULL END",
        }),
        ("Requisition", {
            "society_id": society(2), "kind": "'general_meeting'", "requisitioned_by": "'members'",
            "received_on": _by_group(-50, -38, -345), "agenda": "'Bench requisition ' || g",
            "hold_by": _by_group(-5, 7, -300), "recorded_by_id": "%(arcs)s",
            "state": "CASE WHEN g <= 2 * %(due)s THEN 'open' ELSE 'held' END",
            "held_on": f"CASE WHEN g <= 2 * %(due)s THEN NULL ELSE {_days(-310)} END",
        }),
        ("GeneralMeeting", {
            "society_id": society(3), "kind": "'agm'", "held_on": _days(-30), "members_eligible": "100",
            "members_present": "60", "quorum_required": "34", "quorum_met": "true", "recorded_on": _days(-30),
            "recorded_by_id": "%(arcs)s",
        }),
        ("Proceedings", {
            "meeting_id": "%(meeting0)s + g", "society_id": society(3), "document": "'proceedings/bench.pdf'",
            "original_name": "'bench.pdf'", "summary": "'Bench proceedings ' || g",
            "received_on": _by_group(-20, -8, -315), "filing_last_day": _by_group(-15, -3, -310),
            "approval_last_day": _by_group(-5, 7, -300), "filed_by_id": "%(arcs)s",
            "state": "CASE WHEN g <= 2 * %(due)s THEN 'filed' ELSE 'approved' END",
            "decided_on": f"CASE WHEN g <= 2 * %(due)s THEN NULL ELSE {_days(-305)} END",
        }),
        ("OfficerAppointment", {
            "society_id": society(4), "officer_id": "%(arcs)s", "appointed_by_id": "%(arcs)s",
            "appointed_on": _days(-400), "order_number": "'BENCH/OA/' || g",
            "board_due_on": _by_group(-5, 7, -310),
            "ended_on": f"CASE WHEN g <= 2 * %(due)s THEN NULL ELSE {_days(-100)} END",
        }),
    ]
    _grant_secretary(base + 1, base + 10 * due)
    for model_name, values in fills:
        try:
            model = apps.get_model("governance", model_name)
        except LookupError:
            continue  # not written yet: fill what exists
        if model_name == "Proceedings":
            with connection.cursor() as cursor:
                params["meeting0"] = _first_id(cursor, apps.get_model("governance", "GeneralMeeting")._meta.db_table)
        try:
            with transaction.atomic():
                counts[model._meta.db_table] = insert_series(model, n, values, params)
        except (ValueError, ProgrammingError) as exc:  # a column renamed or added meanwhile: report, go on
            print(f"sweep_data: {model._meta.db_table} not filled: {exc}")
    return counts


def _grant_secretary(first_society: int, last_society: int) -> None:
    """A secretary (with a phone) for the societies that have something due: reminders to societies reach them."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from guardian.models import UserObjectPermission

    from registrar.models import User
    from societies.models import Society

    user, _ = User.objects.get_or_create(username="bench.secretary",
                                         defaults={"email": "bench.secretary@example.in", "phone": "9800000002"})
    ctype = ContentType.objects.get_for_model(Society)
    permission = Permission.objects.get(content_type=ctype, codename="act_as_secretary")
    UserObjectPermission.objects.bulk_create(
        [UserObjectPermission(user=user, permission=permission, content_type=ctype, object_pk=str(pk))
         for pk in range(first_society, last_society + 1)], ignore_conflicts=True)


def _people_ids() -> int:
    from registrar.models import User

    return User.objects.get(username="bench.arcs").pk
