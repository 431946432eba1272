"""URLs of supervision. Secretary pages live under /society/<pk>/, office pages under /office/, the public
compliance card under /compliance/<public token>/. One module per area so each can grow on its own."""

from django.urls import include, path

urlpatterns = [
    path("", include("societies.governance.urls_meetings")),
    path("", include("societies.governance.urls_returns")),
    path("", include("societies.governance.urls_flags")),
    path("", include("societies.governance.urls_society")),
]
