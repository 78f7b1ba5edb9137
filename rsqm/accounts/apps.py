from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "rsqm.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from rsqm.accounts import signals  # noqa: F401
