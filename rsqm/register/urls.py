from django.urls import path

from rsqm.register import views

urlpatterns = [
    path("register/", views.register_search, name="register_search"),
    path("register/services/<int:pk>/", views.register_service, name="register_service"),
    path("register/data/", views.register_data, name="register_data"),
    path("register/data/register.csv", views.register_data_csv, name="register_data_csv"),
    path("register/data/register.json", views.register_data_json, name="register_data_json"),
    path("verify/", views.verify, name="verify"),
    path("verify/<str:number>", views.verify_certificate, name="verify_certificate"),
    path("staff/register/listings/<int:pk>/edit/", views.staff_listing_edit, name="staff_listing_edit"),
]
