from django.apps import AppConfig


class RegistrarConfig(AppConfig):
    name = "registrar"
    verbose_name = "Registrar's office"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        # (register the vocabulary, system checks, the second factor's login hook, sweepers)
        from . import actions, checks, second_factor, sweeps  # noqa: F401
        from .dashboard import office_nav_item
        from .reports import deadlines as deadlines_report  # noqa: F401  (registers the deadlines report)
        from .services.office import connect_holiday_hooks

        connect_holiday_hooks()  # every holiday change, by any path, is logged and re-dates (ADR 0016)
        from .fsm_historical import install

        install()  # migrations' historical FSM models leave no class_prepared receivers behind (ADR 0058)
        from .middleware import connect_login_stamp

        connect_login_stamp()  # a fresh login counts as a touch of the idle-session clock

        office_nav_item(_("Deadlines"), "deadlines_board", order=15, group="reports")
        office_nav_item(_("Rectification"), "rectification_list", order=60, group="appeals")
        office_nav_item(_("Sweep problems"), "sweep_problems", order=70, group="office")
        office_nav_item(_("Paused logins"), "locked_accounts", order=90, group="office")
        office_nav_item(_("Second factor"), "second_factor", order=95, group="office")
        office_nav_item(_("Help and contact"), "help", order=98, group="office")
        office_nav_item(_("Reports"), "report_index", order=80, group="reports")
