from django.db import migrations

DUTIES = [
    ("duty_case_officer", "Case officer"),
    ("duty_decision_maker", "Decision maker"),
    ("duty_finance", "Finance"),
    ("duty_registrar", "Registrar"),
    ("duty_administrator", "Administrator"),
]


def forwards(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("accounts")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for codename, label in DUTIES:
        group, _ = Group.objects.get_or_create(name=label)
        group.permissions.add(Permission.objects.get(content_type__app_label="accounts", codename=codename))


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_initial"), ("auth", "0012_alter_user_first_name_max_length"),
                    ("contenttypes", "0002_remove_content_type_name")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
