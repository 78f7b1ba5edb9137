"""Reference data of organisations: the sectors and the regions (English regions and other nations)."""

from __future__ import annotations

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


def ensure_reference_data(sender=None, apps=None, **kwargs) -> None:
    """Create any missing sector or region (after every migrate, and after a test database is emptied)."""
    if apps is None:
        from django.apps import apps
    Sector = apps.get_model("organisations", "Sector")
    Region = apps.get_model("organisations", "Region")
    for position, (code, name) in enumerate(SECTORS):
        Sector.objects.get_or_create(code=code, defaults={"name": name, "position": position})
    for position, (code, name) in enumerate(REGIONS):
        Region.objects.get_or_create(code=code, defaults={"name": name, "position": position})
