from django.urls import path

from rsqm.core import staff_views

urlpatterns = [
    path("audit/", staff_views.audit_log, name="staff_audit"),
    path("figures/", staff_views.figure_list, name="staff_figures"),
    path("figures/<str:key>/", staff_views.figure_edit, name="staff_figure_edit"),
]
