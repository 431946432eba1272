"""URLs of the liquidator's workspace (/liquidation/<pk>/...), the Registrar's orders on it and the claimant's
private status page. Included from liquidation/urls.py."""

from django.urls import path

from .views import claimant_status, liquidator_office
from .views import liquidator_workspace as w

urlpatterns = [
    path("liquidation/mine/", w.liquidator_cases, name="liquidator_cases"),
    path("liquidation/<int:pk>/", w.liquidator_home, name="liquidator_home"),
    path("liquidation/<int:pk>/claims/", w.liquidator_claims, name="liquidator_claims"),
    path("liquidation/<int:pk>/claims/new/", w.liquidator_claim_new, name="liquidator_claim_new"),
    path("liquidation/<int:pk>/claims/import/", w.liquidator_claims_import, name="liquidator_claims_import"),
    path("liquidation/<int:pk>/claims/notice.pdf", w.liquidator_claims_notice, name="liquidator_claims_notice"),
    path("liquidation/<int:pk>/claims/<int:cpk>/", w.liquidator_claim, name="liquidator_claim"),
    path("liquidation/<int:pk>/contributories/", w.liquidator_contributories, name="liquidator_contributories"),
    path("liquidation/<int:pk>/contributories/<int:cpk>/", w.liquidator_contributory, name="liquidator_contributory"),
    path("liquidation/<int:pk>/assets/", w.liquidator_assets, name="liquidator_assets"),
    path("liquidation/<int:pk>/compromises/", w.liquidator_compromises, name="liquidator_compromises"),
    path("liquidation/<int:pk>/reports/", w.liquidator_reports, name="liquidator_reports"),
    path("liquidation/<int:pk>/reports/<int:rpk>.pdf", w.liquidator_report_pdf, name="liquidator_report_pdf"),
    path("liquidation/<int:pk>/distribution/", w.liquidator_distribution, name="liquidator_distribution"),
    path("office/liquidation/<int:pk>/registrar/", liquidator_office.office_liquidation_registrar,
         name="office_liquidation_registrar"),
    path("liquidation/claim-status/<str:token>/", claimant_status.claim_status, name="liquidation_claim_status"),
]
