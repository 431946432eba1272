from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("registrar.urls")),
    path("", include("societies.urls")),
    path("", include("societies.governance.urls")),
    path("", include("orders.urls")),
    path("", include("registrar.reports.urls")),
    path("", include("dues.urls")),
    path("", include("parties.urls")),
    path("", include("membership.urls")),
    path("", include("societies.bylaws.urls")),
    path("", include("audit.urls")),
    path("", include("audit.inquiry.urls")),
    path("", include("recovery.urls")),
    path("", include("appeals.urls")),
    path("", include("societies.restructuring.urls")),
    path("", include("societies.supersession.urls")),
    path("", include("liquidation.urls")),
    path("", include("openregister.urls")),
]

# Branded error pages in both languages; a database outage gets a 503 with Retry-After (issue 11 § 6).
handler403 = "registrar.views.errors.permission_denied"
handler404 = "registrar.views.errors.page_not_found"
handler500 = "registrar.views.errors.server_error"
