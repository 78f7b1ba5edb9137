from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "rsqm.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from rsqm.core import signals  # noqa: F401
