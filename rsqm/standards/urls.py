from django.urls import path

from rsqm.standards import views

urlpatterns = [
    path("standards/", views.current, name="standards"),
    path("standards/version-<int:number>/", views.version, name="standards_version"),
    path("staff/standards/", views.staff_list, name="staff_frameworks"),
    path("staff/standards/new/", views.staff_new, name="staff_framework_new"),
    path("staff/standards/import/", views.staff_import, name="staff_framework_import"),
    path("staff/standards/<int:pk>/", views.staff_detail, name="staff_framework_detail"),
    path("staff/standards/<int:pk>/export/", views.staff_export, name="staff_framework_export"),
    path("staff/standards/<int:pk>/edit/", views.staff_edit, name="staff_framework_edit"),
    path("staff/standards/<int:pk>/publish/", views.staff_publish, name="staff_framework_publish"),
    path("staff/standards/<int:pk>/delete/", views.staff_delete, name="staff_framework_delete"),
    path("staff/standards/<int:pk>/standards/new/", views.staff_standard_new, name="staff_standard_new"),
    path("staff/standards/<int:pk>/standards/<int:number>/edit/", views.staff_standard_edit,
         name="staff_standard_edit"),
    path("staff/standards/<int:pk>/standards/<int:number>/delete/", views.staff_standard_delete,
         name="staff_standard_delete"),
    path("staff/standards/<int:pk>/standards/<int:number>/indicators/new/", views.staff_indicator_new,
         name="staff_indicator_new"),
    path("staff/standards/<int:pk>/indicators/<int:indicator_pk>/edit/", views.staff_indicator_edit,
         name="staff_indicator_edit"),
    path("staff/standards/<int:pk>/indicators/<int:indicator_pk>/delete/", views.staff_indicator_delete,
         name="staff_indicator_delete"),
]
