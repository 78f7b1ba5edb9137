from django.db import migrations

SECTORS = [
    ("criminal-justice", "Criminal justice"),
    ("community", "Community"),
    ("care", "Care"),
    ("education", "Education"),
    ("other", "Other"),
]
REGIONS = [
    ("north-east", "North East"),
    ("north-west", "North West"),
    ("yorkshire-humber", "Yorkshire and the Humber"),
    ("east-midlands", "East Midlands"),
    ("west-midlands", "West Midlands"),
    ("east-of-england", "East of England"),
    ("london", "London"),
    ("south-east", "South East"),
    ("south-west", "South West"),
    ("wales", "Wales"),
    ("scotland", "Scotland"),
    ("northern-ireland", "Northern Ireland"),
]


def forwards(apps, schema_editor):
    Sector = apps.get_model("organisations", "Sector")
    Region = apps.get_model("organisations", "Region")
    for position, (code, name) in enumerate(SECTORS):
        Sector.objects.update_or_create(code=code, defaults={"name": name, "position": position})
    for position, (code, name) in enumerate(REGIONS):
        Region.objects.update_or_create(code=code, defaults={"name": name, "position": position})


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
