from django.db import migrations

from rsqm.core import audit_triggers


def forwards(apps, schema_editor):
    audit_triggers.install(schema_editor)


def backwards(apps, schema_editor):
    audit_triggers.remove(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
