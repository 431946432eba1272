"""URLs of inquiry and inspection (included from config/urls.py)."""

from django.urls import path

from .views import inspection, office, people

urlpatterns = [
    path("office/inquiries/", office.office_inquiries, name="office_inquiries"),
    path("office/inquiries/new/", office.office_inquiry_new, name="office_inquiry_new"),
    path("office/inquiries/own-motion/", office.office_inquiry_own_motion, name="office_inquiry_own_motion"),
    path("office/inquiries/<int:pk>/", office.office_inquiry_case, name="office_inquiry_case"),
    path("office/inspections/new/", inspection.office_inspection_new, name="office_inspection_new"),
    path("office/inspections/<int:pk>/", inspection.office_inspection, name="office_inspection"),
    path("office/seizures/new/", inspection.office_inquiry_seizure_new, name="office_inquiry_seizure_new"),
    path("office/seizures/<int:pk>/", inspection.office_inquiry_seizure, name="office_inquiry_seizure"),
    path("office/inquiry-documents/<slug:kind>/<int:pk>/<slug:doc>/<slug:lang>.pdf",
         inspection.office_inquiry_document, name="office_inquiry_document"),
    path("inquiry/apply/", people.inquiry_apply, name="inquiry_apply"),
    path("inquiry/applications/", people.inquiry_applications, name="inquiry_applications"),
    path("inquiry/applications/<int:pk>/", people.inquiry_application, name="inquiry_application"),
    path("societies/<int:pk>/inquiry-reports/", people.society_inquiry_reports, name="society_inquiry_reports"),
    path("parties/societies/<int:pk>/bank-inspections/", people.party_bank_inspection,
         name="party_bank_inspection"),
]
