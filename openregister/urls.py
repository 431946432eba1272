"""The public register (/register/), open data (/open-data/), the API (/api/), and the office's pages."""

from django.urls import include, path

from . import office, report_views, views
from .opendata import views as open_data_views

urlpatterns = [
    path("register/", views.public_register, name="public_register"),
    path("register/extract.csv", views.public_register_extract, name="public_register_extract"),
    path("register/batch/", views.public_register_batch, name="public_register_batch"),
    path("register/society/<path:number>/", views.public_register_society, name="public_register_society"),
    path("open-data/", open_data_views.open_data, name="open_data"),
    path("open-data/<str:version>/<str:name>", open_data_views.open_data_file, name="open_data_file"),
    path("office/api-clients/", office.office_api_clients, name="office_api_clients"),
    path("office/api-clients/<int:pk>/revoke/", office.office_api_client_revoke, name="office_api_client_revoke"),
    path("office/reports/registrations/applications/", report_views.office_registration_report_list,
         name="office_registration_report_list"),
    path("", include("openregister.api.urls")),
]
