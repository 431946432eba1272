"""URLs of the society's public face (status, certificate verification) and of registration, whose pages are in
societies/registration/urls.py. Supervision's are included by config/urls.py."""

from django.urls import include, path

from .views import public

urlpatterns = [
    path("status/", public.public_status, name="public_status"),
    path("verify/<str:token>/", public.verify_certificate, name="verify_certificate"),
    path("", include("societies.registration.urls")),
]
