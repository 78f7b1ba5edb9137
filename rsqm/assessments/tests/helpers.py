"""Awards for tests: made through the award services, with time pinned where it matters."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from rsqm.assessments import services
from rsqm.assessments.models import Award
from rsqm.core import clock


def noon(day: date) -> datetime:
    """Midday in London on ``day``, as an aware UTC instant."""
    return datetime.combine(day, time(12, 0), tzinfo=clock.LONDON).astimezone(UTC)


def make_award(service, *, approved_on: date | None = None, scope: str = "The whole restorative service.",
               now: datetime | None = None) -> Award:
    approved_on = approved_on or clock.today()
    return services.award_grant(service=service, scope=scope, approved_on=approved_on, by=None,
                                now=now or noon(approved_on))
