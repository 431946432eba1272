"""URLs of supervision: annual returns (s.129). The secretary's pages under /society/<pk>/returns/, the office's
under /office/returns/ (see societies/governance/urls.py)."""

from django.urls import path

from .views import returns, returns_office

urlpatterns = [
    path("society/<int:pk>/returns/", returns.society_returns, name="society_returns"),
    path("society/<int:pk>/returns/<int:fy_pk>/", returns.society_return_edit, name="society_return_edit"),
    path("society/<int:pk>/returns/<int:fy_pk>/correct/", returns.society_return_correct,
         name="society_return_correct"),
    path("society/<int:pk>/returns/<int:fy_pk>/v<int:version>/", returns.society_return_detail,
         name="society_return_detail"),
    path("society/<int:pk>/returns/<int:fy_pk>/v<int:version>/<slug:kind>.pdf", returns.society_return_document,
         name="society_return_document"),
    path("office/returns/", returns_office.office_returns, name="office_returns"),
    path("office/returns/notices/", returns_office.office_returns_notices, name="office_returns_notices"),
    path("office/returns/<int:fy_pk>/", returns_office.office_return_detail, name="office_return_detail"),
]
