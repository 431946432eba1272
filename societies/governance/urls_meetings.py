"""URLs of supervision: the Board, meetings and proceedings (see societies/governance/urls.py)."""

from django.urls import path

from .views import board, meetings, proceedings_office, secretary_admin

urlpatterns = [
    # the secretary's pages
    path("society/<int:pk>/board/", board.society_board, name="society_board"),
    path("society/<int:pk>/board/election/", board.society_election_new, name="society_election_new"),
    path("society/<int:pk>/board/office-bearers/", board.society_office_bearers, name="society_office_bearers"),
    path("society/<int:pk>/board/meetings/new/", board.society_board_meeting_new, name="society_board_meeting_new"),
    path("society/<int:pk>/requisitions/new/", board.society_requisition_new, name="society_requisition_new"),
    path("society/<int:pk>/meetings/", meetings.society_general_meetings, name="society_general_meetings"),
    path("society/<int:pk>/meetings/new/", meetings.society_general_meeting_new, name="society_general_meeting_new"),
    path("society/<int:pk>/meetings/<int:meeting_pk>/proceedings/new/", meetings.society_proceedings_new,
         name="society_proceedings_new"),
    path("society/<int:pk>/proceedings/<int:proceedings_pk>/", meetings.society_proceedings_detail,
         name="society_proceedings_detail"),
    path("proceedings/<int:proceedings_pk>/document/", meetings.proceedings_document, name="proceedings_document"),
    path("society/invitation/<str:token>/", secretary_admin.secretary_invitation_accept,
         name="secretary_invitation_accept"),
    # the office's pages
    path("office/proceedings/", proceedings_office.office_proceedings, name="office_proceedings"),
    path("office/proceedings/<int:pk>/", proceedings_office.office_proceedings_detail,
         name="office_proceedings_detail"),
    path("office/societies/<int:pk>/secretary/", secretary_admin.office_society_secretary,
         name="office_society_secretary"),
]
