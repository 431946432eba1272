"""URLs of Board elections: the office's pages under /office/elections/ and /office/societies/<pk>/elections/."""

from django.urls import path

from . import views

urlpatterns = [
    path("office/elections/", views.office_elections, name="office_elections"),
    path("office/societies/<int:pk>/elections/new/", views.office_election_announce, name="office_election_announce"),
    path("office/elections/<int:pk>/", views.office_election_detail, name="office_election_detail"),
    path("office/elections/<int:pk>/nominate/", views.office_election_nominate, name="office_election_nominate"),
    path("office/elections/<int:pk>/counts/", views.office_election_counts, name="office_election_counts"),
    path("office/elections/<int:pk>/declare/", views.office_election_declare, name="office_election_declare"),
    path("office/elections/<int:pk>/office-bearers/", views.office_election_office_bearers,
         name="office_election_office_bearers"),
    path("office/elections/<int:pk>/<str:doc>.pdf", views.office_election_pdf, name="office_election_pdf"),
    path("parties/elections/<int:pk>/", views.party_election_counts, name="party_election_counts"),
]
