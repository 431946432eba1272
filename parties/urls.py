"""URLs of outside parties: the party's pages under /parties/, the office's under /office/parties/."""

from django.urls import path

from .views import office, party

urlpatterns = [
    path("parties/", party.party_cases, name="party_cases"),
    path("parties/invitation/<str:token>/", party.party_invitation_accept, name="party_invitation_accept"),
    path("parties/cases/<slug:kind>/<int:pk>/", party.party_case, name="party_case"),
    path("office/parties/", office.office_parties, name="office_parties"),
    path("office/parties/invite/", office.office_party_invite, name="office_party_invite"),
    path("office/parties/grants/<int:pk>/revoke/", office.office_party_grant_revoke, name="office_party_grant_revoke"),
    path("office/parties/invitations/<int:pk>/withdraw/", office.office_party_invitation_withdraw,
         name="office_party_invitation_withdraw"),
    path("office/parties/engagements/<int:pk>/close/", office.office_engagement_close,
         name="office_engagement_close"),
]
