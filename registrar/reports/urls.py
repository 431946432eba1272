"""The office reports (registrar.reports), included at the root by config/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("office/reports/", views.report_index, name="report_index"),
    path("office/reports/<slug:slug>/", views.report_detail, name="report_detail"),
]
