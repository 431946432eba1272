"""URLs of the statutory audit (included from config/urls.py)."""

from django.urls import path

from .views import allotment, mine, panel

urlpatterns = [
    # the office: the lists behind the dashboard, one audit, the panel
    path("office/audits/", allotment.audit_list, name="audit_office_list"),
    path("office/audits/dashboard/", allotment.audit_dashboard, name="audit_dashboard"),
    path("office/audits/panel/", panel.panel_list, name="audit_panel"),
    path("office/audits/<int:pk>/", allotment.audit_detail, name="audit_office_detail"),
    path("office/audits/<int:pk>/allot/", allotment.audit_allot, name="audit_allot"),
    path("office/audits/<int:pk>/fee/", allotment.audit_fee, name="audit_fee"),
    path("office/audits/<int:pk>/allotment.pdf", allotment.audit_allotment_letter, name="audit_allotment_letter"),
    path("office/audits/<int:pk>/fee-demand.pdf", allotment.audit_fee_demand, name="audit_fee_demand"),
    path("office/audits/<int:pk>/fee-receipt.pdf", allotment.audit_fee_receipt, name="audit_fee_receipt"),
    # the auditor (a departmental officer, or a panel firm invited to the audit)
    path("audits/", mine.auditor_list, name="audit_auditor_list"),
    path("audits/<int:pk>/", mine.auditor_detail, name="audit_auditor_detail"),
]
