from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "rsqm.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from rsqm.accounts import signals  # noqa: F401
        from rsqm.accounts.reference import ensure_duty_groups

        # After auth's own handler has created the permissions the groups hold.
        post_migrate.connect(ensure_duty_groups, sender=self, dispatch_uid="rsqm.accounts.duty_groups")
