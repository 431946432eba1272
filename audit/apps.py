from django.apps import AppConfig


class AuditConfig(AppConfig):
    """Statutory audit of societies' accounts (ss.81-86; issue 18)."""

    name = "audit"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from registrar.dashboard import office_nav_item

        # activity codes; the audit as a party case and the allotment order kind; clocks and the opening chore;
        # the dashboard report
        from . import actions, clocks, kinds, reports  # noqa: F401

        office_nav_item(_("Audits"), "audit_office_list", order=30, group="audit")
        office_nav_item(_("Audit panel"), "audit_panel", order=31, group="audit")
