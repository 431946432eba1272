"""URLs of registration: applicant pages under /apply/, office pages under /office/applications/."""

from django.urls import path

from .views import applicant, documents, office

urlpatterns = [
    path("apply/", applicant.application_list, name="application_list"),
    path("apply/new/", applicant.application_new, name="application_new"),
    path("apply/<int:pk>/", applicant.application_detail, name="application_detail"),
    path("apply/<int:pk>/edit/", applicant.application_edit, name="application_edit"),
    path("apply/<int:pk>/review/", applicant.application_review, name="application_review"),
    path("apply/<int:pk>/submit/", applicant.application_submit, name="application_submit"),
    path("apply/<int:pk>/withdraw/", applicant.application_withdraw, name="application_withdraw"),
    path("apply/<int:pk>/upload/", applicant.application_upload, name="application_upload"),
    path("apply/<int:pk>/queries/<int:memo_pk>/", applicant.application_answer, name="application_answer"),
    path("apply/<int:pk>/documents/<int:upload_pk>/", applicant.document_download, name="application_document"),
    path("apply/<int:pk>/documents/<int:upload_pk>/remove/", applicant.application_document_remove,
         name="application_document_remove"),
    path("apply/<int:pk>/acknowledgement.pdf", documents.acknowledgement_pdf, name="application_acknowledgement_pdf"),
    path("apply/<int:pk>/certificate.pdf", applicant.certificate_download, name="application_certificate"),
    path("apply/<int:pk>/queries/<int:memo_pk>/memo.pdf", documents.query_memo_pdf, name="application_query_memo_pdf"),
    path("apply/<int:pk>/hearing-notice.pdf", documents.hearing_notice_pdf, name="application_hearing_notice_pdf"),
    path("apply/<int:pk>/refusal-order.pdf", documents.refusal_order_pdf, name="application_refusal_order_pdf"),
    path("office/applications/", office.workqueue, name="office_applications"),
    path("office/applications/paper/", office.application_paper, name="office_application_paper"),
    path("office/applications/<int:pk>/", office.application_detail, name="office_application_detail"),
    path("office/applications/<int:pk>/<slug:action>/", office.application_act, name="office_application_act"),
]
