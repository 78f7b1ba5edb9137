"""The scheme's configurable figures: defaults here, changes by staff in ``SchemeFigure`` rows.

RULES.md marks some figures *configurable*: data that staff change without a release. Each is
declared once below with its default and bounds; ``get`` reads the stored value or the default.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from rsqm.core import audit, clock


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    help_text: str
    default: int
    minimum: int
    maximum: int
    unit: str


FIGURES: dict[str, Figure] = {
    f.key: f
    for f in [
        Figure(
            "assessor.dbs_recheck_years",
            "DBS recheck period",
            "An assessor's DBS check is in date for this many years from the check (APP-ASSESSOR-FIT).",
            3, 1, 10, "years",
        ),
        Figure(
            "healthcheck.valid_months",
            "Healthcheck valid for",
            "A completed healthcheck that says the organisation is ready lets it apply until this many months "
            "after the date it was completed (APP-HEALTHCHECK).",
            12, 1, 60, "months",
        ),
        Figure(
            "healthcheck.override_months",
            "Readiness recorded by staff lasts",
            "When a case officer records that an organisation is ready, it may apply until this many months "
            "after the date it was recorded (APP-HEALTHCHECK).",
            12, 1, 60, "months",
        ),
        Figure(
            "healthcheck.abandoned_days",
            "Unclaimed healthchecks kept for",
            "A healthcheck started without an account, never claimed by signing in, is deleted when nobody "
            "has touched it for this many days.",
            90, 1, 730, "days",
        ),
        Figure(
            "healthcheck.resume_link_days",
            "Healthcheck resume links work for",
            "A link emailed to continue a healthcheck stops working this many days after it was sent.",
            14, 1, 90, "days",
        ),
    ]
}


class UnknownFigure(KeyError):
    pass


def get(key: str) -> int:
    from rsqm.core.models import SchemeFigure

    figure = FIGURES.get(key)
    if figure is None:
        raise UnknownFigure(key)
    row = SchemeFigure.objects.filter(key=key).first()
    return int(row.value) if row is not None else figure.default


@transaction.atomic
def figure_set(*, key: str, value: int, by, request=None, now=None) -> None:
    """Change a figure, keeping the old and new values in the audit log."""
    from rsqm.core.models import SchemeFigure

    figure = FIGURES.get(key)
    if figure is None:
        raise UnknownFigure(key)
    if not figure.minimum <= value <= figure.maximum:
        raise ValueError(f"{figure.label} must be between {figure.minimum} and {figure.maximum} {figure.unit}")
    at = now or clock.now()
    old = get(key)
    SchemeFigure.objects.update_or_create(
        key=key, defaults={"value": value, "updated_at": at, "updated_by_label": audit.actor_label(by)}
    )
    audit.record("figure.changed", by=by, detail={"key": key, "old": old, "new": value}, request=request, now=at)
