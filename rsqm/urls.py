"""The URLconf. Every route here is walked by the route-by-persona matrix test."""

from django.contrib import admin
from django.urls import include, path

from rsqm.core import views as core_views

urlpatterns = [
    path("", core_views.home, name="home"),
    path("dashboard/", core_views.dashboard, name="dashboard"),
    path("privacy/", core_views.privacy, name="privacy"),
    path("accessibility/", core_views.accessibility, name="accessibility"),
    path("accounts/", include("allauth.urls")),
    path("", include("rsqm.accounts.urls")),
    path("", include("rsqm.organisations.urls")),
    path("", include("rsqm.notifications.urls")),
    path("", include("rsqm.standards.urls")),
    path("", include("rsqm.healthcheck.urls")),
    path("", include("rsqm.assessments.urls")),
    path("", include("rsqm.register.urls")),
    path("staff/", include("rsqm.core.staff_urls")),
    path("django-admin/", admin.site.urls),
]

handler403 = "rsqm.core.views.forbidden"
handler404 = "rsqm.core.views.not_found"
handler500 = "rsqm.core.views.server_error"
