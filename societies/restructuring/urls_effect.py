"""URLs of the conditions before effect (helper R2), added to urls.py's urlpatterns."""

from django.urls import path

from . import effect_views as views

urlpatterns = [
    path("office/restructuring/<int:pk>/notices/<int:notice>/paid/", views.office_scheme_claim_met,
         name="office_scheme_claim_met"),
    path("office/restructuring/<int:pk>/successors/<int:party>/apply/", views.office_scheme_successor_apply,
         name="office_scheme_successor_apply"),
    path("office/restructuring/<int:pk>/approve/", views.office_scheme_approve, name="office_scheme_approve"),
    path("office/restructuring/<int:pk>/effect/", views.office_scheme_take_effect, name="office_scheme_take_effect"),
    path("office/restructuring/<int:pk>/approval.pdf", views.office_scheme_approval_pdf,
         name="office_scheme_approval_pdf"),
]
