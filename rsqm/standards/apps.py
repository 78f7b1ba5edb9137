from django.apps import AppConfig
from django.db.models.signals import post_migrate


class StandardsConfig(AppConfig):
    name = "rsqm.standards"
    label = "standards"
    verbose_name = "Standards"

    def ready(self) -> None:
        from rsqm.standards.defaults import ensure_default_framework

        post_migrate.connect(ensure_default_framework, sender=self, dispatch_uid="rsqm.standards.defaults")
