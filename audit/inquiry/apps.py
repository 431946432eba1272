from django.apps import AppConfig


class InquiryConfig(AppConfig):
    """Inquiry (s.87), inspection (s.88), costs, surcharge and seizure (ss.89, 103, 126) (issue 19)."""

    name = "audit.inquiry"
    label = "inquiry"

    def ready(self):
        # Registrations (activity codes, clocks, order kinds, nav items) are imported here as the module lands.
        pass
