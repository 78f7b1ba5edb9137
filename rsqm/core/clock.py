"""The one clock of rsqm.

Services take ``now`` as a keyword argument and default to :func:`now`; tests pin time with
``time-machine``. Instants are aware UTC datetimes; business dates are Europe/London dates.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

LONDON = ZoneInfo("Europe/London")


def now() -> datetime:
    """The current instant, aware, in UTC."""
    return timezone.now()


def today() -> date:
    """Today's business date in Europe/London."""
    return london_date(now())


def london_date(instant: datetime) -> date:
    """The Europe/London calendar date of an aware instant."""
    if timezone.is_naive(instant):
        raise ValueError("london_date needs an aware datetime")
    return instant.astimezone(LONDON).date()


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's end: 31 January + 1 month = 28 or 29 February."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def add_years(day: date, years: int) -> date:
    """N years are 12·N months: 29 February 2028 + 3 years = 28 February 2031."""
    return add_months(day, 12 * years)


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)
