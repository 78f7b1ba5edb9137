from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "rsqm.assessments"
    label = "assessments"
