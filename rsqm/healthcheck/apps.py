from django.apps import AppConfig


class HealthcheckConfig(AppConfig):
    name = "rsqm.healthcheck"
    label = "healthcheck"
