"""Rows for every registered sweeper's table, built in SQL: one INSERT ... SELECT FROM generate_series per table.

Used by bench/run_sweeps_bench.py (10,000 and 100,000 societies) and by tests/sweeps/test_explain_postgres.py
(a few thousand rows, so the planner's choice is a real one, without `enable_seqscan = off`).

`build(n=..., due=..., today=...)` fills what exists: registration applications and societies always, the
supervision tables of societies.governance, outside parties and membership (admission, termination) when their models
are installed. For every sweeper exactly `due`
rows are due on `today` whatever `n` is, each sweeper's on its own `due` societies (BLOCKS), with the facts its
effect needs (a Board in office for the AGM dissolution, a President for the s.43 cessations); the rest are
not due. A sweeper on a new table needs a fill here (the EXPLAIN test fails until it has one), a new sweeper
a block in BLOCKS (bench/run_sweeps_bench.py fails while it does 0 rows).

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
    from societies.models import RegistrationApplication
    from societies.registration import rules

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


def _fill_societies(n: int, due: int, today: date, district_id: int) -> int:
    """n registered societies (the deemed sweep adds its own): registered before their Board took office (the
    promoter block on the day its promoter Board did), run by the Board or officer that BLOCKS gives them."""
    from societies.models import Society

    dates = _dates(today)
    values = {
        "registration_number": "'SNT/BENCH/' || lpad(g::text, 7, '0')",
        "name": "'Bench Society ' || g || ' Co-operative Society Limited'",
        "name_normalised": "'bench society ' || g || ' co operative society limited'",
        "name_search": "'bench society ' || g", "society_type": "'gpss'", "district_id": "%(district)s",
        "address": "'Tezpur'", "public_token": "md5('bench' || g)",
        "registered_on": _by_block("%(registered)s::date", promoter_board=_p("promoter_from")),
        "governance_status": _by_block("'elected_board'", promoter_board="'promoter_board'",
                                       officer_in_charge="'officer_in_charge'"),
    }
    return insert_series(Society, n, values, {"district": district_id, "due": due, **dates,
                                              "registered": dates["term_elected"] - timedelta(days=400)})


def build(*, n: int, due: int, today: date) -> dict[str, int]:
    """Fill every table a registered sweeper reads; returns {table: rows inserted}. ANALYZEs what it filled."""
    from registrar.models import District
    from societies.models import RegistrationApplication, Society

    if n < len(BLOCKS) * due:
        raise ValueError(f"sweep_data.build: n={n} societies cannot hold {len(BLOCKS)} blocks of {due} due rows")
    district = District.objects.get(code="SNT")
    applicant, _arcs = _people(district)
    counts = {
        Society._meta.db_table: _fill_societies(n, due, today, district.pk),
        RegistrationApplication._meta.db_table: _fill_applications(n, due, today, district.pk, applicant.pk),
    }
    counts.update(_fill_supervision(n, due, today))
    counts.update(_fill_parties(n, due, today, district.pk, applicant.pk))
    counts.update(_fill_membership(n, due, today, _people_ids()))
    with connection.cursor() as cursor:
        for table in counts:
            cursor.execute(f"ANALYZE {table}")
    return counts


# Which bench societies carry which due rows. Row g of every supervision table belongs to bench society g, and the
# societies come in blocks of `due`: block b is g = b*due+1 .. (b+1)*due, whatever n is. Each block holds the due
# rows of one sweeper (or reminder), so that one effect (a Board ended for a lapsed requisition) never pre-empts
# another's on the same society; every other row of the block's societies is in the ordinary, not-due state.
# The ordinary society: an elected Board (took office 400 days ago, five directors with a President and a
# Vice-President, last met 20 days ago), an open current financial year, one general meeting with approved
# proceedings long ago, a requisition held long ago, and an officer in charge who handed over to that Board.
BLOCKS = (
    "board_meeting_gap",      # boards_cease_presidents_for_gap: 120 days since the last Board meeting, 5 days ago
    "board_term",             # boards_end_expired_terms: the elected Board's 5 years ended 5 days ago
    "promoter_board",         # promoter_boards_lapse: registered a year ago, the promoter Board's year is over
    "agm_overdue",            # boards_dissolve_for_missed_agm: no AGM within 6 months of the year end, Board in
                              # office since before the dissolution date (and financial_years_open_next,
                              # presidents_cease_for_too_few_meetings on the ended year)
    "returns_reminder",       # returns_remind: AGM held 23 days ago, the 30-day return's 7-day reminder today
    "agm_reminder",           # agm_remind: AGM not held, its last day in 7 days
    "special_gm",             # requisitions_lapse: a special general meeting requisitioned 50 days ago, not held
    "special_board_meeting",  # special_board_meetings_lapse: a special Board meeting requisitioned 20 days ago
    "proceedings_overdue",    # proceedings_deem_approved: proceedings received 20 days ago, not decided
    "proceedings_reminder",   # proceedings_remind: proceedings received 8 days ago (7 days left)
    "officer_in_charge",      # appointments_flag_overrun: Board dissolved, officer appointed 95 days ago
)
BLOCK = {name: number for number, name in enumerate(BLOCKS)}
DIRECTORS_PER_BOARD = 5  # a President, a Vice-President and three directors


def _by_block(rest: str, **cases: str) -> str:
    """SQL over g: the value for the rows of each named block, `rest` for every other row."""
    whens = " ".join(f"WHEN {BLOCK[name]} THEN {sql}" for name, sql in cases.items())
    return f"CASE (g - 1) / %(due)s::int {whens} ELSE {rest} END"


def _in_blocks(*names: str) -> str:
    return f"(g - 1) / %(due)s::int IN ({', '.join(str(BLOCK[name]) for name in names)})"


def _trigger_for(rule, target: date, approx_days: int) -> date:
    """The trigger day whose statutory last day (`rule(trigger)`) is `target`: dates come from the statute
    engine, never from day arithmetic here. Months clamp at their ends, so some last days no trigger reaches:
    then the latest trigger whose last day is before `target`."""
    best = None
    for delta in range(-8, 9):
        trigger = target - timedelta(days=approx_days + delta)
        last = rule(trigger)
        if last == target:
            return trigger
        if last < target and (best is None or trigger > best):
            best = trigger
    if best is None:
        raise ValueError(f"no trigger near {approx_days} days before {target} for {rule.__name__}")
    return best


def _dates(today: date) -> dict[str, date]:
    """Every date the supervision rows use, as SQL parameters: last days from the statute engine
    (societies.governance.rules), triggers chosen so that a due row is 5 days overdue and a reminder row has
    7 days left today."""
    from societies.governance import rules

    overdue, remind = today - timedelta(days=5), today + timedelta(days=7)
    d = {}
    # Boards. Ordinary: elected 400 days ago, last Board meeting 20 days ago.
    d["elected"] = today - timedelta(days=400)
    d["elected_term"] = rules.board_term_last_day(d["elected"])
    d["next_meeting"] = rules.next_board_meeting_last_day(today - timedelta(days=20))
    d["gap_meeting"] = rules.next_board_meeting_last_day(
        _trigger_for(rules.next_board_meeting_last_day, overdue, 120))
    d["term_elected"] = _trigger_for(rules.board_term_last_day, overdue, 5 * 365)
    d["term_last"] = rules.board_term_last_day(d["term_elected"])
    d["promoter_from"] = _trigger_for(rules.promoter_board_last_day, overdue, 365)
    d["promoter_last"] = rules.promoter_board_last_day(d["promoter_from"])
    # The officer in charge: the Board dissolved on the day the officer was appointed, 90 days ran out.
    d["appointed"] = _trigger_for(rules.officer_board_last_day, overdue, 90)
    d["appointed_last"] = rules.officer_board_last_day(d["appointed"])
    d["appointed_bar"] = rules.director_bar_until(d["appointed"])
    d["old_appointed"] = d["elected"] - timedelta(days=100)  # the ordinary society's, ended when it was elected
    d["old_appointed_last"] = rules.officer_board_last_day(d["old_appointed"])
    # Financial years. AGM overdue; AGM held, return due in 7 days; AGM due in 7 days; ordinary: current year.
    for key, last in (("fy_overdue", overdue), ("fy_remind", remind)):
        d[f"{key}_end"] = _trigger_for(rules.agm_last_day, last, 183)
    d["fy_current_end"] = today + timedelta(days=265)
    for key in ("fy_overdue", "fy_remind", "fy_current"):
        end = d[f"{key}_end"]
        d[f"{key}_start"] = rules.financial_year_start(end)
        d[f"{key}_agm"] = rules.agm_last_day(end)
        d[f"{key}_returns"] = rules.returns_last_day_without_agm(end)
    d["agm_held"] = _trigger_for(rules.returns_last_day, remind, 30)
    d["agm_held_returns"] = rules.returns_last_day(d["agm_held"])
    # Requisitions: a special GM (45 days) and a special Board meeting (15 days) not held; ordinary: held.
    d["gm_received"] = _trigger_for(rules.special_gm_last_day, overdue, 45)
    d["gm_hold_by"] = rules.special_gm_last_day(d["gm_received"])
    d["bm_received"] = _trigger_for(rules.special_board_meeting_last_day, overdue, 15)
    d["bm_hold_by"] = rules.special_board_meeting_last_day(d["bm_received"])
    d["old_received"] = today - timedelta(days=345)
    d["old_hold_by"] = rules.special_gm_last_day(d["old_received"])
    d["old_held"] = d["old_received"] + timedelta(days=30)
    # General meetings and proceedings (filed 5 days after the meeting): overdue, reminder, ordinary approved.
    for key, received in (("p_overdue", _trigger_for(rules.proceedings_approval_last_day, overdue, 15)),
                          ("p_remind", _trigger_for(rules.proceedings_approval_last_day, remind, 15)),
                          ("p_old", today - timedelta(days=315))):
        d[f"{key}_received"] = received
        d[f"{key}_met"] = received - timedelta(days=5)
        d[f"{key}_filing"] = rules.proceedings_filing_last_day(d[f"{key}_met"])
        d[f"{key}_approval"] = rules.proceedings_approval_last_day(received)
    d["p_old_decided"] = d["p_old_received"] + timedelta(days=10)
    return d


def _p(name: str) -> str:
    return f"%({name})s::date"


def _fill_supervision(n: int, due: int, today: date) -> dict[str, int]:
    """The supervision tables of societies.governance, as far as they exist: per bench society one Board (with
    its directors), one financial year, one requisition, one general meeting with its proceedings and one officer
    appointment; the due rows by BLOCKS."""
    from django.apps import apps

    if not apps.is_installed("societies.governance"):
        return {}
    from django.db.utils import ProgrammingError

    from societies.models import Society

    arcs = _people_ids()
    counts: dict[str, int] = {}
    with connection.cursor() as cursor:
        base = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    params = {"due": due, "today": today, "society0": base, "arcs": arcs, "per_board": DIRECTORS_PER_BOARD,
              **_dates(today)}
    society = "%(society0)s + g"
    ended = _in_blocks("officer_in_charge")
    fills = [
        ("Board", {
            "society_id": society, "sanctioned_strength": "%(per_board)s",
            "kind": _by_block("'elected'", promoter_board="'promoter'"),
            "took_office_on": _by_block(_p("elected"), board_term=_p("term_elected"),
                                        promoter_board=_p("promoter_from")),
            "election_result_on": _by_block(_p("elected"), board_term=_p("term_elected"), promoter_board="NULL"),
            "term_ends_on": _by_block(_p("elected_term"), board_term=_p("term_last"),
                                      promoter_board=_p("promoter_last")),
            "next_meeting_due_on": _by_block(_p("next_meeting"), board_meeting_gap=_p("gap_meeting"),
                                             officer_in_charge="NULL"),
            "ended_on": f"CASE WHEN {ended} THEN {_p('appointed')} ELSE NULL END",
            "end_reason": f"CASE WHEN {ended} THEN 'dissolved_no_agm' ELSE '' END",
        }),
        ("Director", {
            # DIRECTORS_PER_BOARD rows a Board: g = (board - 1) * per_board + slot + 1.
            "board_id": "%(board0)s + (g - 1) / %(per_board)s::int + 1",
            "name": "'Bench Director ' || g", "gender": "CASE WHEN g %% 2 = 0 THEN 'woman' ELSE 'man' END",
            "office": "CASE (g - 1) %% %(per_board)s::int WHEN 0 THEN 'president' WHEN 1 THEN 'vice_president' "
                      "ELSE 'director' END",
            "joined_on": "(SELECT took_office_on FROM governance_board b WHERE b.id = %(board0)s + (g - 1) / "
                         "%(per_board)s::int + 1)",
            "ceased_on": f"CASE WHEN {_board_of_director_in('officer_in_charge')} THEN {_p('appointed')} END",
            "cessation": f"CASE WHEN {_board_of_director_in('officer_in_charge')} THEN 'no_agm' ELSE '' END",
            "director_bar_until": f"CASE WHEN {_board_of_director_in('officer_in_charge')} "
                                  f"THEN {_p('appointed_bar')} END",
        }),
        ("FinancialYear", {
            "society_id": society,
            **{column: _by_block(_p(f"fy_current_{key}"), agm_overdue=_p(f"fy_overdue_{key}"),
                                 returns_reminder=_p(f"fy_remind_{key}"), agm_reminder=_p(f"fy_remind_{key}"))
               for column, key in (("starts_on", "start"), ("ends_on", "end"), ("agm_last_day", "agm"))},
            "returns_last_day": _by_block(_p("fy_current_returns"), agm_overdue=_p("fy_overdue_returns"),
                                          returns_reminder=_p("agm_held_returns"),
                                          agm_reminder=_p("fy_remind_returns")),
            "agm_held_on": _by_block("NULL", returns_reminder=_p("agm_held")),
        }),
        ("Requisition", {
            "society_id": society, "agenda": "'Bench requisition ' || g", "recorded_by_id": "%(arcs)s",
            "kind": _by_block("'general_meeting'", special_board_meeting="'board_meeting'"),
            "requisitioned_by": _by_block("'members'", special_board_meeting="'directors'"),
            "received_on": _by_block(_p("old_received"), special_gm=_p("gm_received"),
                                     special_board_meeting=_p("bm_received")),
            "hold_by": _by_block(_p("old_hold_by"), special_gm=_p("gm_hold_by"),
                                 special_board_meeting=_p("bm_hold_by")),
            "state": _by_block("'held'", special_gm="'open'", special_board_meeting="'open'"),
            "held_on": _by_block(_p("old_held"), special_gm="NULL", special_board_meeting="NULL"),
        }),
        ("GeneralMeeting", {
            # Held long before the overdue financial year ended on every society but the proceedings blocks', so
            # no meeting counts as that year's AGM (societies.governance.sweepers.board_endings._agm_held_in_time).
            "society_id": society, "kind": "'agm'", "members_eligible": "100", "members_present": "60",
            "quorum_required": "34", "quorum_met": "true", "recorded_by_id": "%(arcs)s",
            "held_on": _by_block(_p("p_old_met"), proceedings_overdue=_p("p_overdue_met"),
                                 proceedings_reminder=_p("p_remind_met")),
            "recorded_on": _by_block(_p("p_old_met"), proceedings_overdue=_p("p_overdue_met"),
                                     proceedings_reminder=_p("p_remind_met")),
        }),
        ("Proceedings", {
            "meeting_id": "%(meeting0)s + g", "society_id": society, "document": "'proceedings/bench.pdf'",
            "original_name": "'bench.pdf'", "summary": "'Bench proceedings ' || g", "filed_by_id": "%(arcs)s",
            **{column: _by_block(_p(f"p_old_{key}"), proceedings_overdue=_p(f"p_overdue_{key}"),
                                 proceedings_reminder=_p(f"p_remind_{key}"))
               for column, key in (("received_on", "received"), ("filing_last_day", "filing"),
                                   ("approval_last_day", "approval"))},
            "state": _by_block("'approved'", proceedings_overdue="'filed'", proceedings_reminder="'filed'"),
            "decided_on": _by_block(_p("p_old_decided"), proceedings_overdue="NULL", proceedings_reminder="NULL"),
        }),
        ("OfficerAppointment", {
            "society_id": society, "officer_id": "%(arcs)s", "appointed_by_id": "%(arcs)s",
            "order_number": "'BENCH/OA/' || g",
            "appointed_on": f"CASE WHEN {ended} THEN {_p('appointed')} ELSE {_p('old_appointed')} END",
            "board_due_on": f"CASE WHEN {ended} THEN {_p('appointed_last')} ELSE {_p('old_appointed_last')} END",
            "ended_on": f"CASE WHEN {ended} THEN NULL ELSE {_p('elected')} END",
        }),
    ]
    _grant_secretary(base + 1, base + len(BLOCKS) * due)
    for model_name, values in fills:
        try:
            model = apps.get_model("governance", model_name)
        except LookupError:
            continue  # not written yet: fill what exists
        rows = n
        if model_name == "Director":
            rows = n * DIRECTORS_PER_BOARD
            with connection.cursor() as cursor:
                params["board0"] = _first_id(cursor, apps.get_model("governance", "Board")._meta.db_table)
        if model_name == "Proceedings":
            with connection.cursor() as cursor:
                params["meeting0"] = _first_id(cursor, apps.get_model("governance", "GeneralMeeting")._meta.db_table)
        try:
            with transaction.atomic():
                counts[model._meta.db_table] = insert_series(model, rows, values, params)
        except (ValueError, ProgrammingError) as exc:  # a column renamed or added meanwhile: report, go on
            print(f"sweep_data: {model._meta.db_table} not filled: {exc}")
    return counts


def _board_of_director_in(name: str) -> str:
    """SQL over a Director's g: its Board (and so its society) is in block `name`."""
    return f"((g - 1) / %(per_board)s::int) / %(due)s::int = {BLOCK[name]}"


