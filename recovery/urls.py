"""URLs of Bakijai (included from config/urls.py): office pages under /office/recovery/, the claimant's pages
under /recovery/claimants/<claimant>/."""

from django.urls import path

from .views import office, party

urlpatterns = [
    path("office/recovery/", office.office_recovery, name="office_recovery"),
    path("office/recovery/file/", office.office_recovery_file, name="office_recovery_file"),
    path("office/recovery/setup/", office.office_recovery_setup, name="office_recovery_setup"),
    path("office/recovery/dcb/", office.office_recovery_dcb, name="office_recovery_dcb"),
    path("office/recovery/<int:pk>/", office.office_recovery_case, name="office_recovery_case"),
    path("office/recovery/<int:pk>/pdf/<slug:doc>/", office.office_recovery_pdf, name="office_recovery_pdf"),
    path("office/recovery/from-due/<int:pk>/", office.office_recovery_from_due, name="office_recovery_from_due"),
    path("recovery/claimants/<int:cpk>/", party.claimant_requisitions, name="claimant_requisitions"),
    path("recovery/claimants/<int:cpk>/file/", party.claimant_requisition_file, name="claimant_requisition_file"),
    path("recovery/claimants/<int:cpk>/bulk/", party.claimant_requisition_bulk, name="claimant_requisition_bulk"),
    path("recovery/claimants/<int:cpk>/<int:pk>/", party.claimant_requisition, name="claimant_requisition"),
    path("recovery/claimants/<int:cpk>/<int:pk>/pdf/<slug:doc>/", party.claimant_requisition_pdf,
         name="claimant_requisition_pdf"),
    path("recovery/executions/<int:pk>/", party.bakijai_execution, name="bakijai_execution"),
]
