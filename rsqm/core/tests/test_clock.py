from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rsqm.core import clock


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2027, 3, 31), 1, date(2027, 4, 30)),
        (date(2027, 12, 15), 1, date(2028, 1, 15)),
        (date(2027, 3, 31), -1, date(2027, 2, 28)),
    ],
)
def test_months_are_calendar_months_clamped_to_the_month_end(start, months, expected):
    assert clock.add_months(start, months) == expected


def test_years_are_twelve_months():
    assert clock.add_years(date(2028, 2, 29), 3) == date(2031, 2, 28)


def test_london_date_of_a_late_summer_evening_is_the_next_day_in_utc_terms():
    # 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    assert clock.london_date(datetime(2027, 6, 30, 23, 30, tzinfo=UTC)) == date(2027, 7, 1)


def test_london_date_refuses_naive_datetimes():
    with pytest.raises(ValueError):
        clock.london_date(datetime(2027, 6, 30, 23, 30))


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.integers(-240, 240))
def test_adding_months_lands_in_the_right_month_and_never_overflows(start, months):
    result = clock.add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day <= start.day
