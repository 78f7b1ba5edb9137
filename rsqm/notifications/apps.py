from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "rsqm.notifications"
    label = "notifications"
    verbose_name = "Notifications"
