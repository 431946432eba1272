"""URLs of the statutory audit (included from config/urls.py)."""

from django.urls import path

from .views import allotment, mine, panel, work_auditor, work_office, work_society

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
    # the audit work (issue 18 points 3-5): the auditor's work and report, accepting a rectification
    path("audits/<int:pk>/work/", work_auditor.audit_work_auditor, name="audit_work_auditor"),
    path("audits/<int:pk>/report/", work_auditor.audit_work_report, name="audit_work_report"),
    path("audits/<int:pk>/items/<int:item>/close/", work_auditor.audit_work_auditor_close,
         name="audit_work_auditor_close"),
    # the office: the report and objections, the s.85(1) direction, the s.86 re-audit, the overdue list
    path("office/audits/objections-overdue/", work_office.audit_objections_overdue, name="audit_objections_overdue"),
    path("office/audits/<int:pk>/work/", work_office.audit_work_office, name="audit_work_office"),
    path("office/audits/<int:pk>/direct/", work_office.audit_work_direct, name="audit_work_direct"),
    path("office/audits/<int:pk>/items/<int:item>/close/", work_office.audit_work_office_close,
         name="audit_work_office_close"),
    path("office/audits/<int:pk>/reaudit/", work_office.audit_work_reaudit, name="audit_work_reaudit"),
    path("office/audits/<int:pk>/report.pdf", work_office.audit_work_office_report_pdf,
         name="audit_work_office_report_pdf"),
    # the society (its secretary): answer each item, rectify with evidence, the AGM's acceptance, the follow-up
    path("society/<int:pk>/audits/", work_society.audit_society_list, name="audit_society_list"),
    path("society/audits/<int:pk>/", work_society.audit_society_audit, name="audit_society_audit"),
    path("society/audits/<int:pk>/items/<int:item>/explain/", work_society.audit_society_explain,
         name="audit_society_explain"),
    path("society/audits/<int:pk>/items/<int:item>/rectify/", work_society.audit_society_rectify,
         name="audit_society_rectify"),
    path("society/audits/<int:pk>/accepted/", work_society.audit_society_accept, name="audit_society_accept"),
    path("society/audits/<int:pk>/followup/", work_society.audit_society_followup, name="audit_society_followup"),
    path("society/audits/<int:pk>/report.pdf", work_society.audit_society_report_pdf,
         name="audit_society_report_pdf"),
]
