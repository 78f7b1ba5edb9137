from django.urls import path

from rsqm.notifications import views

urlpatterns = [
    path("staff/outbox/", views.outbox_list, name="staff_outbox"),
    path("staff/outbox/<int:pk>/retry/", views.outbox_retry, name="staff_outbox_retry"),
]
