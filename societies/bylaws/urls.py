"""URLs of bye-laws: office pages under /office/, the secretary's under /society/<pk>/, the public page under the
society's public token (like /compliance/<token>/)."""

from django.urls import path

from .views import office, public, society

urlpatterns = [
    path("office/bye-laws/amendments/", office.office_bylaws_amendments, name="office_bylaws_amendments"),
    path("office/bye-laws/amendments/<int:pk>/", office.office_amendment_detail, name="office_amendment_detail"),
    path("office/bye-laws/amendments/<int:pk>/<slug:document>.pdf", office.office_amendment_pdf,
         name="office_amendment_pdf"),
    path("office/bye-laws/conformity/", office.office_bylaws_conformity, name="office_bylaws_conformity"),
    path("office/societies/<int:pk>/bye-laws/", office.office_society_bylaws, name="office_society_bylaws"),
    path("society/<int:pk>/bye-laws/", society.society_bylaws, name="society_bylaws"),
    path("society/<int:pk>/bye-laws/amend/", society.society_amendment_new, name="society_amendment_new"),
    path("society/<int:pk>/bye-laws/amendments/<int:amendment>/", society.society_amendment_detail,
         name="society_amendment_detail"),
    path("society/<int:pk>/bye-laws/amendments/<int:amendment>/<slug:document>.pdf", society.society_amendment_pdf,
         name="society_amendment_pdf"),
    path("bye-laws/<str:token>/", public.public_bylaws, name="public_bylaws"),
    path("bye-laws/<str:token>/consolidated.pdf", public.public_bylaws_pdf, name="public_bylaws_pdf"),
]
