from django.urls import path

from rsqm.assessments import views

urlpatterns = [
    path("staff/register/", views.staff_award_list, name="staff_award_list"),
    path("staff/register/awards/record/", views.staff_award_record, name="staff_award_record"),
    path("staff/register/awards/record/check/", views.staff_award_record_check, name="staff_award_record_check"),
    path("staff/register/awards/<int:pk>/", views.staff_award_detail, name="staff_award_detail"),
    path("staff/register/awards/<int:pk>/renewal/", views.staff_award_renewal, name="staff_award_renewal"),
    path("staff/register/awards/<int:pk>/end/", views.staff_award_end, name="staff_award_end"),
    path("staff/register/awards/<int:pk>/end/check/", views.staff_award_end_check, name="staff_award_end_check"),
]
