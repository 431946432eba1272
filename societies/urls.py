"""URLs of registration and the society. Office pages live under /office/, applicant pages under /apply/."""

from django.urls import path

from .views import public

urlpatterns = [
    path("status/", public.public_status, name="public_status"),
]
