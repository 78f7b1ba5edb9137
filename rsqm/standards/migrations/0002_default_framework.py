from django.db import migrations

from rsqm.standards.defaults import ensure_default_framework


def forwards(apps, schema_editor):
    ensure_default_framework(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("standards", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
