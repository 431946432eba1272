"""URLs of the register of members: office pages under /office/, the society's under /society/<pk>/, a member's
own entries under /memberships/."""

from django.urls import include, path

from .views import admission, imports, member, office, society

urlpatterns = [
    path("office/societies/<int:pk>/members/", office.office_society_members, name="office_society_members"),
    path("office/societies/<int:pk>/members/register.pdf", office.office_society_members_pdf,
         name="office_society_members_pdf"),
    path("office/societies/<int:pk>/members/<int:number>/", office.office_member_detail,
         name="office_member_detail"),
    path("office/people/links/", office.office_person_links, name="office_person_links"),
    path("society/<int:pk>/members/", society.society_members, name="society_members"),
    path("society/<int:pk>/members/register.pdf", society.society_members_pdf, name="society_members_pdf"),
    path("society/<int:pk>/members/<int:number>/", society.society_member_detail, name="society_member_detail"),
    path("society/<int:pk>/members/import/", imports.register_import, name="society_register_import"),
    path("society/<int:pk>/members/import/template.<str:fmt>", imports.register_import_template,
         name="society_register_import_template"),
    path("society/<int:pk>/members/import/<int:job_pk>/", imports.register_import_report,
         name="society_register_import_report"),
    path("society/<int:pk>/members/import/<int:job_pk>/report.csv", imports.register_import_report_csv,
         name="society_register_import_report_csv"),
    path("society/<int:pk>/members/import/<int:job_pk>/confirm/", imports.register_import_confirm,
         name="society_register_import_confirm"),
    path("society/<int:pk>/members/import/<int:job_pk>/progress/", imports.register_import_progress,
         name="society_register_import_progress"),
    path("society/<int:pk>/members/import/<int:job_pk>/result/", imports.register_import_result,
         name="society_register_import_result"),
    path("memberships/", member.my_memberships, name="my_memberships"),
    path("memberships/<int:member_pk>/", member.my_membership, name="my_membership"),
    path("memberships/links/<int:pk>/", member.my_person_link, name="my_person_link"),
    # Admission and leaving (ss.20-24): applicant, society, office.
    path("memberships/apply/", admission.membership_apply_find, name="membership_apply_find"),
    path("memberships/apply/<int:pk>/", admission.membership_apply, name="membership_apply"),
    path("memberships/applications/<int:pk>/", admission.my_application, name="my_application"),
    path("memberships/terminations/<int:pk>/", admission.my_termination, name="my_termination"),
    path("society/<int:pk>/members/applications/", admission.society_applications, name="society_applications"),
    path("society/<int:pk>/members/applications/<int:app_pk>/", admission.society_application_detail,
         name="society_application_detail"),
    path("society/<int:pk>/members/<int:number>/leave/", admission.society_member_leave,
         name="society_member_leave"),
    path("society/<int:pk>/members/terminations/<int:term_pk>/", admission.society_termination_detail,
         name="society_termination_detail"),
    path("office/societies/<int:pk>/members/applications/", admission.office_membership_applications,
         name="office_membership_applications"),
    # Voter lists (s.26(3)): membership/voters/urls.py
    path("", include("membership.voters.urls")),
    # Board elections (s.41): membership/elections/urls.py
    path("", include("membership.elections.urls")),
]
