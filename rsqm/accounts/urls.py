from django.urls import path

from rsqm.accounts import views

urlpatterns = [
    path("session/keepalive/", views.session_keepalive, name="session_keepalive"),
    path("staff/users/", views.user_list, name="staff_users"),
    path("staff/users/new/", views.user_create, name="staff_user_create"),
    path("staff/users/lockouts/", views.lockout_list, name="staff_lockouts"),
    path("staff/users/lockouts/unlock/", views.lockout_unlock, name="staff_lockout_unlock"),
    path("staff/users/<int:pk>/", views.user_detail, name="staff_user_detail"),
    path("staff/users/<int:pk>/name/", views.user_edit, name="staff_user_edit"),
    path("staff/users/<int:pk>/duties/", views.user_duties, name="staff_user_duties"),
    path("staff/users/<int:pk>/confidentiality/", views.user_confidentiality, name="staff_user_confidentiality"),
    path("staff/users/<int:pk>/assessor/", views.user_assessor_profile, name="staff_user_assessor"),
    path("staff/users/<int:pk>/conflicts/new/", views.conflict_add, name="staff_user_conflict_add"),
    path("staff/users/<int:pk>/conflicts/<int:conflict_pk>/end/", views.conflict_end,
         name="staff_user_conflict_end"),
    path("staff/users/<int:pk>/invitation/", views.user_invitation_resend, name="staff_user_invitation"),
    path("staff/users/<int:pk>/deactivate/", views.user_deactivate, name="staff_user_deactivate"),
    path("staff/users/<int:pk>/reactivate/", views.user_reactivate, name="staff_user_reactivate"),
    path("staff/users/<int:pk>/reset-mfa/", views.user_mfa_reset, name="staff_user_reset_mfa"),
]
