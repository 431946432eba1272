"""URLs of restructuring (office pages under /office/restructuring/, the secretary's under /society/<pk>/restructuring/)."""

from django.urls import path

from .views import office, society

urlpatterns: list = [
    # The scheme, its notices and the options (helper R1).
    path("office/restructuring/", office.office_schemes, name="office_schemes"),
    path("office/restructuring/<int:pk>/", office.office_scheme_detail, name="office_scheme_detail"),
    path("office/restructuring/<int:pk>/options/<int:party>.pdf", office.office_scheme_options_pdf,
         name="office_scheme_options_pdf"),
    path("society/<int:pk>/restructuring/", society.society_schemes, name="society_schemes"),
    path("society/<int:pk>/restructuring/new/", society.society_scheme_new, name="society_scheme_new"),
    path("society/<int:pk>/restructuring/<int:scheme>/", society.society_scheme_detail, name="society_scheme_detail"),
    path("society/<int:pk>/restructuring/<int:scheme>/creditors/", society.society_scheme_creditors,
         name="society_scheme_creditors"),
    path("society/<int:pk>/restructuring/<int:scheme>/notices/<int:notice>.pdf", society.society_scheme_notice_pdf,
         name="society_scheme_notice_pdf"),
    path("society/<int:pk>/restructuring/<int:scheme>/<slug:document>.pdf", society.society_scheme_pdf,
         name="society_scheme_pdf"),
]

# The conditions before effect, the approval and the effect (helper R2's part of issue 17).
from .urls_effect import urlpatterns as _effect_urls  # noqa: E402

urlpatterns += _effect_urls
