"""Inquiry (s.87), inspection (s.88), costs, surcharge and seizure (ss.89, 103, 126) (issue 19)."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiryConfig(AppConfig):
    """Inquiry (s.87), inspection (s.88), costs, surcharge and seizure (ss.89, 103, 126) (issue 19)."""

    name = "audit.inquiry"
    label = "inquiry"
    verbose_name = _("Inquiry and inspection")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registrar.dashboard import office_nav_item

        from . import actions, agenda, clocks, dashboard, orders  # noqa: F401  (activity codes, report sources, clocks,
        # home cards, kinds)

        office_nav_item(_("Inquiries and inspections"), "office_inquiries", order=25, group="audit")
