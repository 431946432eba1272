"""URLs of the administrators' part (issue 20 points 3): office pages under /office/supersession/."""

from django.urls import path

from .views import administrator_pages

urlpatterns = [
    path("office/supersession/<int:pk>/administration/", administrator_pages.administration,
         name="office_supersession_administration"),
    path("office/supersession/<int:pk>/administration/extension/<int:order_pk>/", administrator_pages.extension_document,
         name="office_supersession_extension_pdf"),
]
