"""URLs of supervision: compliance flags and the officer in charge (see societies/governance/urls.py)."""

from django.urls import path

from .views import flags, officer

urlpatterns = [
    path("office/flags/", flags.flag_list, name="office_flags"),
    path("office/flags/<int:pk>/", flags.flag_detail, name="office_flag_detail"),
    path("office/societies/<int:pk>/appoint-officer/", officer.appoint_officer, name="office_appoint_officer"),
]
