"""URLs of appeals, review and disputes (included from config/urls.py): office pages under /office/appeals/ and
/office/disputes/, a party's pages under /my/appeals/, the public cause list."""

from django.urls import path

from .views import disputes, office, party, public

urlpatterns = [
    path("office/appeals/", office.office_appeals, name="office_appeals"),
    path("office/appeals/outages/", office.office_outages, name="office_outages"),
    path("office/appeals/<int:pk>/", office.office_appeal_detail, name="office_appeal_detail"),
    path("office/appeals/<int:pk>/pdf/<slug:doc>/", office.office_appeal_pdf, name="office_appeal_pdf"),
    path("office/orders/<int:pk>/appeal/", office.office_appeal_paper, name="office_appeal_paper"),
    path("office/disputes/", disputes.office_disputes, name="office_disputes"),
    path("office/disputes/<int:pk>/", disputes.office_dispute_detail, name="office_dispute_detail"),
    path("office/disputes/<int:pk>/pdf/<slug:doc>/", disputes.office_dispute_pdf, name="office_dispute_pdf"),
    path("office/societies/<int:pk>/disputes/new/", disputes.office_dispute_new, name="office_dispute_new"),
    path("my/appeals/", party.my_appeals, name="my_appeals"),
    path("my/appeals/<int:pk>/", party.appeal_mine, name="appeal_mine"),
    path("my/appeals/<int:pk>/pdf/<slug:doc>/", party.appeal_mine_pdf, name="appeal_mine_pdf"),
    path("orders/<int:pk>/appeal/", party.appeal_new, name="appeal_new"),
    path("cause-list/", public.cause_list, name="cause_list"),
    path("cause-list/pdf/", public.cause_list_pdf, name="cause_list_pdf"),
]
