"""URLs of supervision: society pages (see societies/governance/urls.py)."""

from django.urls import path

from .views import public, society

urlpatterns = [
    path("office/societies/", society.office_societies, name="office_societies"),
    path("office/societies/<int:pk>/", society.office_society_detail, name="office_society_detail"),
    path("society/<int:pk>/", society.society_detail, name="society_detail"),
    path("compliance/<str:token>/", public.public_compliance, name="public_compliance"),
]
