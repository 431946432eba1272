"""Registration applications and the bench societies themselves."""

from datetime import date, timedelta

from .sql import insert_series
from .supervision import _by_block, _dates, _p


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
