from tests.triad import Case

CASES = [
    Case("landing", "public"),
    Case("healthz", "public"),
    Case("activity_head", "public"),
    Case("login", "public"),
    Case("signup", "public"),
    Case("verify_email", "public"),
    Case("password_reset", "public"),
    Case("password_reset_done", "public"),
    Case("password_reset_complete", "public"),
    Case("public_status", "public"),
    Case("password_change", "authenticated"),
    Case("password_change_done", "authenticated"),
    Case("home", "authenticated", ok_status=302),
    Case("office_home", "office"),
    Case("locked_accounts", "office", notes="lists only colleagues the officer may unlock"),
    Case("sweep_problems", "office"),
    Case("secretary_home", "authenticated"),
    Case("citizen_home", "authenticated"),
    Case("inbox", "authenticated"),
    Case("second_factor", "authenticated", ok_status=302, notes="a citizen has no second factor: sent home"),
]
