"""URLs of the society's public face (status) and of registration, whose pages are in
societies/registration/urls.py. Supervision's are included by config/urls.py.
Verification of certificates (and of every other order) is orders.urls: /verify/<token>/."""

from django.urls import include, path

from .views import public

urlpatterns = [
    path("status/", public.public_status, name="public_status"),
    path("", include("societies.registration.urls")),
]
