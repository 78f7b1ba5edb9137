from django.apps import AppConfig


class RegisterConfig(AppConfig):
    name = "rsqm.register"
    label = "register"
