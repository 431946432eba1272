"""Permission-triad cases for compliance flags and the s.41(6) appointment (tests/test_permission_triad.py)."""

from datetime import date

from tests.triad import Case


def _flag(p):
    from societies.governance.services.flags import flag_raise
    from tests.gov_sweepers.helpers import make_society

    society = make_society("SNT", name="Triad Flag Fishery Co-operative Society Ltd")
    flag, _ = flag_raise(society, "part_year_meetings", "board_meetings_min_4_per_fy", "fy:2026-03-31",
                         "Triad facts", date(2026, 4, 1))
    return {"pk": flag.pk}, None, society.name


def _flag_list(p):
    _kwargs, _owner, name = _flag(p)
    return {}, None, name


def _society(p):
    from tests.gov_sweepers.helpers import make_society

    society = make_society("SNT", name="Triad Officer Fishery Co-operative Society Ltd")
    return {"pk": society.pk}, None, society.name


CASES = [
    Case("office_flags", "office", build=_flag_list),
    Case("office_flag_detail", "office", build=_flag),
    Case("office_appoint_officer", "office", build=_society),
]
