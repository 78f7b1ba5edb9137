from django.apps import AppConfig


class HealthcheckConfig(AppConfig):
    name = "rsqm.healthcheck"
    label = "healthcheck"
    verbose_name = "Healthcheck"

    def ready(self) -> None:
        from rsqm.healthcheck import signals  # noqa: F401 - connects the receivers
