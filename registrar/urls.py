from django.contrib.auth import views as auth_views
from django.urls import path

from .views import accounts, deadlines, home, law, public
from .views import help as help_views
from .views import profile as profile_views

urlpatterns = [
    path("", public.landing, name="landing"),
    path("healthz", public.healthz, name="healthz"),
    path("law/<slug:rule_id>/", law.statute_rule, name="statute_rule"),
    path("accounts/login/", accounts.PortalLoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/signup/", accounts.signup, name="signup"),
    path("accounts/verify/", accounts.verify_email, name="verify_email"),
    path("accounts/profile/", profile_views.profile, name="profile"),
    path("accounts/profile/email/", profile_views.profile_email, name="profile_email"),
    path("help/", help_views.help_page, name="help"),
    path("accounts/password/change/", auth_views.PasswordChangeView.as_view(
        template_name="registrar/accounts/form_page.html"), name="password_change"),
    path("accounts/password/change/done/", auth_views.PasswordChangeDoneView.as_view(
        template_name="registrar/accounts/message_page.html"), name="password_change_done"),
    path("accounts/password/reset/", accounts.PortalPasswordResetView.as_view(), name="password_reset"),
    path("office/accounts/locked/", accounts.locked_accounts, name="locked_accounts"),
    path("office/accounts/<int:user_id>/unlock/", accounts.unlock_account, name="unlock_account"),
    path("accounts/password/reset/sent/", auth_views.PasswordResetDoneView.as_view(
        template_name="registrar/accounts/message_page.html"), name="password_reset_done"),
    path("accounts/password/reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        template_name="registrar/accounts/form_page.html"), name="password_reset_confirm"),
    path("accounts/password/reset/complete/", auth_views.PasswordResetCompleteView.as_view(
        template_name="registrar/accounts/message_page.html"), name="password_reset_complete"),
    path("home/", home.home, name="home"),
    path("office/", home.office_home, name="office_home"),
    path("office/deadlines/", deadlines.deadlines_board, name="deadlines_board"),
    path("society/", home.secretary_home, name="secretary_home"),
    path("me/", home.citizen_home, name="citizen_home"),
    path("inbox/", home.inbox, name="inbox"),
    path("inbox/read/", home.inbox_mark_read, name="inbox_mark_read"),
]

# Rectification orders and the society's statutory timeline (issue 5 items 3 and 5).
from .views import rectification as rectification_views  # noqa: E402
from .views import timeline as timeline_views  # noqa: E402

urlpatterns += [
    path("office/rectification/", rectification_views.rectification_list, name="rectification_list"),
    path("office/rectification/<int:seq>/", rectification_views.rectification_order, name="rectification_order"),
    path("societies/<int:pk>/timeline/", timeline_views.society_timeline, name="society_timeline"),
]

# Rows the statutory sweeps could not process (issue 10 point 1).
from .views import sweep_problems as sweep_problem_views  # noqa: E402

urlpatterns += [path("office/sweep-problems/", sweep_problem_views.sweep_problems, name="sweep_problems")]

# Second factor (issue 11 § 8) and the notice outbox (issue 11 § 4).
from .views import outbox as outbox_views  # noqa: E402
from .views import second_factor as second_factor_views  # noqa: E402

urlpatterns += [
    path("accounts/second-factor/", second_factor_views.second_factor_page, name="second_factor"),
    path("office/outbox/", outbox_views.outbox_page, name="outbox"),
]

# The activity log's published heads (issue 11 § 5, ADR 0031).
from .views import activity_head as activity_head_views  # noqa: E402

urlpatterns += [path("activity/head/", activity_head_views.activity_head, name="activity_head")]

# My work: the officer's open cases across every declared clock, with escalation (issue 13 point 7).
from .views import my_work as my_work_views  # noqa: E402

urlpatterns += [path("office/my-work/", my_work_views.my_work_page, name="my_work")]
