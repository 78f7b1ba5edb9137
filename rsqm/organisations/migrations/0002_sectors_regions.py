from django.db import migrations

from rsqm.organisations.reference import ensure_reference_data


def forwards(apps, schema_editor):
    ensure_reference_data(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
