"""URLs of the supersession procedure (issue 20 points 1-3, S1): office pages under /office/supersession/."""

from django.urls import path

from .views import office_procedure as office

urlpatterns = [
    path("office/supersession/", office.office_supersessions, name="office_supersessions"),
    path("office/supersession/new/", office.office_supersession_new, name="office_supersession_new"),
    path("office/supersession/<int:pk>/", office.office_supersession_case, name="office_supersession_case"),
    path("office/supersession/<int:pk>/<slug:doc>/<slug:lang>.pdf", office.office_supersession_document,
         name="office_supersession_document"),
]
