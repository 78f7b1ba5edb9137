from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "rsqm.organisations"
    label = "organisations"
    verbose_name = "Organisations"
