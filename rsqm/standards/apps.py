from django.apps import AppConfig


class StandardsConfig(AppConfig):
    name = "rsqm.standards"
    label = "standards"
