"""/api/v1/ and the schema and docs (issue 24 point 2)."""

from csp.decorators import csp_update
from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from . import changes, views

DOCS_CSP = {"style-src": ["'unsafe-inline'"], "img-src": ["'self'", "data:"], "worker-src": ["'self'", "blob:"]}

urlpatterns = [
    path("api/v1/societies/", views.SocietyList.as_view(), name="api_society_list"),
    path("api/v1/societies/<path:number>/orders/", views.SocietyOrders.as_view(), name="api_society_orders"),
    path("api/v1/societies/<path:number>/", views.SocietyDetail.as_view(), name="api_society_detail"),
    path("api/v1/districts/", views.DistrictList.as_view(), name="api_district_list"),
    path("api/v1/rules/", views.RuleList.as_view(), name="api_rule_list"),
    path("api/v1/rules/<slug:rule_id>/due/", views.RuleDue.as_view(), name="api_rule_due"),
    path("api/v1/changes/", changes.ChangeFeed.as_view(), name="api_changes"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    # Swagger UI and Redoc set inline styles from their scripts: allowed on these two pages only (ADR 0049).
    path("api/docs/", csp_update(DOCS_CSP)(SpectacularSwaggerSplitView.as_view(url_name="api_schema")),
         name="api_docs"),
    path("api/redoc/", csp_update(DOCS_CSP)(SpectacularRedocView.as_view(url_name="api_schema")), name="api_redoc"),
]
