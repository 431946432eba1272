from django.apps import AppConfig


class AuditConfig(AppConfig):
    """Statutory audit of societies' accounts (ss.81-86; issue 18)."""

    name = "audit"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from registrar.dashboard import office_nav_item

        # activity codes; the audit as a party case and the allotment order kind; clocks and the opening chore;
        # the dashboard report; the last audited year on the public register (openregister)
        from . import actions, clocks, kinds, public_register, reports  # noqa: F401

        office_nav_item(_("Audits"), "audit_office_list", order=30, group="audit")
        office_nav_item(_("Audit panel"), "audit_panel", order=31, group="audit")

        # the audit work (issue 18 points 3-5): its activity codes, order kinds and clocks; the ten years'
        # retention guard (s.80(4)); the printed order confirming the s.85(2) flag
        from societies.governance.models import ComplianceFlag
        from societies.governance.services.flags import register_order_pdf

        from . import retention, work_actions, work_clocks, work_orders  # noqa: F401
        from .documents import flag_order_pdf

        retention.connect()
        register_order_pdf(ComplianceFlag.Kind.AUDIT_FOLLOWUP_NOT_FILED, flag_order_pdf)
        office_nav_item(_("Audit objections past the date"), "audit_objections_overdue", order=32, group="audit")
