"""The supervision tables (societies.governance): one block of `due` societies per sweeper."""

from datetime import date, timedelta

from django.db import connection, transaction

from .sql import _first_id, _people_ids, insert_series

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
