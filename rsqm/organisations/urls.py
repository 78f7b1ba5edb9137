from django.urls import path

from rsqm.organisations import views

urlpatterns = [
    path("organisations/", views.organisation_list, name="organisation_list"),
    path("organisations/join/", views.organisation_join, name="organisation_join"),
    path("organisations/join/check/", views.organisation_join_check, name="organisation_join_check"),
    path("organisations/invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation_detail"),
    path("organisations/<int:pk>/ask-again/", views.organisation_ask_again, name="organisation_ask_again"),
    path("organisations/<int:pk>/ask-again/check/", views.organisation_ask_again_check,
         name="organisation_ask_again_check"),
    path("organisations/<int:pk>/services/new/", views.service_create, name="service_create"),
    path("organisations/<int:pk>/users/", views.organisation_users, name="organisation_users"),
    path("organisations/<int:pk>/users/invite/", views.organisation_invite, name="organisation_invite"),
    path("organisations/<int:pk>/users/<int:membership_pk>/role/", views.membership_role, name="membership_role"),
    path("organisations/<int:pk>/users/<int:membership_pk>/remove/", views.membership_remove,
         name="membership_remove"),
    path("organisations/<int:pk>/invitations/<int:invitation_pk>/cancel/", views.invitation_revoke,
         name="invitation_revoke"),
    path("organisations/services/<int:pk>/", views.service_detail, name="service_detail"),
    path("organisations/services/<int:pk>/edit/", views.service_edit, name="service_edit"),
    path("organisations/services/<int:pk>/consent/", views.service_contact_consent, name="service_contact_consent"),
    path("staff/organisations/", views.staff_organisations, name="staff_organisations"),
    path("staff/organisations/<int:pk>/", views.staff_organisation_detail, name="staff_organisation_detail"),
    path("staff/organisations/<int:pk>/verify/", views.staff_organisation_verify, name="staff_organisation_verify"),
    path("staff/organisations/<int:pk>/reject/", views.staff_organisation_reject, name="staff_organisation_reject"),
]
