"""URLs of the cancellation part: office pages under /office/liquidation/, the secretary's page, the public
notices of cancellation (no login) with each notice's PDF and JSON-LD at a stable address."""

from django.urls import path

from .views import notices, office_cancellation, society_cancellation

urlpatterns = [
    path("office/liquidation/", office_cancellation.office_liquidation_list, name="office_liquidation_list"),
    path("office/liquidation/show-cause/", office_cancellation.office_liquidation_show_cause,
         name="office_liquidation_show_cause"),
    path("office/liquidation/<int:pk>/", office_cancellation.office_liquidation_case, name="office_liquidation_case"),
    path("office/liquidation/<int:pk>/documents/<slug:doc>/<slug:lang>.pdf",
         office_cancellation.office_liquidation_document, name="office_liquidation_document"),
    path("society/<int:pk>/winding-up/", society_cancellation.society_winding_up, name="society_winding_up"),
    path("liquidation/notices/", notices.liquidation_notices, name="liquidation_notices"),
    path("liquidation/notices/<int:pk>/", notices.liquidation_notice, name="liquidation_notice"),
    path("liquidation/notices/<int:pk>.jsonld", notices.liquidation_notice_jsonld, name="liquidation_notice_jsonld"),
    path("liquidation/notices/<int:pk>/<slug:lang>.pdf", notices.liquidation_notice_pdf,
         name="liquidation_notice_pdf"),
]
