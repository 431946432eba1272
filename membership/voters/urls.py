"""URLs of the voter lists, included by membership/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("society/<int:pk>/members/voter-lists/", views.society_voter_lists, name="society_voter_lists"),
    path("society/<int:pk>/members/voter-lists/<int:list_pk>/<str:kind>.pdf", views.society_voter_list_pdf,
         name="society_voter_list_pdf"),
    path("memberships/<int:member_pk>/voter-lists/", views.my_voter_lists, name="my_voter_lists"),
    path("memberships/<int:member_pk>/voter-lists/<int:list_pk>/<str:kind>.pdf", views.my_voter_list_pdf,
         name="my_voter_list_pdf"),
    path("memberships/voter-objections/<int:pk>/decision.pdf", views.voter_objection_pdf,
         name="voter_objection_pdf"),
    path("office/societies/<int:pk>/voter-lists/<int:list_pk>/", views.office_voter_list, name="office_voter_list"),
]

from . import stats_views  # noqa: E402

urlpatterns += [
    path("office/member-statistics/", stats_views.office_member_statistics, name="office_member_statistics"),
]
