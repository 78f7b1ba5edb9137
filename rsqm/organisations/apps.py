from django.apps import AppConfig
from django.db.models.signals import post_migrate


class OrganisationsConfig(AppConfig):
    name = "rsqm.organisations"
    label = "organisations"
    verbose_name = "Organisations"

    def ready(self) -> None:
        from rsqm.organisations.reference import ensure_reference_data

        post_migrate.connect(ensure_reference_data, sender=self, dispatch_uid="rsqm.organisations.reference")
