from django.urls import path

from rsqm.healthcheck import views

urlpatterns = [
    path("healthcheck/", views.home, name="healthcheck_home"),
    path("healthcheck/start/", views.start, name="healthcheck_start"),
    path("healthcheck/resume/<str:token>/", views.resume, name="healthcheck_resume"),
    path("healthcheck/<int:pk>/", views.tasks, name="healthcheck_tasks"),
    path("healthcheck/<int:pk>/standards/<int:number>/", views.standard, name="healthcheck_standard"),
    path("healthcheck/<int:pk>/finish/", views.finish, name="healthcheck_finish"),
    path("healthcheck/<int:pk>/save/", views.save, name="healthcheck_save"),
    path("healthcheck/<int:pk>/organisation/", views.choose_organisation, name="healthcheck_organisation"),
    path("healthcheck/<int:pk>/report/", views.report, name="healthcheck_report"),
    path("healthcheck/<int:pk>/report.pdf", views.report_pdf, name="healthcheck_report_pdf"),
    path("healthcheck/<int:pk>/support/", views.support, name="healthcheck_support"),
    path("staff/healthchecks/", views.staff_list, name="staff_healthchecks"),
    path("staff/healthchecks/indicators/", views.staff_weakest, name="staff_healthcheck_weakest"),
    path("staff/healthchecks/readiness/", views.staff_readiness, name="staff_readiness"),
    path("staff/healthchecks/readiness/<int:pk>/", views.staff_readiness_detail, name="staff_readiness_detail"),
    path("staff/healthchecks/<int:pk>/", views.staff_detail, name="staff_healthcheck_detail"),
    path("staff/healthchecks/<int:pk>/report.pdf", views.staff_report_pdf, name="staff_healthcheck_pdf"),
]