def _first_id(cursor, table: str, where: str = "TRUE") -> int:
    cursor.execute(f"SELECT min(id) - 1 FROM {table} WHERE {where}")
    return cursor.fetchone()[0]


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


def _fill_parties(n: int, due: int, today: date, district_id: int, party_id: int) -> dict[str, int]:
    """Outside parties (parties/chores.py), as the tables stand after years of work: most cases closed long ago
    and their grants ended, a tenth open. n engagements on the bench societies: `due` closed yesterday, then the
    open ones, the rest closed long ago. n grants (each from its own accepted invitation), grant g on engagement
    g: active on the `due` just closed (party_grants_end_for_closed_cases) and on the open ones, ended on the
    rest. n invitations beside them, invitation g on engagement g: pending and past their last day on the `due`
    (party_invitations_lapse), pending and waiting on the open ones, lapsed long ago on the rest."""
    from django.apps import apps

    if not apps.is_installed("parties"):
        return {}
    from django.contrib.contenttypes.models import ContentType

    from parties.models import Engagement, PartyGrant, PartyInvitation
    from societies.models import Society

    arcs = _people_ids()
    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    params = {"due": due, "today": today, "society0": society0, "arcs": arcs, "party": party_id,
              "district": district_id, "ct": ContentType.objects.get_for_model(Engagement).pk, "rows": n,
              "closed": today - timedelta(days=1), "opened": today - timedelta(days=30),
              "lapsed": today - timedelta(days=1), "waiting": today + timedelta(days=10),
              "open_end": max(2 * due, n // 10), "opened_old": today - timedelta(days=400),
              "closed_old": today - timedelta(days=340)}
    old = "g > %(open_end)s"  # the long-closed cases: grants ended, invitations lapsed
    counts = {Engagement._meta.db_table: insert_series(Engagement, n, {
        "role": "'auditor_firm'", "society_id": "%(society0)s + g", "scope": "'accounts ' || g",
        "opened_on": f"CASE WHEN {old} THEN %(opened_old)s::date ELSE %(opened)s::date END",
        "opened_by_id": "%(arcs)s",
        "closed_on": f"CASE WHEN g <= %(due)s THEN %(closed)s::date WHEN {old} THEN %(closed_old)s::date END"},
        params)}
    with connection.cursor() as cursor:
        params["engagement0"] = _first_id(cursor, Engagement._meta.db_table, "scope LIKE 'accounts %'")
    case = {"content_type_id": "%(ct)s", "object_id": "%(engagement0)s + ((g - 1) %% %(rows)s) + 1",
            "role": "'auditor_firm'", "district_id": "%(district)s",
            "society_id": "%(society0)s + ((g - 1) %% %(rows)s) + 1"}
    # insert_series sets %(n)s to its own row count: the bench size is %(rows)s. g <= rows: pending invitations;
    # g > rows: the accepted invitations the grants come from.
    counts[PartyInvitation._meta.db_table] = insert_series(PartyInvitation, 2 * n, {
        **case, "email": "'party' || g || '@bench.example.in'", "name": "'Bench Party ' || g",
        "token": "md5('bench-invitation' || g)", "invited_by_id": "%(arcs)s", "sent_at": "now()",
        "expires_on": "CASE WHEN g <= %(due)s THEN %(lapsed)s::date ELSE %(waiting)s::date END",
        "accepted_by_id": "CASE WHEN g > %(rows)s THEN %(party)s ELSE NULL END",
        "accepted_at": "CASE WHEN g > %(rows)s THEN now() ELSE NULL END",
        "lapsed_on": f"CASE WHEN g <= %(rows)s AND {old} THEN %(closed_old)s::date END"}, params)
    with connection.cursor() as cursor:
        params["invitation0"] = _first_id(cursor, PartyInvitation._meta.db_table,
                                          "email LIKE 'party%@bench.example.in'")
    counts[PartyGrant._meta.db_table] = insert_series(PartyGrant, n, {
        **case, "user_id": "%(party)s", "invitation_id": "%(invitation0)s + %(rows)s + g", "granted_at": "now()",
        "active": f"NOT ({old})", "ended_at": f"CASE WHEN {old} THEN now() END",
        "ended_reason": f"CASE WHEN {old} THEN 'case_closed' ELSE '' END"}, params)
    return counts


def _fill_membership(n: int, due: int, today: date, arcs: int) -> dict[str, int]:
    """Admission and termination (membership/clocks.py), one row of each per bench society g:

    - n applications for membership (one Person each, open: "applied"): `due` past day 90 with no refusal
      (applications_deem_admitted), `due` whose 60-day last day is in 7 days (membership_decision_reminders),
      the rest received 10 days ago (last day 50 days ahead, after every reminder window);
    - n members (one Person each, with their register versions) and n Board terminations: `due` whose s.24(2)
      hold ended yesterday (terminated_names_delete), `due` held to a day ahead, the rest deleted long ago (the
      member ceased the day after the hold: two versions)."""
    from django.apps import apps

    if not apps.is_installed("membership"):
        return {}
    from membership import rules
    from membership.models import Member, MembershipApplication, MemberVersion, Person, Termination
    from societies.models import Society

    def hold(decided: date) -> date:  # the member receives the resolution the day after it
        return rules.deletion_hold_last_day(decided, appeal_rule="termination_appeal_30d",
                                            received_on=decided + timedelta(days=1))

    overdue_received = _trigger_for(rules.deemed_admission_last_day, today - timedelta(days=3), 90)
    remind_received = _trigger_for(rules.decision_last_day, today + timedelta(days=7), 60)
    open_received = today - timedelta(days=10)
    t_due = _trigger_for(hold, today - timedelta(days=1), 30)
    t_wait, t_old = today - timedelta(days=3), today - timedelta(days=400)
    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    params = {"due": due, "rows": n, "society0": society0, "arcs": arcs, "admitted": today - timedelta(days=2000),
              "r1": overdue_received, "c1": rules.decision_last_day(overdue_received),
              "d1": rules.deemed_admission_last_day(overdue_received),
              "r2": remind_received, "c2": rules.decision_last_day(remind_received),
              "d2": rules.deemed_admission_last_day(remind_received),
              "r3": open_received, "c3": rules.decision_last_day(open_received),
              "d3": rules.deemed_admission_last_day(open_received),
              "t1": t_due, "h1": hold(t_due), "b1": rules.readmission_bar_longest(t_due),
              "t2": t_wait, "h2": hold(t_wait), "b2": rules.readmission_bar_longest(t_wait),
              "t3": t_old, "h3": hold(t_old), "b3": rules.readmission_bar_longest(t_old),
              "gone": hold(t_old) + timedelta(days=1)}
    assert params["c2"] == today + timedelta(days=7) and params["d1"] < today <= params["d2"], params
    assert params["h1"] == today - timedelta(days=1) and params["h2"] >= today, params
    which = "CASE WHEN g <= %(due)s THEN {a} WHEN g <= 2 * %(due)s THEN {b} ELSE {c} END"

    def by_row(key: str) -> str:
        return which.format(a=_p(f"{key}1"), b=_p(f"{key}2"), c=_p(f"{key}3"))

    # Persons g <= n apply; persons n < g <= 2n are the members.
    counts = {Person._meta.db_table: insert_series(Person, 2 * n, {
        "name": "'Bench Person ' || g", "name_key": "'bench person ' || g", "parent_name": "'Bench Parent ' || g",
        "gender": "CASE WHEN g %% 2 = 0 THEN 'woman' ELSE 'man' END", "address": "'Tezpur'"}, params)}
    with connection.cursor() as cursor:
        params["person0"] = _first_id(cursor, Person._meta.db_table, "name LIKE 'Bench Person %'")
    counts[MembershipApplication._meta.db_table] = insert_series(MembershipApplication, n, {
        "society_id": "%(society0)s + g", "person_id": "%(person0)s + g", "channel": "'paper'",
        "entered_by_id": "%(arcs)s", "state": "'applied'", "applied_on": by_row("r"), "received_on": by_row("r"),
        "decision_due_on": by_row("c"), "deemed_last_day": by_row("d")}, params)
    gone = "g > 2 * %(due)s"
    counts[Member._meta.db_table] = insert_series(Member, n, {
        "society_id": "%(society0)s + g", "number": "1", "person_id": "%(person0)s + %(rows)s + g",
        "admitted_on": "%(admitted)s::date", "admission_basis": "'existing_register'",
        "ceased_on": f"CASE WHEN {gone} THEN %(gone)s::date END",
        "cessation_cause": f"CASE WHEN {gone} THEN 'termination' ELSE '' END"}, params)
    with connection.cursor() as cursor:
        params["member0"] = _first_id(cursor, Member._meta.db_table, f"person_id > {params['person0'] + n:d}")
    version = {"member_id": "%(member0)s + g", "society_id": "%(society0)s + g", "number": "1",
               "name": "'Bench Person ' || (%(rows)s + g)", "parent_name": "'Bench Parent ' || (%(rows)s + g)",
               "gender": "CASE WHEN g %% 2 = 0 THEN 'woman' ELSE 'man' END", "address": "'Tezpur'"}
    # Every member's version from admission (closed on the deletion day for the deleted), then the deleted
    # members' version from that day.
    counts[MemberVersion._meta.db_table] = insert_series(MemberVersion, n, {
        **version, "valid_from": "%(admitted)s::date", "valid_to": f"CASE WHEN {gone} THEN %(gone)s::date END"},
        params) + insert_series(MemberVersion, n - 2 * due, {
            **version, "member_id": "%(member0)s + 2 * %(due)s + g", "society_id": "%(society0)s + 2 * %(due)s + g",
            "valid_from": "%(gone)s::date", "ceased_on": "%(gone)s::date", "cessation_cause": "'termination'"},
            params)
    counts[Termination._meta.db_table] = insert_series(Termination, n, {
        "society_id": "%(society0)s + g", "member_id": "%(member0)s + g", "ground": "'f'",
        "ground_detail": "'Missed three consecutive AGMs'", "decided_on": by_row("t"), "heard_on": by_row("t"),
        "present_and_voting": "8", "votes_for": "7", "bar_until": by_row("b"),
        "communicated_on": by_row("t"), "received_on": f"{by_row('t')} + 1", "recorded_by_id": "%(arcs)s",
        "state": f"CASE WHEN {gone} THEN 'deleted' ELSE 'resolved' END", "hold_last_day": by_row("h"),
        "deleted_on": f"CASE WHEN {gone} THEN %(gone)s::date END"}, params)
    return counts
